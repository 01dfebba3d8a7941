/**
 * The kode column as the budget builder reads it: a kode split over several columns (Urusan | Bidang | Program
 * | Kegiatan | Sub Kegiatan) joined into one code, and codes written with a bidang as a plain number (4.1.2)
 * padded to the two digits of the Kepmendagri form (4.01.02). Anything else ("4. 01. 02", "4.01.02.") the
 * builder normalises itself.
 *
 * The view is a grid that shares every row with the sheet's but the rows whose kode it rewrites, and a mapping
 * with one kode column (the first part's, where the parts were split): a clean Tabel 3.1 costs one pass over its
 * kode column and no copy. Findings on a joined kode name the first part's cell.
 */
import { columnIndex, type Cell, type Grid } from '../grid/grid';
import type { ColumnMapping, SheetMapping } from './types';
import { splitKodeFromUraian } from './kode-in-uraian';
import { withRekeningColumn } from './rekening-column';
import { blankRepeatedHeaders } from './repeated-header';
import { normalizeCode } from '../budget/code';

export interface KodeView {
  grid: Grid;
  sheet: SheetMapping;
}

/** 0-based data rows of a mapped table, inclusive. */
function dataRows(grid: Grid, sheet: SheetMapping): [number, number] {
  const headerEnd = sheet.headerRow !== undefined ? sheet.headerRow - 1 + (sheet.headerRows ?? 1) : grid.originRow;
  const first = Math.max(sheet.firstDataRow !== undefined ? sheet.firstDataRow - 1 : headerEnd, grid.originRow);
  const last = Math.min(sheet.lastDataRow !== undefined ? sheet.lastDataRow - 1 : Infinity, grid.originRow + grid.rows.length - 1);
  return [first, last];
}

function partText(cell: Cell | undefined, position: number): string {
  const v = cell?.value;
  if (v === null || v === undefined || v === '') return '';
  // A part typed as a number lost its leading zero: bidang and program are two digits (4 | 1 | 2 → 4.01.02).
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? String(v).padStart(position === 0 ? 1 : 2, '0') : String(v);
  return String(v).replace(/[\s\u00a0]+/g, '').replace(/^\.+|\.+$/g, '');
}

/** Code-like: digits (or the shared X) between dots. Text in a part ("JUMLAH") is a label, not a part. */
const PART = /^[0-9X]+(\.[0-9X]+)*$/i;

/**
 * Each row's parts joined left to right. A part left blank left of the row's first filled part is its parent's,
 * carried from the code above ("4 | 01 | 02" then "| | | 1.01" → 4.01.02.1.01); a blank right of it ends the code.
 */
function joinedCodes(grid: Grid, cols: number[], first: number, last: number, write: (row: number, text: string) => void): void {
  let above: string[] = [];
  for (let r = first; r <= last; r++) {
    const cells = grid.rows[r - grid.originRow];
    if (!cells) continue;
    const parts = cols.map((c, i) => partText(cells[c - grid.originCol], i));
    const filled = parts.map((p, i) => (p === '' ? -1 : i)).filter((i) => i >= 0);
    if (filled.length === 0) continue;
    if (parts.some((p) => p !== '' && !PART.test(p))) {
      // A label over the kode columns ("JUMLAH BIRO …"): kept as the row's kode text, for the totals row it is.
      write(r, parts.filter((p) => p !== '').join(' '));
      continue;
    }
    const from = filled[0];
    const to = filled[filled.length - 1];
    const code = [...above.slice(0, from), ...parts.slice(from, to + 1)];
    if (code.some((p) => p === '')) continue;
    above = code;
    write(r, code.join('.'));
  }
}

/** Segments of a code as typed, when it is digits between dots (or spaces standing for them); undefined otherwise. */
function segmentsOf(text: string): string[] | undefined {
  const t = normalizeCode(text);
  if (!/^\d+(\.\d+)*$/.test(t)) return undefined;
  return t.split('.');
}

/**
 * Whether the kode column writes every bidang as a plain number (4.1.2, 4.1.2.1.1): no code with a two-digit
 * bidang, some with a one-digit one, and no kode rekening of belanja (5.x.x), whose second segment is one digit.
 */
function bidangAsNumber(texts: (r: number) => string | undefined, first: number, last: number): boolean {
  let oneDigit = 0;
  for (let r = first; r <= last; r++) {
    const text = texts(r);
    if (text === undefined) continue;
    const s = segmentsOf(text);
    if (!s || s.length < 3 || s[0].length !== 1) continue;
    if (s[0] === '5' || s[1].length !== 1) return false;
    oneDigit++;
  }
  return oneDigit > 0;
}

