/**
 * Header detection: find the header row (anywhere in the first 30 rows, below any title block),
 * possibly spread over two rows with merged group cells, and read each column's role from it.
 */
import { a1, cellAt, gridEndCol, gridEndRow, isColumnHidden, type Cell, type CellValue, type Grid, type MergeRange } from '../grid/grid';
import type { ColumnRole } from './types';
import { headerTextOf, isYearLike, normalizeText } from './text';
import { mayNameRole, readHeader } from './vocabulary';
import { chooseByWords, type ColumnChoice } from './column-choice';
import { isTypedAmount } from './content';

/** How many roles a header names at least to start a table under another one. */
const MIN_TABLE_SCORE = 3;

/** How far down a header may sit. */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderColumn {
  /** 0-based sheet column. */
  col: number;
  /** The header text joined over the header rows, e.g. "TARGET / TARGET TAHUN 2024". */
  text: string;
  /** The most specific header text (the lowest row's), used in messages. */
  leafText: string;
  /** A1 address of the cell holding leafText (a merge's top-left). */
  leafCell: string;
  role?: ColumnRole;
  percentMarked: boolean;
  /** Set when the sheet hides the column: a visible column is preferred for a role, and reading a hidden one is said. */
  hidden?: boolean;
}

export interface HeaderLayout {
  /** 0-based sheet row of the first header row. */
  top: number;
  /** 1, 2 or 3. */
  rows: number;
  columns: HeaderColumn[];
  /** Where several columns could fill one role: the one read and the ones passed over (column-choice.ts). */
  choices: ColumnChoice[];
}

/** What a header is read against: the report's year (which "Target Tahun …" counts) and quarter (which "Target TW …"). */
export interface HeaderContext {
  year?: number;
  quarter?: number;
}

/** The merge covering (row, col), if any. */
export function mergeAt(grid: Grid, row: number, col: number): MergeRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The cell whose value shows at (row, col): the merge's top-left inside a merge. */
export function sourceOf(grid: Grid, row: number, col: number): { row: number; col: number; cell: Cell | undefined } {
  const m = mergeAt(grid, row, col);
  const r = m ? m.top : row;
  const c = m ? m.left : col;
  return { row: r, col: c, cell: cellAt(grid, r, c) };
}

interface HeaderPart {
  text: string;
  row: number;
  col: number;
  /** Columns the part's merge spans (a group header spans several). */
  width: number;
}

function partsOf(grid: Grid, top: number, span: number, col: number): HeaderPart[] {
  const parts: HeaderPart[] = [];
  for (let r = top; r < top + span; r++) {
    const src = sourceOf(grid, r, col);
    const text = headerTextOf(src.cell);
    if (text === undefined) continue;
    // A vertical merge shows the same cell on both rows: count it once.
    if (parts.some((p) => p.row === src.row && p.col === src.col)) continue;
    const m = mergeAt(grid, r, col);
    parts.push({ text, row: src.row, col: src.col, width: m ? m.right - m.left + 1 : 1 });
  }
  return parts;
}

/** Reads one column: the most specific part first, then the parts joined ("TARGET" + "2024"), then the group. */
function readColumn(parts: HeaderPart[], col: number, reportYear: number | undefined): HeaderColumn | undefined {
  if (parts.length === 0) return undefined;
  const leaf = parts[parts.length - 1];
  const joined = parts.map((p) => p.text).join(' ');
  const group = parts.length > 1 ? readHeader(parts[0].text, reportYear) : undefined;
  const leafReading = readHeader(leaf.text, reportYear);
  // Under a merged "Kode" group, "Urusan | Bidang | Program | Kegiatan | Sub Kegiatan" are the parts of one kode.
  const kodePart = group?.role === 'kode' && parts[0].width > 1 && (leafReading === undefined || leafReading.role === 'uraian' || leafReading.role === 'kodeBagian');
  const reading = kodePart
    ? { role: 'kodeBagian' as const, percentMarked: false }
    : leafReading ??
    (parts.length > 1 ? readHeader(joined, reportYear) : undefined) ??
    (parts.length > 1 ? readHeader(parts[0].text, reportYear) : undefined);
  return {
    col,
    text: parts.map((p) => p.text).join(' / '),
    leafText: leaf.text,
    leafCell: a1(leaf.row, leaf.col),
    role: reading?.role,
    percentMarked: reading?.percentMarked ?? false,
  };
}

