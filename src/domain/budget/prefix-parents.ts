/**
 * Linking budget codes to their parents: a code's parent is the row whose code is its longest proper
 * prefix (4.01.02.1.01.0001 → 4.01.02.1.01, else 4.01.02, …), the first such row where a code repeats.
 *
 * A table written in code order — nearly every Tabel 3.1 — is linked with a stack of open ancestors in one
 * pass; any other order is linked by looking prefixes up in a map of all codes (slower: a map of a hundred
 * thousand codes costs more than the rest of the placement).
 */
import { codeBeforeFrom, commonLength, commonLengthFrom } from './code';
import type { Placements } from './hierarchy';
import { LEVEL } from './levels';

const DOT = 46;

/**
 * Sets `parent` of every row with a budget code (isCoded, over the rows of `out` in table order)
 * that has a prefix row; the others keep the parent they have (the unit row, or none). True when the
 * codes strictly ascend (codeBefore).
 */
export function linkPrefixParents(out: Placements, rekeningUnit: number): boolean {
  if (linkInOrder(out, rekeningUnit)) return true;
  linkByMap(out, rekeningUnit);
  return false;
}

/**
 * Budget-coded: a code and a budget level (line items and totals are neither), but for the unit row whose
 * code is a kode rekening (`rekeningUnit`, −1 for none).
 */
function isCoded(out: Placements, i: number, rekeningUnit: number): boolean {
  return out.level[i] !== LEVEL.rincian && i !== rekeningUnit && out.codes.get(i) !== undefined;
}

/**
 * Codes strictly increasing (codeBefore) are distinct, and every prefix of a code comes before it; and
 * the rows between a code and any prefix of it that has a row are all descendants of that prefix (a row
 * outside the prefix's subtree sorts before the prefix or after all of it), so the prefix is still on
 * a stack of open ancestors. One pass checks the order and links; false as soon as a code is out of
 * order. The parents it set by then are all set again by linkByMap, which finds a prefix row wherever
 * this pass did.
 */
function linkInOrder(out: Placements, rekeningUnit: number): boolean {
  const { codes, parent } = out;
  // Open ancestors as rows: no deeper than a code has segments. Each is a prefix of the one above it, and
  // the top is the previous code: so an entry is a prefix of the next code exactly when the two codes
  // share at least its length, which the order check has just counted (no second scan of the text).
  const stack: number[] = [];
  let previous = '';
  let first = true;
  for (let i = 0; i < out.level.length; i++) {
    if (!isCoded(out, i, rekeningUnit)) continue;
    const code = codes.get(i) as string;
    const shared = sharedLength(previous, code, stack.length > 1 ? (codes.get(stack[stack.length - 2]) as string) : '');
    if (!first && !codeBeforeFrom(previous, code, shared)) return false;
    first = false;
    previous = code;
    while (stack.length > 0 && !extendsWith(codes.get(stack[stack.length - 1]) as string, code, shared)) stack.pop();
    if (stack.length > 0) parent[i] = stack[stack.length - 1];
    stack.push(i);
  }
  return true;
}

/**
 * commonLength(previous, code), where `parentCode` prefixes `previous`: a code under the same parent as the
 * one before it (nearly every row) shares the parent's text, checked natively, and only the rest is compared
 * character by character.
 */
function sharedLength(previous: string, code: string, parentCode: string): number {
  if (parentCode === '' || !code.startsWith(parentCode)) return commonLength(previous, code);
  return commonLengthFrom(previous, code, parentCode.length);
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
function linkByMap(out: Placements, rekeningUnit: number): void {
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
