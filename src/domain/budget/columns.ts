/**
 * A budget table's numbers and structure as flat columns: what the recalculation and the rules read for
 * every row. Read once per table from its rows; stored rows (StoredBudgetRow) are read straight from
 * their store, so no Amount is made for a row that has no finding.
 *
 * Why: a 100,000-row Tabel 3.1 is read by the recalculation and five rules, each several times per row.
 * Through the rows' Amounts that is millions of property reads, and for stored rows an Amount made on
 * every read; through these columns it is array indexing.
 */
import type { Amount, BudgetRow, BudgetTable } from '../model';
import { isSubtotalLabel } from './code';
import { LEVEL, levelCode } from './levels';
import { StoredBudgetRow, type StoredRows } from './stored-row';

/** Flags of one value cell. */
export const PRESENT = 1;
export const INVALID = 2;

/**
 * One value column: per row the value to compute with (usable(): the stated value, or a refused cell's
 * chosen suggestion; NaN where there is none) and the cell's flags (PRESENT: the row has the Amount at all;
 * INVALID: the parser refused the cell). For capaian, `value` is the stated value itself (Amount.value).
 */
export interface ValueColumn {
  value: Float64Array;
  flags: Uint8Array;
}

/** A list per row, packed: row i's entries are list[start[i]] … list[start[i + 1] − 1]. */
export interface RowLists {
  start: Int32Array;
  list: Int32Array;
}

export interface BudgetColumns {
  n: number;
  level: Uint8Array;
  parent: Int32Array;
  pagu: ValueColumn;
  /** Absent when no row of the table has a target. */
  target: ValueColumn | undefined;
  realisasi: ValueColumn;
  capaian: ValueColumn;
  /** Decimals the stated capaian was written with; −1 where the row has none. */
  capaianDecimals: Int32Array;
  /** What each row adds up (addends()): its coded or numbered children, or for a totals row the roots in its scope. */
  addends: RowLists;
  /** Line items (rincian) under each row. */
  items: RowLists;
  /** Rows with no parent that are not totals rows, ascending. */
  roots: Int32Array;
}

export type AmountColumn = 'pagu' | 'target' | 'realisasi';

function valueColumn(n: number): ValueColumn {
  return { value: new Float64Array(n), flags: new Uint8Array(n) };
}

/** usable(a) as a column entry: NaN for null. */
function putAmount(column: ValueColumn, i: number, a: Amount | undefined): void {
  if (!a) {
    column.value[i] = NaN;
    column.flags[i] = 0;
    return;
  }
  const usable = a.value !== null ? a.value : a.invalid && a.suggestion !== undefined ? a.suggestion : null;
  column.value[i] = usable === null ? NaN : usable;
  column.flags[i] = a.invalid ? PRESENT | INVALID : PRESENT;
}

/** The stated capaian: Amount.value itself (a refused cell's suggestion is not a stated capaian). */
function putCapaian(column: ValueColumn, i: number, a: Amount | undefined): void {
  if (!a) {
    column.value[i] = NaN;
    column.flags[i] = 0;
    return;
  }
  column.value[i] = a.value === null ? NaN : a.value;
  column.flags[i] = a.invalid ? PRESENT | INVALID : PRESENT;
}

export function budgetColumns(table: BudgetTable): BudgetColumns {
  const { rows } = table;
  const n = rows.length;
  const level = new Uint8Array(n);
  const parent = new Int32Array(n);
  const pagu = valueColumn(n);
  const realisasi = valueColumn(n);
  const capaian = valueColumn(n);
  const capaianDecimals = new Int32Array(n);
  const hasTarget = table.columns.target !== undefined || rows.some((r) => r.target !== undefined);
  const target = hasTarget ? valueColumn(n) : undefined;

  // The builder's store holds its rows' numbers, levels and parents at the rows' own positions: copied
  // whole, then every row that is not one of its stored rows overwrites its entries.
  const store = storeOf(table);
  if (store) {
    level.set(store.placements.level.subarray(0, n));
    parent.set(store.placements.parent.subarray(0, n));
    pagu.value.set(store.pagu.value.subarray(0, n));
    realisasi.value.set(store.realisasi.value.subarray(0, n));
    capaian.value.set(store.capaian.value.subarray(0, n));
    capaianDecimals.set(store.capaianDecimals.subarray(0, n));
    // A stored row's cells were read cleanly: present, never refused.
    pagu.flags.fill(PRESENT);
    realisasi.flags.fill(PRESENT);
    capaian.flags.fill(PRESENT);
    target?.value.fill(NaN);
  }
  for (let i = 0; i < n; i++) {
    const row: BudgetRow = rows[i];
    if (store && store.stored[i] === 1 && row instanceof StoredBudgetRow && row.store === store && row.k === i) continue;
    level[i] = levelCode(row.level);
    parent[i] = row.parent;
    putAmount(pagu, i, row.pagu);
    putAmount(realisasi, i, row.realisasi);
    if (target) putAmount(target, i, targetOf(row));
    putCapaian(capaian, i, row.capaian);
    capaianDecimals[i] = row.capaianDecimals ?? -1;
  }

  const roots = rootsOf(level, parent);
  const { addends, items } = childLists(table, level, parent, roots);
  return { n, level, parent, pagu, target, realisasi, capaian, capaianDecimals, addends, items, roots };
}

