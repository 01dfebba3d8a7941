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
 * that has a prefix row; the others keep the parent they have (the unit row, or none).
 */
export function linkPrefixParents(out: Placements, coded: number[]): void {
  const codes = coded.map((i) => out.kode[i] ?? '');
  if (inCodeOrder(codes)) linkInOrder(out, coded, codes);
  else linkByMap(out, coded, codes);
}

/**
 * In code order, the rows between a code and any prefix of it that has a row are all descendants of that
 * prefix (a row outside the prefix's subtree sorts before the prefix or after all of it), so the prefix is
 * still on the stack.
 */
function linkInOrder(out: Placements, coded: number[], codes: string[]): void {
  const stack: number[] = [];
  coded.forEach((i, k) => {
    while (stack.length > 0 && !isProperPrefix(codes[stack[stack.length - 1]], codes[k])) stack.pop();
    if (stack.length > 0) out.parent[i] = coded[stack[stack.length - 1]];
    stack.push(k);
  });
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
function linkByMap(out: Placements, coded: number[], codes: string[]): void {
  const byCode = new Map<string, number>();
  coded.forEach((i, k) => {
    if (!byCode.has(codes[k])) byCode.set(codes[k], i);
    if (out.level[i] !== LEVEL.unit) return;
    const parent = prefixParent(codes[k], byCode, i);
    if (parent !== undefined) out.parent[i] = parent;
  });
  coded.forEach((i, k) => {
    if (out.level[i] === LEVEL.unit) return;
    const parent = prefixParent(codes[k], byCode, i);
    if (parent !== undefined) out.parent[i] = parent;
  });
}
