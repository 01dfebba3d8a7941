/**
 * A cell the parser refused ("375.000.00") still has to take part in the sums. Of its likely values
 * the one that makes a sum agree is taken — the sum of its children, its parent's total, or its
 * line items — else the parser's first candidate, and the finding says which was done.
 */
import { sameAmount, type AmountColumn } from './amounts';
import { LEVEL } from './levels';
import type { BudgetColumns, RowLists } from './table';

export type CandidateChoice =
  | { value: number; because: 'children' | 'parent' | 'items' | 'total' }
  | { value: number; because: 'first' };

/** Sum of the usable values of the rows row `of` lists, but `skip`; null when none has one. */
function sumOf(table: BudgetColumns, lists: RowLists, of: number, column: AmountColumn, skip?: number): number | null {
  const values = table[column]?.value;
  if (!values) return null;
  let sum = 0;
  let any = false;
  for (let k = lists.start[of]; k < lists.start[of + 1]; k++) {
    const i = lists.list[k];
    if (i === skip || Number.isNaN(values[i])) continue;
    sum += values[i];
    any = true;
  }
  return any ? sum : null;
}

function valueOf(table: BudgetColumns, i: number, column: AmountColumn): number | null {
  const v = table[column]?.value[i];
  return v === undefined || Number.isNaN(v) ? null : v;
}

function listed(lists: RowLists, of: number, i: number): boolean {
  for (let k = lists.start[of]; k < lists.start[of + 1]; k++) if (lists.list[k] === i) return true;
  return false;
}

/** Values the cell would need for each sum it takes part in, most telling first. */
function wantedValues(table: BudgetColumns, index: number, column: AmountColumn): { value: number; because: CandidateChoice['because'] }[] {
  const { addends, items, level, parent } = table;
  const out: { value: number; because: CandidateChoice['because'] }[] = [];

  const ownSum = sumOf(table, addends, index, column);
  if (ownSum !== null) out.push({ value: ownSum, because: 'children' });

  const p = parent[index];
  if (p >= 0) {
    const parentValue = valueOf(table, p, column);
    const siblings = level[index] === LEVEL.rincian ? items : addends;
    if (parentValue !== null) out.push({ value: parentValue - (sumOf(table, siblings, p, column, index) ?? 0), because: 'parent' });
  } else if (level[index] !== LEVEL.total) {
    // A top-level row: each totals row whose scope holds it.
    for (let t = 0; t < table.n; t++) {
      if (level[t] !== LEVEL.total || !listed(addends, t, index)) continue;
      const totalValue = valueOf(table, t, column);
      if (totalValue !== null) out.push({ value: totalValue - (sumOf(table, addends, t, column, index) ?? 0), because: 'total' });
    }
  }

  const itemSum = sumOf(table, items, index, column);
  if (itemSum !== null) out.push({ value: itemSum, because: 'items' });
  return out;
}

export function chooseCandidate(table: BudgetColumns, index: number, column: AmountColumn, candidates: number[]): CandidateChoice | undefined {
  if (candidates.length === 0) return undefined;
  for (const wanted of wantedValues(table, index, column)) {
    const hit = candidates.find((c) => sameAmount(c, wanted.value));
    if (hit !== undefined) return { value: hit, because: wanted.because };
  }
  return { value: candidates[0], because: 'first' };
}
