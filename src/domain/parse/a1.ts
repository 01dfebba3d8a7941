/**
 * Positions of A1 addresses ("E12") for ordering findings: read character by character, because the
 * findings of a large sheet (one per row or more) are all ordered, and a pattern match per address adds up.
 */

const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;
/** Below 2^53 a digit-by-digit sum is exactly what Number() reads; longer row numbers use Number(). */
const EXACT_DIGITS = 15;
/** Up to ten letters every way of summing the column is exact (26^10 < 2^53); longer runs are left to the caller. */
const EXACT_LETTERS = 10;

/**
 * Writes the row number and the column (letters read base 26, A = 1) of `cell` at `at` in `rows` and `cols`,
 * when `cell` is upper-case letters then digits (/^([A-Z]+)(\d+)$/); returns false, writing nothing, otherwise
 * — and for more than ten letters, which callers then read their own way.
 */
export function readA1(cell: string, at: number, rows: Float64Array, cols: Float64Array): boolean {
  let i = 0;
  let col = 0;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < A || c > Z) break;
    col = col * 26 + c - 64;
  }
  if (i === 0 || i === cell.length || i > EXACT_LETTERS) return false;
  const digitsFrom = i;
  let row = 0;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
    row = row * 10 + (c - ZERO);
  }
  rows[at] = cell.length - digitsFrom > EXACT_DIGITS ? Number(cell.slice(digitsFrom)) : row;
  cols[at] = col;
  return true;
}
