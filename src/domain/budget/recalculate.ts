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

export function capaianOf(pagu: number, realisasi: number): number | null {
  return pagu === 0 ? null : (realisasi / pagu) * 100;
}

/** The recomputed values of every row of one table, in flat arrays (target empty when the table has none). */
export interface RecomputedSums {
  pagu: Float64Array;
  target: Float64Array;
  realisasi: Float64Array;
  summed: Uint8Array;
  /**
   * Each row's recomputed capaian (RecomputedRow.capaian), NaN for null, where it is not simply capaianOf
   * the row's sums (a RecomputedTable made some other way); recomputedCapaian() reads it.
   */
  capaian?: Float64Array;
}

/** Row i's recomputed capaian: realisasi / pagu × 100 of its sums, unless the sums say otherwise. */
export function recomputedCapaian(sums: RecomputedSums, i: number): number | null {
  if (!sums.capaian) return capaianOf(sums.pagu[i], sums.realisasi[i]);
  const c = sums.capaian[i];
  return Number.isNaN(c) ? null : c;
}

/**
 * What recalculate() worked from and worked out, for the rules that read every row of the same table
 * (rules/budget): kept beside the RecomputedTable it made, not in it, so the table stays plain data.
 */
const workings = new WeakMap<RecomputedTable, { columns: BudgetColumns; sums: RecomputedSums }>();

export function recalculate(table: BudgetTable): RecomputedTable {
  const columns = budgetColumns(table);
  const { n, addends } = columns;
  const hasTarget = columns.target !== undefined;
  // Per-row sums in flat arrays rather than an object per row: one entry per sub kegiatan.
  const pagu = new Float64Array(n);
  const realisasi = new Float64Array(n);
  const target = new Float64Array(hasTarget ? n : 0);
  const done = new Uint8Array(n);
  const summed = new Uint8Array(n);
  const statedPagu = columns.pagu.value;
  const statedRealisasi = columns.realisasi.value;
  const statedTarget = columns.target?.value;

  // Children always sit in the table after their parent, but a recursive walk with a memo does not rely on it.
  const compute = (i: number): void => {
    if (done[i]) return;
    const from = addends.start[i];
    const to = addends.start[i + 1];
    if (to > from) {
      let p = 0;
      let r = 0;
      let t = 0;
      for (let k = from; k < to; k++) {
        const c = addends.list[k];
        compute(c);
        p += pagu[c];
        r += realisasi[c];
        if (hasTarget) t += target[c];
      }
      pagu[i] = p;
      realisasi[i] = r;
      if (hasTarget) target[i] = t;
      summed[i] = 1;
    } else {
      pagu[i] = orZero(statedPagu[i]);
      realisasi[i] = orZero(statedRealisasi[i]);
      if (statedTarget) target[i] = orZero(statedTarget[i]);
    }
    done[i] = 1;
  };

  for (let i = 0; i < n; i++) compute(i);
  const sums: RecomputedSums = { pagu, target, realisasi, summed };

  let totalPagu = 0;
  let totalRealisasi = 0;
  let totalTarget = 0;
  for (const i of columns.roots) {
    totalPagu += pagu[i];
    totalRealisasi += realisasi[i];
    if (hasTarget) totalTarget += target[i];
  }
  const capaian = capaianOf(totalPagu, totalRealisasi);
  const recomputed: RecomputedTable = {
    table,
    rows: [],
    total: hasTarget
      ? { pagu: totalPagu, target: totalTarget, realisasi: totalRealisasi, capaian }
      : { pagu: totalPagu, realisasi: totalRealisasi, capaian },
  };
  // The recomputed rows when first asked for: the rules read the sums (recalculationOf), not the rows.
  defineLazyRows(recomputed, () => {
    const sources = table.rows;
    return Array.from({ length: n }, (_, i): RecomputedRow => (hasTarget ? new SummedRowWithTarget(sources[i], sums, i) : new SummedRow(sources[i], sums, i)));
  });
  workings.set(recomputed, { columns, sums });
  return recomputed;
}

/** A column value to compute with: NaN (no value) counts as 0. */
function orZero(v: number): number {
  return Number.isNaN(v) ? 0 : v;
}

/**
 * The columns and sums a recomputed table was made from: recalculate()'s own, or for a RecomputedTable
 * made some other way (a test's, a fake host's) read afresh from its table and rows.
 */
export function recalculationOf(recomputed: RecomputedTable): { columns: BudgetColumns; sums: RecomputedSums } {
  const known = workings.get(recomputed);
  if (known) return known;
  const n = recomputed.rows.length;
  const capaian = new Float64Array(n);
  const sums: RecomputedSums = { pagu: new Float64Array(n), target: new Float64Array(n), realisasi: new Float64Array(n), summed: new Uint8Array(n), capaian };
  recomputed.rows.forEach((r, i) => {
    capaian[i] = r.capaian ?? NaN;
    sums.pagu[i] = r.pagu;
    sums.realisasi[i] = r.realisasi;
    sums.target[i] = r.target ?? 0;
    sums.summed[i] = r.summed ? 1 : 0;
  });
  return { columns: budgetColumns(recomputed.table), sums };
}

/**
 * A RecomputedRow that reads its values from the table's flat arrays: one small object per row instead
 * of one holding its own numbers (a boxed number each, for amounts past 2^30 and every fractional capaian).
 * Reads, and serialises (JSON), as the plain row would.
 */
class SummedRow implements RecomputedRow {
  constructor(
    readonly source: BudgetRow,
    protected readonly sums: RecomputedSums,
    protected readonly index: number,
  ) {}

  get pagu(): number {
    return this.sums.pagu[this.index];
  }

  get realisasi(): number {
    return this.sums.realisasi[this.index];
  }

  get capaian(): number | null {
    return recomputedCapaian(this.sums, this.index);
  }

  get summed(): boolean {
    return this.sums.summed[this.index] === 1;
  }

  toJSON(): RecomputedRow {
    return { source: this.source, pagu: this.pagu, realisasi: this.realisasi, capaian: this.capaian, summed: this.summed };
  }
}

/** A table with a target column: the row has a target too (and only then, as `'target' in row` tells). */
class SummedRowWithTarget extends SummedRow {
  get target(): number {
    return this.sums.target[this.index];
  }

  override toJSON(): RecomputedRow {
    return { source: this.source, pagu: this.pagu, target: this.target, realisasi: this.realisasi, capaian: this.capaian, summed: this.summed };
  }
}
