/**
 * A table pasted from a printed report carries its header again where each page began ("Kode | Uraian | Pagu …",
 * and its column-number row). Such a header starts no new table (detectSheet reads on past it) and its rows are no
 * data: the kode view blanks them, so the builder never reads "Pagu (Rp)" as an amount or "1 | 2 | 3" as a row.
 */
import type { Cell, Grid } from '../grid/grid';
import { columnIndex } from '../grid/grid';
import type { HeaderLayout } from './header';
import { normalizeText } from './text';
import type { SheetMapping } from './types';

/** Whether `below` is `header` again: the same columns with the same roles and words. */
export function repeatsHeader(header: HeaderLayout, below: HeaderLayout): boolean {
  if (below.columns.length !== header.columns.length) return false;
  return header.columns.every((c, i) => {
    const b = below.columns[i];
    return b.col === c.col && b.role === c.role && normalizeText(b.leafText) === normalizeText(c.leafText);
  });
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const textOf = (cell: Cell | undefined): string => (cell?.value === null || cell?.value === undefined ? '' : normalizeText(String(cell.value)));

/** The table's data rows with every repeat of its header rows (and a column-number row under one) blanked. */
export function blankRepeatedHeaders(grid: Grid, sheet: SheetMapping, first: number, last: number): Grid {
  if (sheet.headerRow === undefined || sheet.columns.length < 2) return grid;
  const cols = sheet.columns.map((c) => columnIndex(c.column) - grid.originCol);
  const headerRows: string[][] = [];
  const top = sheet.headerRow - 1;
  // The header's own rows and the column-number row under it, when there is one (the first data row is below it).
  const headerEnd = (sheet.firstDataRow ?? sheet.headerRow + (sheet.headerRows ?? 1)) - 1;
  for (let r = top; r < headerEnd; r++) headerRows.push(cols.map((c) => textOf(grid.rows[r - grid.originRow]?.[c])));
  const key = cols[0];
  const keys = new Set(headerRows.map((h) => h[0]).filter((t) => t !== ''));
  if (keys.size === 0) return grid;
  let rows: Grid['rows'] | undefined;
  for (let r = first; r <= last; r++) {
    const cells = grid.rows[r - grid.originRow];
    // Nearly every row's first mapped cell is a code or a number, passed over at its first character; only a
    // word that reads as the header's is compared whole.
    const v = cells?.[key]?.value;
    if (typeof v !== 'string' || startsWithDigit(v) || !keys.has(textOf(cells?.[key]))) continue;
    const k = headerRows.findIndex((h) => h.every((t, i) => t === '' || t === textOf(cells?.[cols[i]])));
    if (k < 0) continue;
    // The header's rows from the k-th on, as they were printed.
    let span = 0;
    while (span < headerRows.length - k && r + span <= last && headerRows[k + span].every((t, i) => t === '' || t === textOf(grid.rows[r + span - grid.originRow]?.[cols[i]]))) span++;
    rows ??= grid.rows.slice();
    for (let s = 0; s < span; s++) rows[r + s - grid.originRow] = [];
    r += span - 1;
  }
  return rows ? { ...grid, rows } : grid;
}
