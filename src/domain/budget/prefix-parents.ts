/**
 * Linking budget codes to their parents: a code's parent is the row whose code is its longest proper
 * prefix (4.01.02.1.01.0001 → 4.01.02.1.01, else 4.01.02, …), the first such row where a code repeats.
 *
 * A table written in code order — nearly every Tabel 3.1 — is linked with a stack of open ancestors in one
 * pass; any other order is linked by looking prefixes up in a map of all codes (slower: a map of a hundred
 * thousand codes costs more than the rest of the placement).
 */
import { codeBefore } from './code';
import type { Placements } from './hierarchy';
import { LEVEL } from './levels';

const DOT = 46;

/** Codes strictly increasing (codeBefore): then they are distinct, and every prefix of a code comes before it. */
function inCodeOrder(codes: string[]): boolean {
  for (let k = 1; k < codes.length; k++) if (!codeBefore(codes[k - 1], codes[k])) return false;
  return true;
}

function isProperPrefix(prefix: string, code: string): boolean {
  return code.length > prefix.length && code.charCodeAt(prefix.length) === DOT && code.startsWith(prefix);
}

/**
 * Sets `parent` of every row in `coded` (indices into `out`, in table order, each with a budget code)
 * that has a prefix row; the others keep the parent they have (the unit row, or none). True when the
 * codes strictly ascend (codeBefore).
 */
export function linkPrefixParents(out: Placements, coded: Int32Array): boolean {
  const codes = new Array<string>(coded.length);
  for (let k = 0; k < coded.length; k++) codes[k] = out.kode[coded[k]] ?? '';
  const ascending = inCodeOrder(codes);
  if (ascending) linkInOrder(out, coded, codes);
  else linkByMap(out, coded, codes);
  return ascending;
}

/**
 * In code order, the rows between a code and any prefix of it that has a row are all descendants of that
 * prefix (a row outside the prefix's subtree sorts before the prefix or after all of it), so the prefix is
 * still on the stack.
 */
function linkInOrder(out: Placements, coded: Int32Array, codes: string[]): void {
  // Open ancestors as positions in `coded`; a stack no deeper than a code has segments.
  const stack = new Int32Array(coded.length);
  let depth = 0;
  for (let k = 0; k < coded.length; k++) {
    while (depth > 0 && !isProperPrefix(codes[stack[depth - 1]], codes[k])) depth--;
    if (depth > 0) out.parent[coded[k]] = coded[stack[depth - 1]];
    stack[depth++] = k;
  }
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
function linkByMap(out: Placements, coded: Int32Array, codes: string[]): void {
  const byCode = new Map<string, number>();
  for (let k = 0; k < coded.length; k++) {
    const i = coded[k];
    if (!byCode.has(codes[k])) byCode.set(codes[k], i);
    if (out.level[i] !== LEVEL.unit) continue;
    const parent = prefixParent(codes[k], byCode, i);
    if (parent !== undefined) out.parent[i] = parent;
  }
  for (let k = 0; k < coded.length; k++) {
    const i = coded[k];
    if (out.level[i] === LEVEL.unit) continue;
    const parent = prefixParent(codes[k], byCode, i);
    if (parent !== undefined) out.parent[i] = parent;
  }
}
