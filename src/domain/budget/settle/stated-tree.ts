/**
 * One amount column of a Tabel 3.1 as the settlement's tree, read from the table's columns (no row views): which
 * rows are in the tree, in the order it is first walked, and per row the value and cost its subtree has when it is
 * settled as stated — the figures solve.ts would work out for a subtree whose every stated parent equals the sum
 * of its children. gather.ts keeps such a subtree as one folded node.
 */
import type { AmountColumn } from '../amounts';
import { sameAmount, usable } from '../amounts';
import { INVALID, PRESENT, type BudgetColumns, type StoredValues } from '../table';

export interface StatedTree {
  /** Rows of the tree in the order it is first walked from the roots (each row once, before its addends); `size` of them. */
  order: Int32Array;
  size: number;
  /** 1 for a row in the tree. */
  inTree: Uint8Array;
  /** A leaf's stated value (0 when blank); an internal row's sum of its addends' values, added in list order. */
  natural: Float64Array;
  /** The cost of any other value for the row's subtree, as solve.ts counts it when everything under it agrees. */
  free: Int32Array;
  /** 1 where the row's own stated value (if any) disagrees with `natural`. */
  disagrees: Uint8Array;
  /** The rows of the tree with every row under them first; `size` of them. */
  post: Int32Array;
}

/** Row i's stated value in a column (NaN for none): the column's value, or a refused cell's usable value. */
export function statedValueOf(values: StoredValues | undefined, i: number): number {
  if (!values || (values.flags[i] & PRESENT) === 0) return NaN;
  if ((values.flags[i] & INVALID) !== 0) {
    const v = usable(values.kept.get(i));
    return v === null ? NaN : v;
  }
  return values.value[i];
}

/** The tree's rows in walk order and with every row after the rows under it: the same for every column of a table. */
interface TreeShape {
  order: Int32Array;
  post: Int32Array;
  size: number;
  inTree: Uint8Array;
}

const shapes = new WeakMap<BudgetColumns, { roots: number[]; shape: TreeShape }>();

/** The tree under `roots` by the addend lists, walked with a stack of its own (one loop, no call per row). */
function shapeOf(cols: BudgetColumns, roots: number[]): TreeShape {
  const known = shapes.get(cols);
  if (known && known.roots.length === roots.length && known.roots.every((r, i) => r === roots[i])) return known.shape;
  const n = cols.n;
  const { start, list } = cols.addends;
  const order = new Int32Array(n);
  const post = new Int32Array(n);
  const inTree = new Uint8Array(n);
  // The rows from a root down to the one being walked, and where each is in its addend list: a few levels deep.
  const stack: number[] = [];
  const next: number[] = [];
  let size = 0;
  let done = 0;
  for (const r of roots) {
    if (inTree[r] === 1) continue;
    inTree[r] = 1;
    order[size++] = r;
    let depth = 1;
    stack[0] = r;
    next[0] = start[r];
    while (depth > 0) {
      const i = stack[depth - 1];
      const p = next[depth - 1];
      if (p < start[i + 1]) {
        next[depth - 1] = p + 1;
        const k = list[p];
        if (inTree[k] === 1) continue;
        inTree[k] = 1;
        order[size++] = k;
        stack[depth] = k;
        next[depth] = start[k];
        depth++;
        continue;
      }
      depth--;
      post[done++] = i;
    }
  }
  const shape = { order, post, size, inTree };
  shapes.set(cols, { roots, shape });
  return shape;
}

/** The tree of one column: its shape (shared by the table's columns), then each row's figures, rows under it first. */
export function statedTree(cols: BudgetColumns, column: AmountColumn, roots: number[]): StatedTree {
  const { order, post, size, inTree } = shapeOf(cols, roots);
  const values = column === 'target' ? cols.target : cols[column];
  const { start, list } = cols.addends;
  const natural = new Float64Array(cols.n);
  const free = new Int32Array(cols.n);
  const disagrees = new Uint8Array(cols.n);
  for (let q = 0; q < size; q++) settleAsStated(post[q], values, cols, column, start, list, natural, free, disagrees);
  return { order, size, inTree, natural, free, disagrees, post };
}
/** Row i's natural value and free cost from its addends' (all worked out before it). */
function settleAsStated(i: number, values: StoredValues | undefined, cols: BudgetColumns, column: AmountColumn, start: Int32Array, list: Int32Array, natural: Float64Array, free: Int32Array, disagrees: Uint8Array): void {
  const own = statedValueOf(values, i);
  const from = start[i];
  const to = start[i + 1];
  if (from === to) {
    // A blank leaf counts as 0 and weighs one cell, as the recalculation takes it.
    natural[i] = Number.isNaN(own) ? 0 : own;
    free[i] = 1;
    return;
  }
  let sum = 0;
  let least = 0x7fffffff;
  for (let p = from; p < to; p++) {
    const k = list[p];
    sum += natural[k];
    if (free[k] < least) least = free[k];
  }
  natural[i] = sum;
  // A formula total repeats the cells it adds up and weighs nothing; a typed figure weighs one cell.
  free[i] = least + (Number.isNaN(own) || cols.hasFormula(i, column) ? 0 : 1);
  if (!Number.isNaN(own) && !sameAmount(own, sum)) disagrees[i] = 1;
}
