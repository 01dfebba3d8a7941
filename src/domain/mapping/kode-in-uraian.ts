/**
 * Kode columns told by their contents. A column of budget codes whose header says nothing of a kode (left blank,
 * or under an "Uraian" header merged over it and the names) is the kode column. And codes written at the start of the name ("3.31.02.2.01 Penerbitan Izin Usaha Industri"), as some SIPD exports
 * print them, with no kode column of their own. Detection reads such a name column as the kode column; the kode
 * view splits each cell into its code (in the cell's place) and its name (in a column after the sheet's last,
 * mapped as the uraian), so the builder reads both as from a table with two columns.
 */
import { a1, cellAt, columnLetter, gridEndCol, type Grid } from '../grid/grid';
import type { DataRange } from './classify';
import { isBudgetCode } from './content';
import type { HeaderColumn, HeaderLayout } from './header';
import type { KodeView } from './kode-view';

/** Rows sampled to tell a name column that starts with codes: enough, on a table of any length. */
const SAMPLE_ROWS = 200;
const MIN_CODED = 3;

/** [code, name] when the text starts with a budget code and a space ("4.01.02. Program …" too). */
export function leadingCode(text: string): [string, string] | undefined {
  const m = /^\s*([0-9X][0-9X.]*[0-9X])\.?\s+(\S.*)$/is.exec(text);
  if (!m || !isBudgetCode(m[1])) return undefined;
  return [m[1], m[2].trim()];
}

/** The uraian column, when most of its texts start with a code and the table has no kode column. */
function kodeInUraianColumn(grid: Grid, columns: HeaderColumn[], data: DataRange): HeaderColumn | undefined {
  if (columns.some((c) => c.role === 'kode' || c.role === 'kodeBagian')) return undefined;
  const uraian = columns.find((c) => c.role === 'uraian');
  if (!uraian) return undefined;
  let texts = 0;
  let coded = 0;
  const last = Math.min(data.last, data.first + SAMPLE_ROWS - 1);
  for (let r = data.first; r <= last; r++) {
    const v = cellAt(grid, r, uraian.col)?.value;
    if (typeof v !== 'string' || v.trim() === '') continue;
    texts++;
    if (leadingCode(v)) coded++;
  }
  return coded >= MIN_CODED && coded * 2 >= texts ? uraian : undefined;
}

/** The header with a name column that starts with codes read as the kode column; the same header otherwise. */
export function withKodeInUraian(grid: Grid, header: HeaderLayout, data: DataRange): HeaderLayout {
  const column = kodeInUraianColumn(grid, header.columns, data);
  if (!column) return header;
  return { ...header, columns: header.columns.map((c) => (c === column ? { ...c, role: 'kode' as const } : c)) };
}

/**
 * The view with each "code name" cell of the kode column split: the code in its place, the name in a new column
 * after the sheet's last, mapped as the uraian. Only for a table with no uraian column of its own.
 */
export function splitKodeFromUraian(view: KodeView, first: number, last: number, offset: number): KodeView {
  const { grid, sheet } = view;
  if (sheet.columns.some((c) => c.role === 'uraian')) return view;
  const nameCol = gridEndCol(grid);
  const nameOffset = nameCol - grid.originCol;
  let rows: Grid['rows'] | undefined;
  for (let r = first; r <= last; r++) {
    const v = grid.rows[r - grid.originRow]?.[offset]?.value;
    if (typeof v !== 'string' || v.trim() === '') continue;
    const split = leadingCode(v);
    rows ??= grid.rows.slice();
    const row = (rows[r - grid.originRow] ?? []).slice();
    // A cell without a code (JUMLAH, a line item) is all name; its text stays in the kode cell for the totals label.
    if (split) row[offset] = { value: split[0], text: split[0] };
    row[nameOffset] = { value: split ? split[1] : v, text: split ? split[1] : v };
    rows[r - grid.originRow] = row;
  }
  if (!rows) return view;
  return { grid: { ...grid, rows }, sheet: { ...sheet, columns: [...sheet.columns, { column: columnLetter(nameCol), role: 'uraian' }] } };
}

/** Whether most texts of the column's sampled data rows are budget codes (at least three). */
function holdsCodesByContent(grid: Grid, col: number, data: DataRange): boolean {
  let texts = 0;
  let coded = 0;
  const last = Math.min(data.last, data.first + SAMPLE_ROWS - 1);
  for (let r = data.first; r <= last; r++) {
    const v = cellAt(grid, r, col)?.value;
    if (typeof v !== 'string' || v.trim() === '') continue;
    texts++;
    if (isBudgetCode(v.replace(/[\s\u00a0]+/g, '').replace(/^\.+|\.+$/g, ''))) coded++;
  }
  return coded >= MIN_CODED && coded * 2 >= texts;
}

const AMOUNT_ROLES = new Set(['pagu', 'realisasi', 'target', 'paguMurni']);

/**
 * The header with a column of codes left of the amounts read as the kode, where the header names no kode: its
 * cell blank, or an "Uraian" header merged over the codes and the names (then the names' column is the uraian).
 */
export function withKodeByContent(grid: Grid, header: HeaderLayout, data: DataRange): HeaderLayout {
  if (header.columns.some((c) => c.role === 'kode' || c.role === 'kodeBagian')) return header;
  const amounts = header.columns.filter((c) => c.role !== undefined && AMOUNT_ROLES.has(c.role)).map((c) => c.col);
  if (amounts.length === 0) return header;
  const end = Math.min(...amounts);
  for (let col = grid.originCol; col < end; col++) {
    const existing = header.columns.find((c) => c.col === col);
    if (existing?.role !== undefined && existing.role !== 'uraian' && existing.role !== 'ignore') continue;
    if (!holdsCodesByContent(grid, col, data)) continue;
    const kode: HeaderColumn = existing
      ? { ...existing, role: 'kode' }
      : { col, text: '', leafText: '', leafCell: a1(header.top, col), role: 'kode', percentMarked: false };
    const columns = [...header.columns.filter((c) => c.col !== col).map((c) => ({ ...c })), kode].sort((a, b) => a.col - b.col);
    // The names: the column after the codes that the header read as a second uraian (passed over) or not at all.
    if (!columns.some((c) => c.role === 'uraian')) {
      const names = columns.find((c) => c.col > col && (c.role === undefined || c.role === 'ignore'));
      if (names) names.role = 'uraian';
    }
    return { ...header, columns, choices: header.choices.filter((c) => c.role !== 'uraian') };
  }
  return header;
}
