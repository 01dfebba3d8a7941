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
import { usable } from './amounts';
import { isSubtotalLabel } from './code';
import type { CodeList } from './hierarchy';
import { LEVEL, levelCode } from './levels';
import { rowOfStore, storeOfTable, type StoredRows } from './stored-row';

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
  /** Each row's normalized code. */
  codes: CodeList;
  /** Placements.codesAscend, where the builder worked it out. */
  codesAscend?: boolean;
  pagu: ValueColumn;
  /** Absent when no row of the table has a target. */
  target: ValueColumn | undefined;
  realisasi: ValueColumn;
  capaian: ValueColumn;
  /** Decimals the stated capaian was written with; −1 where the row has none. */
  capaianDecimals: Int16Array;
  /** What each row adds up (addends()): its coded or numbered children, or for a totals row the roots in its scope. */
  addends: RowLists;
  /** Line items (rincian) under each row. */
  items: RowLists;
  /** Rows with no parent that are not totals rows, ascending. */
  roots: Int32Array;
}

export type { AmountColumn } from './amounts';

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
  const value = usable(a);
  column.value[i] = value === null ? NaN : value;
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

/** The columns every table has, before its lists are worked out. */
type RowColumns = Omit<BudgetColumns, 'addends' | 'items' | 'roots'>;

export function budgetColumns(table: BudgetTable): BudgetColumns {
  const store = storeOfTable(table);
  const base = store ? storeColumns(store) : rowColumns(table.rows, table.columns.target !== undefined);
  // The uraian tells a "Sub Total" from a grand total; only totals rows are asked, and none is ever stored.
  const uraianOf = store ? (i: number) => rowOfStore(store, i).uraian : (i: number) => table.rows[i].uraian;
  const roots = rootsOf(base.level, base.parent);
  const { addends, items } = childLists(base.level, base.parent, roots, uraianOf);
  return { ...base, addends, items, roots };
}

/**
 * A table the builder made with a store: its numbers, levels, parents and codes are in the store at the
 * rows' own positions, and the columns are views of the store's arrays (no copy); each general row (read
 * the other way) then writes its own entries, where the store holds nothing for it. Its rows are never
 * made for this (they may not exist yet: lazy-rows.ts).
 */
function storeColumns(store: StoredRows): RowColumns {
  const { placements } = store;
  const n = placements.level.length;
  // A stored row's cells were read cleanly: present, never refused.
  const flags = () => new Uint8Array(n).fill(PRESENT);
  const columns: RowColumns = {
    n,
    level: placements.level.subarray(0, n),
    parent: placements.parent.subarray(0, n),
    codes: placements.codes,
    ...(placements.codesAscend !== undefined ? { codesAscend: placements.codesAscend } : {}),
    pagu: { value: store.pagu.value.subarray(0, n), flags: flags() },
    // A table with a target column is never stored.
    target: undefined,
    realisasi: { value: store.realisasi.value.subarray(0, n), flags: flags() },
    capaian: { value: store.capaian.value.subarray(0, n), flags: flags() },
    capaianDecimals: store.capaianDecimals.subarray(0, n),
  };
  for (const [i, row] of store.general) putRow(columns, i, row);
  return columns;
}

/** The codes of a table's own rows. */
class RowCodes implements CodeList {
  constructor(private readonly rows: BudgetRow[]) {}

  get(i: number): string | undefined {
    return this.rows[i].kode;
  }
}

/** Any other table: read row by row. */
function rowColumns(rows: BudgetRow[], targetColumn: boolean): RowColumns {
  const n = rows.length;
  const hasTarget = targetColumn || rows.some((r) => r.target !== undefined);
  const columns: RowColumns = {
    n,
    level: new Uint8Array(n),
    parent: new Int32Array(n),
    codes: new RowCodes(rows),
    pagu: valueColumn(n),
    target: hasTarget ? valueColumn(n) : undefined,
    realisasi: valueColumn(n),
    capaian: valueColumn(n),
    capaianDecimals: new Int16Array(n),
  };
  rows.forEach((row, i) => putRow(columns, i, row));
  return columns;
}

