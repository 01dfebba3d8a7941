/** Sums over a row's listed rows (its addends or its line items), shared by sum-mismatch and items-below-total. */
import { INVALID, PRESENT, type AmountColumn, type RowLists, type ValueColumn } from '../../budget/table';
import type { RecomputedValues } from '../../budget/recomputed-values';

/** A row's own stated value when the rules compare it (present, readable, not refused); NaN otherwise. */
export function comparable(column: ValueColumn, i: number): number {
  return (column.flags[i] & (PRESENT | INVALID)) === PRESENT ? column.value[i] : NaN;
}

/** Sum and count of the values (NaN skipped) of the rows row i lists, in list order; `into` is scratch. */
export function sumListed(lists: RowLists, i: number, values: Float64Array, into: { sum: number; count: number }): void {
  let sum = 0;
  let count = 0;
  for (let k = lists.start[i]; k < lists.start[i + 1]; k++) {
    const v = values[lists.list[k]];
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  into.sum = sum;
  into.count = count;
}

/** Sum of the recomputed values of the rows row i lists, in list order. */
export function sumRecomputed(lists: RowLists, i: number, values: RecomputedValues, column: AmountColumn): number {
  let sum = 0;
  for (let k = lists.start[i]; k < lists.start[i + 1]; k++) sum += values.value(lists.list[k], column);
  return sum;
}