/** The row's target (a stored row has none: it is made only for tables without a target column). */
function targetOf(row: BudgetRow): Amount | undefined {
  return row.target;
}

/** The store of the table's first stored row, if any (the builder makes one store per table). */
function storeOf(table: BudgetTable): StoredRows | undefined {
  for (const row of table.rows) if (row instanceof StoredBudgetRow) return row.store;
  return undefined;
}

function rootsOf(level: Uint8Array, parent: Int32Array): Int32Array {
  let count = 0;
  for (let i = 0; i < level.length; i++) if (parent[i] === -1 && level[i] !== LEVEL.total) count++;
  const roots = new Int32Array(count);
  let r = 0;
  for (let i = 0; i < level.length; i++) if (parent[i] === -1 && level[i] !== LEVEL.total) roots[r++] = i;
  return roots;
}

/**
 * The addend and item lists of every row. A row's children are the rows whose parent it is, in table
 * order — what the model's `children` lists hold (the builder links them from `parent` so), read here
 * from the parent column rather than from a list per row. A totals row adds up every root, or for a
 * "Sub Total" the roots since the previous totals row (totalScope in amounts.ts).
 */
function childLists(table: BudgetTable, level: Uint8Array, parent: Int32Array, roots: Int32Array): { addends: RowLists; items: RowLists } {
  const n = level.length;
  const addendStart = new Int32Array(n + 1);
  const itemStart = new Int32Array(n + 1);
  // Counts first (at start[p + 1]), then running sums make them starts.
  for (let c = 0; c < n; c++) {
    const p = parent[c];
    if (p < 0) continue;
    if (level[c] === LEVEL.rincian) itemStart[p + 1]++;
    else if (level[p] !== LEVEL.total) addendStart[p + 1]++;
  }
  // Scope of each totals row as a slice of `roots` (roots ascend, so the rows before it are a prefix slice).
  const scopes = new Map<number, { from: number; to: number }>();
  let lastTotal = -1;
  for (let i = 0; i < n; i++) {
    if (level[i] !== LEVEL.total) continue;
    const scope = isSubtotalLabel(table.rows[i].uraian) ? { from: firstAtLeast(roots, lastTotal + 1), to: firstAtLeast(roots, i) } : { from: 0, to: roots.length };
    scopes.set(i, scope);
    addendStart[i + 1] += scope.to - scope.from;
    lastTotal = i;
  }
  for (let i = 0; i < n; i++) {
    addendStart[i + 1] += addendStart[i];
    itemStart[i + 1] += itemStart[i];
  }

  const addendList = new Int32Array(addendStart[n]);
  const itemList = new Int32Array(itemStart[n]);
  const addendNext = addendStart.slice(0, n);
  const itemNext = itemStart.slice(0, n);
  for (const [i, { from, to }] of scopes) for (let r = from; r < to; r++) addendList[addendNext[i]++] = roots[r];
  for (let c = 0; c < n; c++) {
    const p = parent[c];
    if (p < 0) continue;
    if (level[c] === LEVEL.rincian) itemList[itemNext[p]++] = c;
    else if (level[p] !== LEVEL.total) addendList[addendNext[p]++] = c;
  }
  return { addends: { start: addendStart, list: addendList }, items: { start: itemStart, list: itemList } };
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