function putRow(columns: RowColumns, i: number, row: BudgetRow): void {
  columns.level[i] = levelCode(row.level);
  columns.parent[i] = row.parent;
  putAmount(columns.pagu, i, row.pagu);
  putAmount(columns.realisasi, i, row.realisasi);
  if (columns.target) putAmount(columns.target, i, row.target);
  putCapaian(columns.capaian, i, row.capaian);
  columns.capaianDecimals[i] = row.capaianDecimals ?? -1;
}

/*
 * One loop per function below: a function run once per table with several long loops gets optimized in the
 * middle of one loop and then meets the next with no type feedback, and is thrown back (deoptimized) on
 * every check for the first few. Small functions each settle on their own.
 */

function rootsOf(level: Uint8Array, parent: Int32Array): Int32Array {
  const roots: number[] = [];
  for (let i = 0; i < level.length; i++) if (parent[i] === -1 && level[i] !== LEVEL.total) roots.push(i);
  return Int32Array.from(roots);
}

/**
 * The addend and item lists of every row. A row's children are the rows whose parent it is, in table
 * order — what the model's `children` lists hold (the builder links them from `parent` so), read here
 * from the parent column rather than from a list per row. A totals row adds up every root, or for a
 * "Sub Total" the roots since the previous totals row (totalScope in amounts.ts).
 */
function childLists(level: Uint8Array, parent: Int32Array, roots: Int32Array, uraianOf: (i: number) => string): { addends: RowLists; items: RowLists } {
  const n = level.length;
  const addendStart = new Int32Array(n + 1);
  const itemStart = new Int32Array(n + 1);
  // Counts first, at start[p]; running sums then make start[p] the end of p's entries, and the lists are
  // filled backwards from there, leaving start[p] at their beginning (no second array of write positions).
  const itemCount = countChildren(level, parent, addendStart, itemStart);
  const scopes = totalScopes(level, roots, uraianOf);
  for (const [i, { from, to }] of scopes) addendStart[i] += to - from;
  runningSums(addendStart);
  // Most tables have no line items: their item starts stay zeros nobody writes (fresh pages never touched).
  if (itemCount > 0) runningSums(itemStart);
  const addendList = new Int32Array(addendStart[n]);
  const itemList = new Int32Array(itemStart[n]);
  fillChildren(level, parent, addendStart, addendList, itemStart, itemList);
  // A totals row has no coded children to add up: its entries are its roots, backwards likewise.
  for (const [i, { from, to }] of scopes) for (let r = to - 1; r >= from; r--) addendList[--addendStart[i]] = roots[r];
  return { addends: { start: addendStart, list: addendList }, items: { start: itemStart, list: itemList } };
}

/** Each row's count of addend children and of items, at start[p]; the number of items in all. */
function countChildren(level: Uint8Array, parent: Int32Array, addendStart: Int32Array, itemStart: Int32Array): number {
  let itemCount = 0;
  for (let c = 0; c < level.length; c++) {
    const p = parent[c];
    if (p < 0) continue;
    if (level[c] === LEVEL.rincian) {
      itemStart[p]++;
      itemCount++;
    } else if (level[p] !== LEVEL.total) addendStart[p]++;
  }
  return itemCount;
}

/** Scope of each totals row as a slice of `roots` (roots ascend, so the rows before it are a prefix slice). */
function totalScopes(level: Uint8Array, roots: Int32Array, uraianOf: (i: number) => string): Map<number, { from: number; to: number }> {
  const scopes = new Map<number, { from: number; to: number }>();
  let lastTotal = -1;
  for (let i = 0; i < level.length; i++) {
    if (level[i] !== LEVEL.total) continue;
    scopes.set(i, isSubtotalLabel(uraianOf(i)) ? { from: firstAtLeast(roots, lastTotal + 1), to: firstAtLeast(roots, i) } : { from: 0, to: roots.length });
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
    if (level[c] === LEVEL.rincian) itemList[--itemStart[p]] = c;
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
