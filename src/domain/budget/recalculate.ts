/**
 * Recalculation: rows with coded or numbered children become the sum of those children, bottom-up;
 * every capaian is realisasi / pagu × 100; the grand total is the sum of the roots.
 *
 * Line items never replace their sub kegiatan's amounts: detail tables list only some items, so a
 * sub kegiatan keeps what it states (the rules report items above or below it).
 * A totals row ("JUMLAH") takes the sum of the roots it covers, not its own stated values.
 */
import type { BudgetRow, BudgetTable, RecomputedRow, RecomputedTable } from '../model';
import { addendsLister, amountOf, rootRows, usable, type AmountColumn } from './amounts';

export function capaianOf(pagu: number, realisasi: number): number | null {
  return pagu === 0 ? null : (realisasi / pagu) * 100;
}

export function recalculate(table: BudgetTable): RecomputedTable {
  const hasTarget = table.columns.target !== undefined || table.rows.some((r) => r.target !== undefined);
  const addendsOf = addendsLister(table);
  const n = table.rows.length;
  // Per-row sums in flat arrays rather than an object per row: one entry per sub kegiatan.
  const pagu = new Float64Array(n);
  const realisasi = new Float64Array(n);
  const target = new Float64Array(hasTarget ? n : 0);
  const done = new Uint8Array(n);
  const summed = new Uint8Array(n);

  const stated = (i: number, column: AmountColumn): number => usable(amountOf(table.rows[i], column)) ?? 0;

  // Children always sit in the table after their parent, but a recursive walk with a memo does not rely on it.
  const compute = (i: number): void => {
    if (done[i]) return;
    const children = addendsOf(i);
    if (children.length > 0) {
      let p = 0;
      let r = 0;
      let t = 0;
      for (const c of children) {
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
      pagu[i] = stated(i, 'pagu');
      realisasi[i] = stated(i, 'realisasi');
      if (hasTarget) target[i] = stated(i, 'target');
    }
    done[i] = 1;
  };

  const sums: Sums = { pagu, target, realisasi, summed };
  const rows: RecomputedRow[] = new Array<RecomputedRow>(n);
  for (let i = 0; i < n; i++) {
    compute(i);
    rows[i] = hasTarget ? new SummedRowWithTarget(table.rows[i], sums, i) : new SummedRow(table.rows[i], sums, i);
  }

  let totalPagu = 0;
  let totalRealisasi = 0;
  let totalTarget = 0;
  for (const i of rootRows(table)) {
    totalPagu += pagu[i];
    totalRealisasi += realisasi[i];
    if (hasTarget) totalTarget += target[i];
  }
  const capaian = capaianOf(totalPagu, totalRealisasi);
  return {
    table,
    rows,
    total: hasTarget
      ? { pagu: totalPagu, target: totalTarget, realisasi: totalRealisasi, capaian }
      : { pagu: totalPagu, realisasi: totalRealisasi, capaian },
  };
}

/** The recomputed values of every row of one table, in flat arrays (target empty when the table has none). */
interface Sums {
  pagu: Float64Array;
  target: Float64Array;
  realisasi: Float64Array;
  summed: Uint8Array;
}

/**
 * A RecomputedRow that reads its values from the table's flat arrays: one small object per row instead
 * of one holding its own numbers (a boxed number each, for amounts past 2^30 and every fractional capaian).
 * Reads, and serialises (JSON), as the plain row would.
 */
class SummedRow implements RecomputedRow {
  constructor(
    readonly source: BudgetRow,
    protected readonly sums: Sums,
    protected readonly index: number,
  ) {}

  get pagu(): number {
    return this.sums.pagu[this.index];
  }

  get realisasi(): number {
    return this.sums.realisasi[this.index];
  }

  get capaian(): number | null {
    return capaianOf(this.pagu, this.realisasi);
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