/** 4.1.2.1.1.1 → 4.01.02.1.01.01: bidang, program, the kegiatan's second part and the sub kegiatan two digits at least. */
function padBidang(text: string): string | undefined {
  const s = segmentsOf(text);
  if (!s || s.length < 3) return undefined;
  const widths = [1, 2, 2, 1, 2, 2];
  const padded = s.map((p, i) => p.padStart(widths[i] ?? 1, '0')).join('.');
  return padded === text ? undefined : padded;
}

/**
 * Views made of each grid during one analysis (sharingKodeViews), by what of the mapping they depend on: detection,
 * the block split and the builder ask for the same table's view in turn, and a view costs passes over every data row.
 */
let made: WeakMap<Grid, { key: string; sheet: SheetMapping; view: KodeView }[]> | undefined;

/** Runs `analysis` with the kode views it makes shared among its steps; none is kept past it. */
export function sharingKodeViews<T>(analysis: () => T): T {
  const outer = made;
  made = new WeakMap();
  try {
    return analysis();
  } finally {
    made = outer;
  }
}

/** The sheet's grid and mapping as the budget builder should read them; the same objects when nothing changes. */
export function kodeView(sheetGrid: Grid, sheet: SheetMapping): KodeView {
  if (!made) return makeKodeView(sheetGrid, sheet);
  const key = JSON.stringify([sheet.headerRow, sheet.headerRows, sheet.firstDataRow, sheet.lastDataRow, sheet.columns]);
  const views = made.get(sheetGrid) ?? [];
  // A view whose mapping is the one it was asked with serves any mapping of the same rows and columns.
  const known = views.find((v) => v.key === key && v.view.sheet === v.sheet);
  if (known) return { grid: known.view.grid, sheet };
  const view = makeKodeView(sheetGrid, sheet);
  views.push({ key, sheet, view });
  made.set(sheetGrid, views);
  return view;
}

function makeKodeView(sheetGrid: Grid, sheet: SheetMapping): KodeView {
  const [first, last] = dataRows(sheetGrid, sheet);
  // A header printed again at a page break is no data (repeated-header.ts).
  const grid = last < first ? sheetGrid : blankRepeatedHeaders(sheetGrid, sheet, first, last);
  const parts = sheet.columns.filter((c) => c.role === 'kodeBagian').sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
  const kode = sheet.columns.find((c) => c.role === 'kode');
  if (last < first || (!kode && parts.length === 0)) return { grid, sheet };

  let rows: Grid['rows'] | undefined;
  const target = kode ?? parts[0];
  const offset = columnIndex(target.column) - grid.originCol;
  const write = (r: number, text: string): void => {
    rows ??= grid.rows.slice();
    const row = (rows[r - grid.originRow] ?? []).slice();
    row[offset] = { value: text, text };
    rows[r - grid.originRow] = row;
  };

  if (!kode) {
    joinedCodes(grid, parts.map((p) => columnIndex(p.column)), first, last, write);
    const columns: ColumnMapping[] = sheet.columns
      .filter((c) => c.role !== 'kodeBagian')
      .concat([{ column: target.column, role: 'kode', header: parts.map((p) => p.header ?? p.column).join(' | ') }])
      .sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
    return padded({ grid: rows ? { ...grid, rows } : grid, sheet: { ...sheet, columns } }, first, last, offset);
  }
  return padded(withRekeningColumn(splitKodeFromUraian({ grid, sheet }, first, last, offset), first, last, offset), first, last, offset);
}

/** A code typed with spaces or end dots ("2. 15. 01", "2 15 01", "2.15.01."): the content profile reads only clean codes. */
function untidy(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (first === 46 || last === 46 || first === 32 || last === 32) return /\d/.test(text);
  return text.indexOf(' ') >= 0 && /^[\d\s.\u00a0]+$/.test(text);
}

/** The view with codes tidied ("2. 15. 01." → 2.15.01) and bidang-as-number codes padded, where the column needs it. */
function padded(view: KodeView, first: number, last: number, offset: number): KodeView {
  const { grid } = view;
  const textAt = (r: number): string | undefined => {
    const v = grid.rows[r - grid.originRow]?.[offset]?.value;
    return typeof v === 'string' ? v : undefined;
  };
  const pad = bidangAsNumber(textAt, first, last);
  let rows: Grid['rows'] | undefined;
  for (let r = first; r <= last; r++) {
    const text = textAt(r);
    if (text === undefined) continue;
    const tidy = untidy(text) ? (segmentsOf(text)?.join('.') ?? text) : text;
    const code = pad ? (padBidang(tidy) ?? tidy) : tidy;
    if (code === text) continue;
    rows ??= grid.rows.slice();
    const row = (rows[r - grid.originRow] ?? []).slice();
    row[offset] = { value: code, text: code };
    rows[r - grid.originRow] = row;
  }
  return rows ? { ...view, grid: { ...grid, rows } } : view;
}
