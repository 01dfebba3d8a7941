/**
 * Line items (rincian) with a hierarchy of their own: a sub kegiatan's belanja by kode rekening, grouped the way a
 * DPA lists it (5.1 Belanja Operasi → 5.1.02 Belanja Barang dan Jasa → 5.1.02.01.01.0024 Belanja Alat Tulis Kantor).
 *
 * - A kode rekening item sits under the nearest item above it, in the same sub kegiatan, whose code is a proper
 *   prefix of its own (levels may be missing: 5.1.02.01.01.0024 straight under 5.1.02); without one, under the
 *   sub kegiatan. The same codes under the next sub kegiatan start afresh.
 * - An item without a code is a group when its amount is exactly the sum of the uncoded items right under it
 *   ("Belanja Operasi" over "Belanja Perjalanan Dinas" and "Belanja Sewa"): the planner's own figures decide.
 * - An item without a code whose uraian names a kode rekening group (belanja-groups.ts) is a group by what it is:
 *   the coded lines of its account are placed under it by their codes (hierarchy.ts), and the uncoded lines after
 *   it (two or more, up to the next named group or coded line) are its own even when its amount disagrees — unless
 *   the row above them states exactly the sum of its items read flat (then the planner meant them side by side).
 *
 * A group item adds up its items (row-lists.ts makes them its addends); the sub kegiatan's own items are its top
 * groups. Flat items keep the parent the placement gave them.
 */
import { LEVEL } from './levels';
import type { CodeList } from './placements';

const DOT = 46;

/** Whether `prefix` is a proper prefix of `code` at a dot (5.1.02 of 5.1.02.01.01.0024). */
function prefixes(prefix: string, code: string): boolean {
  return code.length > prefix.length && code.charCodeAt(prefix.length) === DOT && code.startsWith(prefix);
}

/** The open kode rekening groups of the current sub kegiatan, the deepest on top. */
export class RekeningNest {
  private readonly rows: number[] = [];
  private readonly codes: string[] = [];

  /** A new budget-coded row closes every group. */
  reset(): void {
    if (this.rows.length === 0) return;
    this.rows.length = 0;
    this.codes.length = 0;
  }

  /** The parent of item row i with kode rekening `code`: its nearest open prefix, else `owner` (the sub kegiatan). */
  place(i: number, code: string, owner: number): number {
    const { rows, codes } = this;
    while (codes.length > 0 && !prefixes(codes[codes.length - 1], code)) {
      rows.pop();
      codes.pop();
    }
    const parent = rows.length > 0 ? rows[rows.length - 1] : owner;
    rows.push(i);
    codes.push(code);
    return parent;
  }
}

/**
 * A short belanja code in a kode column shared with programme codes: "5" (Belanja) or "5.1" (Belanja Operasi), read
 * as a programme-like code of one or two segments. Under a sub kegiatan it is a kode rekening group when the next
 * code goes on as one ("5.1", "5.1.02"), or, for "5.N", whatever follows: a bidang is two digits (5.01).
 */
export function isBelanjaHead(kode: string, next: string | undefined): boolean {
  if (kode === '5') return next !== undefined && /^5\.\d(\.|$)/.test(next);
  return /^5\.\d$/.test(kode);
}

/** What the amount-based nesting reads: per row its level, parent, code and pagu (NaN for none), realisasi as a fallback. */
export interface ItemRows {
  level: Uint8Array;
  parent: Int32Array;
  codes: CodeList;
  pagu: Float64Array;
  realisasi: Float64Array;
}

/** Cents: amounts are compared as whole cents. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

/** The amount a row groups by: its pagu, else its realisasi; NaN for none. */
function groupAmount(rows: ItemRows, i: number): number {
  const p = rows.pagu[i];
  return Number.isNaN(p) ? rows.realisasi[i] : p;
}

/**
 * Uncoded items that a row above them sums exactly: made its children. For item row g followed by uncoded items of the
 * same parent, the items up to where their running sum reaches g's amount become g's when it reaches it exactly with
 * two or more of them. Rows in table order; parents always above their rows.
 */
export function nestByAmounts(rows: ItemRows): void {
  const n = rows.level.length;
  for (let g = 0; g < n; g++) {
    if (rows.level[g] !== LEVEL.rincian) continue;
    const amount = groupAmount(rows, g);
    if (Number.isNaN(amount) || amount <= 0) continue;
    const owners = [rows.parent[g], budgetOwner(rows, g)];
    let sum = 0;
    let end = g + 1;
    while (end < n && sum < amount - 0.005 && isLooseItem(rows, end, owners)) {
      const v = groupAmount(rows, end);
      if (Number.isNaN(v)) break;
      sum += v;
      end++;
    }
    if (end - g - 1 < 2 || !same(sum, amount)) continue;
    for (let c = g + 1; c < end; c++) rows.parent[c] = g;
    g = end - 1;
  }
}

/** The budget row (a sub kegiatan, …) item row i belongs to, through its groups. */
function budgetOwner(rows: ItemRows, i: number): number {
  let p = rows.parent[i];
  while (p >= 0 && rows.level[p] === LEVEL.rincian) p = rows.parent[p];
  return p;
}

/** An uncoded item straight under g's parent or g's budget row (`owners`): one the nesting may hand to g. */
function isLooseItem(rows: ItemRows, i: number, owners: number[]): boolean {
  return rows.level[i] === LEVEL.rincian && owners.includes(rows.parent[i]) && rows.codes.get(i) === undefined;
}

/** Whether row p states exactly the sum of the items straight under it as they stand (its lines read flat). */
function flatAgrees(rows: ItemRows, p: number): boolean {
  if (p < 0) return false;
  const stated = groupAmount(rows, p);
  if (Number.isNaN(stated)) return false;
  let sum = 0;
  // A row's items follow it: the lines below it until the next row that is not a line item.
  for (let k = p + 1; k < rows.level.length && rows.level[k] === LEVEL.rincian; k++) {
    if (rows.parent[k] !== p) continue;
    const v = groupAmount(rows, k);
    if (!Number.isNaN(v)) sum += v;
  }
  return same(sum, stated);
}

/**
 * Named uncoded groups (`named`, in table order) that no line went under yet: the uncoded lines right after each,
 * two or more up to the next named group or a row that is not one of its parent's loose lines, become its own —
 * whatever its amount says, so a wrong group sum is reported on the group — unless its parent's amount is exactly
 * the sum of its items read flat. Runs after nestByAmounts.
 */
export function nestNamedGroups(rows: ItemRows, named: readonly number[]): void {
  const n = rows.level.length;
  let next = 0;
  for (const g of named) {
    if (g >= n || rows.level[g] !== LEVEL.rincian || (g + 1 < n && rows.parent[g + 1] === g)) continue;
    while (next < named.length && named[next] <= g) next++;
    const stop = next < named.length ? named[next] : n;
    const owners = [rows.parent[g], budgetOwner(rows, g)];
    let end = g + 1;
    while (end < stop && isLooseItem(rows, end, owners)) end++;
    if (end - g - 1 < 2 || flatAgrees(rows, rows.parent[g])) continue;
    for (let c = g + 1; c < end; c++) rows.parent[c] = g;
  }
}
