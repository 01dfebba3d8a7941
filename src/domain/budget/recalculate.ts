/**
 * Recalculation: rows with coded or numbered children become the sum of those children, bottom-up;
 * every capaian is realisasi / pagu × 100; the grand total is the sum of the roots.
 *
 * Line items never replace their sub kegiatan's amounts: detail tables list only some items, so a
 * sub kegiatan keeps what it states (the rules report items above or below it).
 * A totals row ("JUMLAH") takes the sum of the roots it covers, not its own stated values.
 */
import type { BudgetRow, BudgetTable, RecomputedRow, RecomputedTable } from '../model';
import { budgetColumns, type BudgetColumns } from './columns';
import { defineLazyRows } from './lazy-rows';
import { capaianOf, ListedValues, SummedValues, type RecomputedValues } from './recomputed-values';

export { capaianOf } from './recomputed-values';

/**
 * What recalculate() worked from and worked out, for the rules that read every row of the same table
 * (rules/budget): kept beside the RecomputedTable it made, not in it, so the table stays plain data.
 */
const workings = new WeakMap<RecomputedTable, { columns: BudgetColumns; values: RecomputedValues }>();

export function recalculate(table: BudgetTable): RecomputedTable {
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
  const recomputed: RecomputedTable = {
    table,
    rows: [],
    total: hasTarget
      ? { pagu: totalPagu, target: totalTarget, realisasi: totalRealisasi, capaian }
      : { pagu: totalPagu, realisasi: totalRealisasi, capaian },
  };
  // The recomputed rows when first asked for: the rules read the values (recalculationOf), not the rows.
  defineLazyRows(recomputed, () => {
    const sources = table.rows;
    return Array.from({ length: columns.n }, (_, i): RecomputedRow => (hasTarget ? new SummedRowWithTarget(sources[i], values, i) : new SummedRow(sources[i], values, i)));
  });
  workings.set(recomputed, { columns, values });
  return recomputed;
}

/**
 * The columns and values a recomputed table was made from: recalculate()'s own, or for a RecomputedTable
 * made some other way (a test's, a fake host's, JSON's) read afresh from its table and rows.
 */
export function recalculationOf(recomputed: RecomputedTable): { columns: BudgetColumns; values: RecomputedValues } {
  const known = workings.get(recomputed);
  if (known) return known;
  const columns = budgetColumns(recomputed.table);
  return { columns, values: new ListedValues(recomputed.rows, columns.target !== undefined) };
}

/**
 * A RecomputedRow that reads its values from the table's RecomputedValues: one small object per row instead
 * of one holding its own numbers (a boxed number each, for amounts past 2^30 and every fractional capaian).
 * Reads, and serialises (JSON), as the plain row would.
 */
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
