/**
 * A table's recomputed values, row by row: a row with addends (children, or a totals row's roots) takes
 * their sum; any other row keeps its stated value (none counts as 0). Only the rows with addends hold
 * numbers of their own here; a leaf's value is read from the table's columns.
 */
import type { AmountColumn, BudgetColumns } from './table';

export function capaianOf(pagu: number, realisasi: number): number | null {
  return pagu === 0 ? null : (realisasi / pagu) * 100;
}

export interface RecomputedValues {
  readonly hasTarget: boolean;
  /** Row i's recomputed pagu, target (0 without a target column) or realisasi. */
  value(i: number, column: AmountColumn): number;
  /** Whether row i's values are sums of its addends. */
  summed(i: number): boolean;
  /** Row i's recomputed capaian: realisasi / pagu × 100, null where pagu is 0. */
  capaian(i: number): number | null;
}

/** A column value to compute with: NaN (no value) counts as 0. */
function orZero(v: number): number {
  return Number.isNaN(v) ? 0 : v;
}

/** Marks each row with addends and gives it the next slot. */
function markSummed(addends: BudgetColumns['addends'], isSummed: Uint8Array, slotOf: Map<number, number>): void {
  for (let i = 0; i < isSummed.length; i++) {
    if (addends.start[i + 1] === addends.start[i]) continue;
    slotOf.set(i, slotOf.size);
    isSummed[i] = 1;
  }
}

/** recalculate()'s values: sums for the rows with addends, stated values for the rest. */
export class SummedValues implements RecomputedValues {
  readonly hasTarget: boolean;
  /** Slot of each summed row in the arrays below. */
  private readonly slotOf = new Map<number, number>();
  /** 1 for a summed row. */
  private readonly isSummed: Uint8Array;
  private readonly sums: Record<AmountColumn, Float64Array>;

  constructor(private readonly columns: BudgetColumns) {
    const { n, addends } = columns;
    this.hasTarget = columns.target !== undefined;
    this.isSummed = new Uint8Array(n);
    markSummed(addends, this.isSummed, this.slotOf);
    const size = this.slotOf.size;
    this.sums = { pagu: new Float64Array(size), target: new Float64Array(this.hasTarget ? size : 0), realisasi: new Float64Array(size) };
    // Each summed row once, its summed addends first (a recursive walk with a memo: children always sit
    // after their parent, but a totals row's roots sit before it, and nothing here relies on either).
    const done = new Uint8Array(size);
    for (const [i, slot] of this.slotOf) if (!done[slot]) this.compute(i, slot, done);
  }

  private compute(i: number, slot: number, done: Uint8Array): void {
    const { addends } = this.columns;
    let p = 0;
    let r = 0;
    let t = 0;
    for (let k = addends.start[i]; k < addends.start[i + 1]; k++) {
      const c = addends.list[k];
      const childSlot = this.isSummed[c] === 1 ? (this.slotOf.get(c) as number) : -1;
      if (childSlot >= 0 && !done[childSlot]) this.compute(c, childSlot, done);
      p += this.value(c, 'pagu');
      r += this.value(c, 'realisasi');
      if (this.hasTarget) t += this.value(c, 'target');
    }
    this.sums.pagu[slot] = p;
    this.sums.realisasi[slot] = r;
    if (this.hasTarget) this.sums.target[slot] = t;
    done[slot] = 1;
  }

  value(i: number, column: AmountColumn): number {
    switch (column) {
      case 'pagu':
        return this.isSummed[i] === 1 ? this.sums.pagu[this.slotOf.get(i) as number] : orZero(this.columns.pagu.value[i]);
      case 'realisasi':
        return this.isSummed[i] === 1 ? this.sums.realisasi[this.slotOf.get(i) as number] : orZero(this.columns.realisasi.value[i]);
      default:
        if (!this.columns.target) return 0;
        return this.isSummed[i] === 1 ? this.sums.target[this.slotOf.get(i) as number] : orZero(this.columns.target.value[i]);
    }
  }

  summed(i: number): boolean {
    return this.isSummed[i] === 1;
  }

  capaian(i: number): number | null {
    return capaianOf(this.value(i, 'pagu'), this.value(i, 'realisasi'));
  }
}

/** Values read off RecomputedRow-like records (a recomputed table made some other way, a test's, JSON's). */
export class ListedValues implements RecomputedValues {
  constructor(
    private readonly rows: readonly { pagu: number; target?: number; realisasi: number; capaian: number | null; summed: boolean }[],
    readonly hasTarget: boolean,
  ) {}

  value(i: number, column: AmountColumn): number {
    return this.rows[i][column] ?? 0;
  }

  summed(i: number): boolean {
    return this.rows[i].summed;
  }

  capaian(i: number): number | null {
    return this.rows[i].capaian;
  }
}
