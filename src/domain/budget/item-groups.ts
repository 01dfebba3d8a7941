/**
 * A budget row's line items grouped by kode rekening (item-nesting.ts): when one of the items straight under a sub
 * kegiatan is a group, its items are its whole belanja as the DPA lists it, and their sum (each group as the sum of
 * its own items) is what the sub kegiatan states. Read by the items rule and, as evidence, by the settlement.
 */
import type { AmountColumn } from './amounts';
import type { RecomputedValues } from './recomputed-values';
import type { BudgetColumns } from './table';

/** Whether any item straight under row i is a group (has items of its own: its addends). */
export function hasItemGroups(columns: BudgetColumns, i: number): boolean {
  const { items, addends } = columns;
  for (let k = items.start[i]; k < items.start[i + 1]; k++) {
    const c = items.list[k];
    if (addends.start[c + 1] > addends.start[c]) return true;
  }
  return false;
}

/** The recomputed sum of the items straight under row i (a group counts as the sum of its own items). */
export function itemsSum(columns: BudgetColumns, values: RecomputedValues, i: number, column: AmountColumn): number {
  const { items } = columns;
  let sum = 0;
  for (let k = items.start[i]; k < items.start[i + 1]; k++) sum += values.value(items.list[k], column);
  return sum;
}
