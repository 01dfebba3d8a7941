/**
 * A cell the parser refused ("375.000.00") still has to take part in the sums. Of its likely values
 * the one that makes a sum agree is taken — the sum of its children, its parent's total, or its
 * line items — else the parser's first candidate, and the finding says which was done.
 */
import type { BudgetTable } from '../model';
import { addends, amountOf, itemChildren, rootRows, sameAmount, totalScope, usable, type AmountColumn } from './amounts';

export type CandidateChoice =
  | { value: number; because: 'children' | 'parent' | 'items' | 'total' }
  | { value: number; because: 'first' };

function sumOf(table: BudgetTable, indices: number[], column: AmountColumn, skip?: number): number | null {
  let sum = 0;
  let any = false;
  for (const i of indices) {
    if (i === skip) continue;
    const v = usable(amountOf(table.rows[i], column));
    if (v === null) continue;
    sum += v;
    any = true;
  }
  return any ? sum : null;
}

/** Values the cell would need for each sum it takes part in, most telling first. */
function wantedValues(table: BudgetTable, index: number, column: AmountColumn): { value: number; because: CandidateChoice['because'] }[] {
  const row = table.rows[index];
  const out: { value: number; because: CandidateChoice['because'] }[] = [];

  const own = addends(table, index);
  const ownSum = own.length > 0 ? sumOf(table, own, column) : null;
  if (ownSum !== null) out.push({ value: ownSum, because: 'children' });

  if (row.parent >= 0) {
    const parent = table.rows[row.parent];
    const parentValue = usable(amountOf(parent, column));
    const siblings = row.level === 'rincian' ? itemChildren(table, row.parent) : addends(table, row.parent);
    if (parentValue !== null) {
      out.push({ value: parentValue - (sumOf(table, siblings, column, index) ?? 0), because: 'parent' });
    }
  } else if (row.level !== 'total' && rootRows(table).includes(index)) {
    table.rows.forEach((t, ti) => {
      if (t.level !== 'total' || !totalScope(table, ti).includes(index)) return;
      const totalValue = usable(amountOf(t, column));
      if (totalValue !== null) out.push({ value: totalValue - (sumOf(table, totalScope(table, ti), column, index) ?? 0), because: 'total' });
    });
  }

  const items = itemChildren(table, index);
  const itemSum = items.length > 0 ? sumOf(table, items, column) : null;
  if (itemSum !== null) out.push({ value: itemSum, because: 'items' });
  return out;
}

export function chooseCandidate(table: BudgetTable, index: number, column: AmountColumn, candidates: number[]): CandidateChoice | undefined {
  if (candidates.length === 0) return undefined;
  for (const wanted of wantedValues(table, index, column)) {
    const hit = candidates.find((c) => sameAmount(c, wanted.value));
    if (hit !== undefined) return { value: hit, because: wanted.because };
  }
  return { value: candidates[0], because: 'first' };
}
