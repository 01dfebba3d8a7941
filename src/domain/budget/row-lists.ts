/**
 * The lists a budget table works out from its parent column once: the top-level rows, every row's
 * children, and what each row adds up (its addends) and lists as line items (table.ts).
 */
import { isSubtotalLabel } from './code';
import { LEVEL } from './levels';

/** A list per row, packed: row i's entries are list[start[i]] … list[start[i + 1] − 1], in table order. */
export interface RowLists {
  start: Int32Array;
  list: Int32Array;
}

/** Rows with no parent that are not totals rows, ascending. */
export function rootsOf(level: Uint8Array, parent: Int32Array): Int32Array {
  const roots: number[] = [];
  for (let i = 0; i < level.length; i++) if (parent[i] === -1 && level[i] !== LEVEL.total) roots.push(i);
  return Int32Array.from(roots);
}

/** Each row's children, in table order. */
export function childListsOf(parent: Int32Array): RowLists {
  const n = parent.length;
  const start = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) if (parent[c] >= 0) start[parent[c]]++;
  runningSums(start);
  const list = new Int32Array(start[n]);
  for (let c = n - 1; c >= 0; c--) if (parent[c] >= 0) list[--start[parent[c]]] = c;
  return { start, list };
}

/**
 * The addend and item lists of every row, from the parent column. A totals row adds up every top-level
 * row, or for a "Sub Total" the top-level rows since the previous totals row (its scope, totalScopes).
 * A row's items are the line items straight under it (a sub kegiatan's top groups); a line item's own
 * line items (a kode rekening group's, item-nesting.ts) are its addends: a group states their sum.
 */
export function addendAndItemLists(level: Uint8Array, parent: Int32Array, roots: Int32Array, uraian: string[]): { addends: RowLists; items: RowLists } {
  const n = level.length;
  const addendStart = new Int32Array(n + 1);
  const itemStart = new Int32Array(n + 1);
  // Counts first, at start[p]; running sums then make start[p] the end of p's entries, and the lists are
  // filled backwards from there, leaving start[p] at their beginning.
  const itemCount = countChildren(level, parent, addendStart, itemStart);
  const scopes = totalScopes(level, roots, uraian);
  for (const [i, { from, to }] of scopes) addendStart[i] += to - from;
  runningSums(addendStart);
  if (itemCount > 0) runningSums(itemStart);
  const addendList = new Int32Array(addendStart[n]);
  const itemList = new Int32Array(itemStart[n]);
  fillChildren(level, parent, addendStart, addendList, itemStart, itemList);
  for (const [i, { from, to }] of scopes) for (let r = to - 1; r >= from; r--) addendList[--addendStart[i]] = roots[r];
  return { addends: { start: addendStart, list: addendList }, items: { start: itemStart, list: itemList } };
}

/** Each row's count of addend children and of items, at start[p]; the number of items in all. */
function countChildren(level: Uint8Array, parent: Int32Array, addendStart: Int32Array, itemStart: Int32Array): number {
  let itemCount = 0;
  for (let c = 0; c < level.length; c++) {
    const p = parent[c];
    if (p < 0) continue;
    if (level[c] === LEVEL.rincian && level[p] !== LEVEL.rincian) {
      itemStart[p]++;
      itemCount++;
    } else if (level[p] !== LEVEL.total) addendStart[p]++;
  }
  return itemCount;
}

/**
 * The scope of each totals row, as a slice of `roots`: every top-level row, or for a "Sub Total" the
 * top-level rows between the previous totals row and it.
 */
function totalScopes(level: Uint8Array, roots: Int32Array, uraian: string[]): Map<number, { from: number; to: number }> {
  const scopes = new Map<number, { from: number; to: number }>();
  let lastTotal = -1;
  for (let i = 0; i < level.length; i++) {
    if (level[i] !== LEVEL.total) continue;
    scopes.set(i, isSubtotalLabel(uraian[i]) ? { from: firstAtLeast(roots, lastTotal + 1), to: firstAtLeast(roots, i) } : { from: 0, to: roots.length });
    lastTotal = i;
  }
  return scopes;
}

function runningSums(a: Int32Array): void {
  for (let i = 1; i < a.length; i++) a[i] += a[i - 1];
}

/** Backwards, so each list ends up in table order. */
function fillChildren(level: Uint8Array, parent: Int32Array, addendStart: Int32Array, addendList: Int32Array, itemStart: Int32Array, itemList: Int32Array): void {
  for (let c = level.length - 1; c >= 0; c--) {
    const p = parent[c];
    if (p < 0) continue;
    if (level[c] === LEVEL.rincian && level[p] !== LEVEL.rincian) itemList[--itemStart[p]] = c;
    else if (level[p] !== LEVEL.total) addendList[--addendStart[p]] = c;
  }
}

/** The first position in ascending `sorted` whose entry is ≥ `value`. */
function firstAtLeast(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
