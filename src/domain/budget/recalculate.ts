/**
 * Recalculation: rows with coded or numbered children become the sum of those children, bottom-up;
 * every capaian is realisasi / pagu × 100; the grand total is the sum of the roots.
 *
 * Line items never replace their sub kegiatan's amounts: detail tables list only some items, so a
 * sub kegiatan keeps what it states (the rules report items above or below it).
 * A totals row ("JUMLAH") takes the sum of the roots it covers, not its own stated values.
 */
import type { BudgetRow, BudgetTable, RecomputedRow, RecomputedTable } from '../model';
import { capaianOf, ListedValues, SummedValues, type RecomputedValues } from './recomputed-values';
import { budgetColumns, type BudgetColumns } from './table';

export { capaianOf } from './recomputed-values';

/** What the rules read of a recomputed table: the table's columns and the recomputed values. */
export interface Recalculated {
  columns: BudgetColumns;
  values: RecomputedValues;
}

export function recalculate(table: BudgetTable): Recalculation {
  const columns = budgetColumns(table);
  const values = new SummedValues(columns);
  const { hasTarget } = values;
  let totalPagu = 0;
  let totalRealisasi = 0;
  let totalTarget = 0;
  for (const i of columns.roots) {
    totalPagu += values.value(i, 'pagu');
    totalRealisasi += values.value(i, 'realisasi');
    if (hasTarget) totalTarget += values.value(i, 'target');
  }
  const capaian = capaianOf(totalPagu, totalRealisasi);
  const total = hasTarget ? { pagu: totalPagu, target: totalTarget, realisasi: totalRealisasi, capaian } : { pagu: totalPagu, realisasi: totalRealisasi, capaian };
  return new Recalculation(table, total, columns, values);
}

/**
 * recalculate()'s RecomputedTable: the table, its total, and the columns and values it worked from. Its
 * rows are views of those values (one per table row, made when first read). Serialises (JSON) as the
 * plain RecomputedTable would.
 */
export class Recalculation implements RecomputedTable, Recalculated {
  private madeRows: RecomputedRow[] | undefined;

  constructor(
    readonly table: BudgetTable,
    readonly total: RecomputedTable['total'],
    readonly columns: BudgetColumns,
    readonly values: RecomputedValues,
  ) {}

  get rows(): RecomputedRow[] {
    if (!this.madeRows) {
      const sources = this.table.rows;
      const { values } = this;
      this.madeRows = Array.from({ length: this.columns.n }, (_, i): RecomputedRow => (values.hasTarget ? new SummedRowWithTarget(sources[i], values, i) : new SummedRow(sources[i], values, i)));
    }
    return this.madeRows;
  }

  /** Whether the row views have been made (the rules read the values only). */
  get rowsMade(): boolean {
    return this.madeRows !== undefined;
  }

  toJSON(): RecomputedTable {
    return { table: this.table, rows: this.rows, total: this.total };
  }
}

/**
 * The columns and values a recomputed table was made from: recalculate()'s own, or for a RecomputedTable
 * made some other way (a test's, a fake host's, JSON's) read afresh from its table and rows.
 */
export function recalculationOf(recomputed: RecomputedTable): Recalculated {
  if (recomputed instanceof Recalculation) return recomputed;
  const columns = budgetColumns(recomputed.table);
  return { columns, values: new ListedValues(recomputed.rows, columns.target !== undefined) };
}

/** A RecomputedRow that reads its values from the table's RecomputedValues. Reads, and serialises (JSON), as the plain row would. */
class SummedRow implements RecomputedRow {
  constructor(
    readonly source: BudgetRow,
    protected readonly values: RecomputedValues,
    protected readonly index: number,
  ) {}

  get pagu(): number {
    return this.values.value(this.index, 'pagu');
  }

  get realisasi(): number {
    return this.values.value(this.index, 'realisasi');
  }

  get capaian(): number | null {
    return this.values.capaian(this.index);
  }

  get summed(): boolean {
    return this.values.summed(this.index);
  }

  toJSON(): RecomputedRow {
    return { source: this.source, pagu: this.pagu, realisasi: this.realisasi, capaian: this.capaian, summed: this.summed };
  }
}

/** A table with a target column: the row has a target too (and only then, as `'target' in row` tells). */
class SummedRowWithTarget extends SummedRow {
  get target(): number {
    return this.values.value(this.index, 'target');
  }

  override toJSON(): RecomputedRow {
    return { source: this.source, pagu: this.pagu, target: this.target, realisasi: this.realisasi, capaian: this.capaian, summed: this.summed };
  }
}