/** A header row holds text (and perhaps years) only: any other number means data or a column-number row. */
function isHeaderish(grid: Grid, row: number, lastCol: number): boolean {
  let texts = 0;
  for (let c = grid.originCol; c < lastCol; c++) {
    const cell = sourceOf(grid, row, c).cell;
    if (!cell || cell.value === null) continue;
    if (headerTextOf(cell) === undefined) {
      if (typeof cell.value === 'string') continue; // blank text
      return false;
    }
    texts++;
  }
  return texts >= 1;
}

/** Short words only ("Jumlah (Rp)", "(%)", "Rp"): a row under a header that qualifies its columns, not a data row. */
const SUB_HEADER_WORDS = /^\(?\s*(jumlah|rp|%|persen|nilai|total|volume|keuangan|fisik)(?![a-z])[^\d]*$/i;

function isSubHeader(grid: Grid, row: number, lastCol: number): boolean {
  let words = 0;
  for (let c = grid.originCol; c < lastCol; c++) {
    const src = sourceOf(grid, row, c);
    if (src.row !== row) continue; // a merge from the row above
    const text = headerTextOf(src.cell);
    if (text === undefined) continue;
    if (!SUB_HEADER_WORDS.test(text)) return false;
    words++;
  }
  return words > 0;
}

/** A group header: a cell of the first row merged across columns that have their own text beneath. */
function hasGroupOver(grid: Grid, top: number, lastCol: number): boolean {
  return grid.merges.some((m) => {
    if (m.top !== top || m.bottom !== top || m.right === m.left) return false;
    for (let c = m.left; c <= m.right && c < lastCol; c++) if (headerTextOf(cellAt(grid, top + 1, c)) !== undefined) return true;
    return false;
  });
}

/**
 * The end column (exclusive) of what sheet rows [from, to] can show: their widest row, or a merge over them
 * that reaches further. Every cell of those rows beyond it is empty, so a header read stops there and finds
 * what a read to gridEndCol finds (which walks every row; needed only to cap a merge that runs past every row).
 */
export function endColOfRows(grid: Grid, from: number, to: number): number {
  let width = 0;
  for (let r = Math.max(from, grid.originRow); r <= to && r < gridEndRow(grid); r++) {
    width = Math.max(width, grid.rows[r - grid.originRow]?.length ?? 0);
  }
  const end = grid.originCol + width;
  let mergeEnd = end;
  for (const m of grid.merges) if (m.top <= to && m.bottom >= from && m.right + 1 > mergeEnd) mergeEnd = m.right + 1;
  return mergeEnd > end ? Math.min(mergeEnd, gridEndCol(grid)) : end;
}

/** A level's name as a column header: "Program", "Kegiatan", "Sub Kegiatan" (or a kode part's, "Urusan"). */
const LEVEL_HEADER = /^(urusan|bidang|bidang urusan|program|kegiatan|sub kegiatan|subkegiatan)$/;

/**
 * "Urusan | Bidang | Program | Kegiatan | Sub Kegiatan | Uraian": where the levels' names head columns beside an
 * uraian column of another name (or beside a kode part), they head the parts of a split kode, not names.
 */
function markKodeParts(columns: HeaderColumn[]): void {
  const levels = columns.filter((c) => (c.role === 'uraian' || c.role === 'kodeBagian') && LEVEL_HEADER.test(normalizeText(c.leafText)));
  const otherUraian = columns.some((c) => c.role === 'uraian' && !levels.includes(c));
  if (levels.length >= 2 && otherUraian) for (const c of levels) c.role = 'kodeBagian';
}

/**
 * Reads the header at a known place (0-based top row, 1 to 3 rows). Columns in `skip` are read as no column at
 * all (a column of "Rp" under an amount's merged header: currency-columns.ts).
 */
export function readLayout(grid: Grid, top: number, span: number, context: HeaderContext = {}, skip?: readonly number[]): HeaderLayout {
  return readLayoutTo(grid, top, span, context, endColOfRows(grid, top, top + span - 1), skip);
}

/** readLayout up to a known end column: locateHeader reads up to 90 layouts over the same rows. */
function readLayoutTo(grid: Grid, top: number, span: number, context: HeaderContext, lastCol: number, skip?: readonly number[]): HeaderLayout {
  const columns: HeaderColumn[] = [];
  for (let c = grid.originCol; c < lastCol; c++) {
    if (skip?.includes(c)) continue;
    const column = readColumn(partsOf(grid, top, span, c), c, context.year);
    if (!column) continue;
    if (isColumnHidden(grid, c)) column.hidden = true;
    columns.push(column);
  }
  markKodeParts(columns);
  // One column per role (but the parts of a split kode and the months): chosen by the header's words.
  const choices = chooseByWords(columns, context.quarter);
  return { top, rows: span, columns, choices };
}

export function score(layout: HeaderLayout): number {
  return new Set(layout.columns.map((c) => c.role).filter((r) => r && r !== 'ignore')).size;
}

/** The best header in the first rows, or undefined when no row names at least two roles. */
export function locateHeader(grid: Grid, context: HeaderContext = {}): HeaderLayout | undefined {
  return locateHeaderFrom(grid, context, grid.originRow, 1);
}

/** The best header among the HEADER_SCAN_ROWS rows from `from` (0-based), naming more than `minScore` roles. */
export function locateHeaderFrom(grid: Grid, context: HeaderContext, from: number, minScore: number): HeaderLayout | undefined {
  const start = Math.max(from, grid.originRow);
  const end = Math.min(gridEndRow(grid), start + HEADER_SCAN_ROWS);
  // Rows up to two past `end`: a header of several rows starting on the last scanned row reads the rows below.
  const lastCol = endColOfRows(grid, start, end + 2);
  let best: HeaderLayout | undefined;
  let bestScore = minScore;
  let firstTable: HeaderLayout | undefined;
  for (let r = start; r < end; r++) {
    const layout = headerAt(grid, r, context, lastCol);
    if (!layout) continue;
    if (!firstTable && score(layout) >= MIN_TABLE_SCORE) firstTable = layout;
    if (score(layout) > bestScore) {
      best = layout;
      bestScore = score(layout);
    }
  }
  // A table's header above a better one that starts below it: two tables on the sheet, the first one first
  // (the other is found under its data, by nextHeaderBelow).
  if (best && firstTable && firstTable.top + firstTable.rows < best.top) return firstTable;
  return best;
}

/**
 * The header starting on row r, read over one, two or three rows. Two rows must read better than either row
 * alone (a "Tabel 3.1" line above a header adds nothing), or as well when the top row groups columns ("TARGET"
 * over three years); a third row joins when the second groups columns too ("Realisasi" / "TW II" / its months).
 */
function headerAt(grid: Grid, r: number, context: HeaderContext, lastCol: number): HeaderLayout | undefined {
  if (!isHeaderish(grid, r, lastCol)) return undefined;
  let layout = readLayoutTo(grid, r, 1, context, lastCol);
  if (r + 1 < gridEndRow(grid) && isHeaderish(grid, r + 1, lastCol)) {
    const two = readLayoutTo(grid, r, 2, context, lastCol);
    const eitherAlone = Math.max(score(layout), score(readLayoutTo(grid, r + 1, 1, context, lastCol)));
    const tied = score(two) === eitherAlone && (hasGroupOver(grid, r, lastCol) || isSubHeader(grid, r + 1, lastCol));
    if (score(two) > eitherAlone || tied) layout = two;
    if (layout === two && r + 2 < gridEndRow(grid) && hasGroupOver(grid, r + 1, lastCol) && isHeaderish(grid, r + 2, lastCol)) {
      const three = readLayoutTo(grid, r, 3, context, lastCol);
      if (score(three) >= score(two)) layout = three;
    }
  }
  return layout;
}

/**
 * The next header row at or below `from` (0-based), where a new table starts: a row that holds no number (typed or as text) but
 * years and names at least three roles. Data rows hold numbers, so nearly every row is passed over at its first
 * number without reading any text; the pass is linear in the table's cells.
 */
export function nextHeaderBelow(grid: Grid, from: number, context: HeaderContext): HeaderLayout | undefined {
  const end = gridEndRow(grid);
  const start = Math.max(from, grid.originRow);
  const merged = rowsUnderMerges(grid, start, end);
  const naming = new NamingColumns(grid);
  const data = new DataNumberRows();
  for (let r = start; r < end; r++) {
    const cells = grid.rows[r - grid.originRow];
    if (!cells || cells.length === 0 || data.holds(cells)) continue;
    if (merged[r - start] === 0 && !naming.mayNameThreeRoles(r, end)) continue;
    const layout = headerAt(grid, r, context, endColOfRows(grid, r, r + 2));
    if (layout && score(layout) >= MIN_TABLE_SCORE) return layout;
  }
  return undefined;
}

/** A number other than a year, or an amount typed as text ("Rp. 1.500.000"): a data row, never a header. */
function isDataNumber(v: CellValue | undefined): boolean {
  if (typeof v === 'number') return !isYearLike(v);
  return typeof v === 'string' && isTypedAmount(v);
}

/**
 * Whether a row holds a data number, asked of the rows in order: the index where the last such row held one is
 * read first, since data rows alike hold their numbers in the same columns.
 */
class DataNumberRows {
  private lastAt = 0;

  holds(cells: (Cell | undefined)[]): boolean {
    if (isDataNumber(cells[this.lastAt]?.value)) return true;
    for (let i = 0; i < cells.length; i++) {
      if (isDataNumber(cells[i]?.value)) {
        this.lastAt = i;
        return true;
      }
    }
    return false;
  }
}

/** Which rows from `start` to `end` (exclusive) a merge covers: their header cells may show text from another row. */
function rowsUnderMerges(grid: Grid, start: number, end: number): Uint8Array {
  const merged = new Uint8Array(Math.max(0, end - start));
  for (const m of grid.merges) {
    for (let r = Math.max(m.top - 2, start); r <= m.bottom && r < end; r++) merged[r - start] = 1;
  }
  return merged;
}

/**
 * The columns (0-based sheet columns) of rows r to r + 2 whose text may name a role (vocabulary mayNameRole), each
 * row read once while the rows are passed in order: a ring of the last three rows' lists.
 */
class NamingColumns {
  private readonly rows = [-1, -1, -1];
  private readonly lists: number[][] = [[], [], []];

  constructor(private readonly grid: Grid) {}

  /** Row r's columns: the list is reused once the walk is three rows further on. */
  of(r: number): number[] {
    const slot = r % 3;
    const list = this.lists[slot];
    if (this.rows[slot] === r) return list;
    this.rows[slot] = r;
    list.length = 0;
    const { grid } = this;
    const cells = grid.rows[r - grid.originRow];
    if (!cells) return list;
    for (let i = 0; i < cells.length; i++) {
      // The text as typed: collapsing its spaces (headerTextOf) changes neither its first word nor a "fisik" in it,
      // and a year (the one number a header keeps) names no role.
      const v = cells[i]?.value;
      if (typeof v === 'string' && mayNameRole(v)) list.push(grid.originCol + i);
    }
    return list;
  }

  /**
   * A header read over rows r to r + 2 (no merge among them) names a role only in a column where one of their texts
   * may name one (every reading starts with a part's text): fewer than three such columns cannot start a table.
   */
  mayNameThreeRoles(r: number, endRow: number): boolean {
    const end = Math.min(r + 3, endRow);
    let count = 0;
    for (let k = r; k < end; k++) count += this.of(k).length;
    if (count < MIN_TABLE_SCORE) return false;
    // Columns counted once: a column named in an earlier row of the three is not counted again (each list is ascending, without repeats).
    let distinct = 0;
    for (let k = r; k < end; k++) {
      for (const c of this.of(k)) {
        let seen = false;
        for (let j = r; j < k && !seen; j++) seen = this.of(j).includes(c);
        if (!seen) distinct++;
      }
    }
    return distinct >= MIN_TABLE_SCORE;
  }
}
