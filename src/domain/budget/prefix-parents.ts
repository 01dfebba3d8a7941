/**
 * Linking budget codes to their parents: a code's parent is the row whose code is its longest proper
 * prefix (4.01.02.1.01.0001 → 4.01.02.1.01, else 4.01.02, …), the first such row where a code repeats.
 *
 * A table written in code order — nearly every Tabel 3.1 — is linked with a stack of open ancestors while
 * it is placed (InOrderLinker); any other order is linked afterwards by looking prefixes up in a map of all
 * codes (linkByMap).
 */
import { codeBeforeFrom } from './code';
import type { Placements } from './placements';
import { LEVEL } from './levels';

const DOT = 46;

/**
 * Budget-coded: a code and a budget level (line items and totals are neither), but for the unit row whose
 * code is a kode rekening (`rekeningUnit`, −1 for none).
 */
function isCoded(out: Placements, i: number, rekeningUnit: number): boolean {
  return out.level[i] !== LEVEL.rincian && i !== rekeningUnit && out.codes.get(i) !== undefined;
}

/**
 * Links budget-coded rows handed over one at a time in table order, while their codes strictly increase
 * (codeBefore). Then codes are distinct, every prefix of a code comes before it, and the rows between a
 * code and any prefix of it that has a row are all descendants of that prefix (a row outside the prefix's
 * subtree sorts before the prefix or after all of it), so the prefix is still on a stack of open
 * ancestors. From the first code out of order on it links nothing (`inOrder` false): linkByMap then links
 * the whole table, and finds a prefix row wherever this did.
 */
export class InOrderLinker {
  inOrder = true;
  /** Open ancestors, the previous code on top; each entry's code is a prefix of the one above it. */
  private readonly rows: number[] = [];
  private readonly codes: string[] = [];

  constructor(private readonly parent: Int32Array) {}

  /** The code last added ('' before the first). */
  get previous(): string {
    return this.codes.length > 0 ? this.codes[this.codes.length - 1] : '';
  }

  /**
   * Row i with its code, `shared` being commonLength(previous, code). An entry is a prefix of the new code
   * exactly when the two codes share at least its length (it prefixes the previous code) and the new code
   * goes on with a dot there: no second scan of the text.
   */
  add(i: number, code: string, shared: number): void {
    if (!this.inOrder) return;
    const { rows, codes } = this;
    if (codes.length > 0 && !codeBeforeFrom(this.previous, code, shared)) {
      this.inOrder = false;
      return;
    }
    while (codes.length > 0 && !extendsWith(codes[codes.length - 1], code, shared)) {
      rows.pop();
      codes.pop();
    }
    if (rows.length > 0) this.parent[i] = rows[rows.length - 1];
    rows.push(i);
    codes.push(code);
  }
}

/** Whether `prefix` (a prefix of the previous code, which shares `shared` characters with `code`) is a proper prefix of `code`. */
function extendsWith(prefix: string, code: string, shared: number): boolean {
  return shared >= prefix.length && code.length > prefix.length && code.charCodeAt(prefix.length) === DOT;
}

/** The row of the longest proper prefix of `code` that has a row of its own (other than `self`). */
function prefixParent(code: string, byCode: Map<string, number>, self: number): number | undefined {
  // Cutting at each dot from the right yields the prefixes longest first, without arrays.
  for (let end = code.lastIndexOf('.'); end > 0; end = code.lastIndexOf('.', end - 1)) {
    const row = byCode.get(code.slice(0, end));
    if (row !== undefined && row !== self) return row;
  }
  return undefined;
}

/**
 * Any order. Urusan/bidang codes (unit level) take a prefix listed above them; the others any prefix in
 * the table, so a code listed before its parent still finds it.
 */
export function linkByMap(out: Placements, rekeningUnit: number): void {
  const code = (i: number): string => out.codes.get(i) ?? '';
  const n = out.level.length;
  const byCode = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (!isCoded(out, i, rekeningUnit)) continue;
    if (!byCode.has(code(i))) byCode.set(code(i), i);
    if (out.level[i] !== LEVEL.unit) continue;
    const parent = prefixParent(code(i), byCode, i);
    if (parent !== undefined) out.parent[i] = parent;
  }
  for (let i = 0; i < n; i++) {
    if (!isCoded(out, i, rekeningUnit) || out.level[i] === LEVEL.unit) continue;
    const parent = prefixParent(code(i), byCode, i);
    if (parent !== undefined) out.parent[i] = parent;
  }
}
