/** Reading header and title text the way planners type it: any case, spacing or punctuation. */
import type { Cell } from '../grid/grid';
import { isBlankText } from '../parse/trim';

/** "Capaian (%)" → "capaian %", "No." → "no", "s.d. TW II" → "s d tw ii". */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** A whole number that reads as a year in a header ("2024" under a merged "TARGET"). */
export function isYearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1990 && value <= 2100;
}

/**
 * True when collapsing and trimming whitespace would leave `v` as it is, and it is not blank: printable ASCII
 * words parted by single spaces. locateHeader reads the first 30 rows several times over; most of their
 * texts are like that, and the regex replace is the costlier way to find it out.
 */
function isCollapsed(v: string): boolean {
  const n = v.length;
  if (n === 0 || v.charCodeAt(0) === 32 || v.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const code = v.charCodeAt(i);
    if (code < 32 || code > 126 || (code === 32 && previous === 32)) return false;
    previous = code;
  }
  return true;
}

/**
 * The text a header or title cell shows: strings as typed, years kept (a header row may hold 2023 as a number),
 * any other number refused, because numbers belong to data rows.
 */
export function headerTextOf(cell: Cell | undefined): string | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  if (typeof v === 'string') {
    if (isCollapsed(v)) return v;
    const t = v.replace(/\s+/g, ' ').trim();
    return t === '' ? undefined : t;
  }
  if (typeof v === 'number' && isYearLike(v)) return String(v);
  return undefined;
}

/** True when a cell holds nothing (missing, null or only spaces): blank separator rows are skipped. */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v === null || (typeof v === 'string' && isBlankText(v));
}

/** True when the cells at `offsets` of a row (indexes into the row, not sheet columns) are all blank. */
export function isBlankRow(cells: (Cell | undefined)[] | undefined, offsets: number[]): boolean {
  if (!cells) return true;
  for (const o of offsets) if (!isBlankCell(cells[o])) return false;
  return true;
}
