/**
 * Codes written at the start of the name ("3.31.02.2.01 Penerbitan Izin Usaha Industri"), as some SIPD exports
 * print them, with no kode column of their own. Detection reads such a name column as the kode column; the kode
 * view splits each cell into its code (in the cell's place) and its name (in a column after the sheet's last,
 * mapped as the uraian), so the builder reads both as from a table with two columns.
 */
import { cellAt, columnLetter, gridEndCol, type Grid } from '../grid/grid';
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
