/**
 * Header detection: find the header row (anywhere in the first 30 rows, below any title block),
 * possibly spread over two rows with merged group cells, and read each column's role from it.
 */
import { a1, cellAt, gridEndCol, gridEndRow, type Cell, type Grid, type MergeRange } from '../grid/grid';
import type { ColumnRole } from './types';
import { headerTextOf } from './text';
import { readHeader } from './vocabulary';

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
}

export interface HeaderLayout {
  /** 0-based sheet row of the first header row. */
  top: number;
  /** 1 or 2. */
  rows: number;
  columns: HeaderColumn[];
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
  const reading =
    readHeader(leaf.text, reportYear) ??
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

/** Reads the header at a known place (0-based top row, 1 or 2 rows). */
export function readLayout(grid: Grid, top: number, span: number, reportYear: number | undefined): HeaderLayout {
  return readLayoutTo(grid, top, span, reportYear, endColOfRows(grid, top, top + span - 1));
}

/** readLayout up to a known end column: locateHeader reads up to 90 layouts over the same rows. */
function readLayoutTo(grid: Grid, top: number, span: number, reportYear: number | undefined, lastCol: number): HeaderLayout {
  const columns: HeaderColumn[] = [];
  for (let c = grid.originCol; c < lastCol; c++) {
    const column = readColumn(partsOf(grid, top, span, c), c, reportYear);
    if (column) columns.push(column);
  }
  // The first column of a role keeps it; a second one ("Target 2025" after "Target 2024") is ignored.
  const taken = new Set<ColumnRole>();
  for (const column of columns) {
    if (!column.role || column.role === 'ignore') continue;
    if (taken.has(column.role)) column.role = 'ignore';
    else taken.add(column.role);
  }
  return { top, rows: span, columns };
}

function score(layout: HeaderLayout): number {
  return new Set(layout.columns.map((c) => c.role).filter((r) => r && r !== 'ignore')).size;
}

/** The best header in the first rows, or undefined when no row names at least two roles. */
export function locateHeader(grid: Grid, reportYear?: number): HeaderLayout | undefined {
  const end = Math.min(gridEndRow(grid), grid.originRow + HEADER_SCAN_ROWS);
  // Rows up to `end` itself: a two-row header starting on the last scanned row reads the row below.
  const lastCol = endColOfRows(grid, grid.originRow, end);
  let best: HeaderLayout | undefined;
  let bestScore = 1;
  // Each row is judged and read alone twice: as the row below a possible two-row header, then as a header
  // top of its own. Both are pure reads of the same cells, so the second time takes the first's answer.
  let nextHeaderish: boolean | undefined;
  let nextLayout: HeaderLayout | undefined;
  for (let r = grid.originRow; r < end; r++) {
    const headerish = nextHeaderish ?? isHeaderish(grid, r, lastCol);
    const known = nextLayout;
    nextHeaderish = undefined;
    nextLayout = undefined;
    if (!headerish) continue;
    let layout = known ?? readLayoutTo(grid, r, 1, reportYear, lastCol);
    if (r + 1 < gridEndRow(grid) && (nextHeaderish = isHeaderish(grid, r + 1, lastCol))) {
      // Two rows must read better than either row alone (a "Tabel 3.1" line above a header adds nothing),
      // or as well when the first row groups columns ("TARGET" over three years).
      const two = readLayoutTo(grid, r, 2, reportYear, lastCol);
      nextLayout = readLayoutTo(grid, r + 1, 1, reportYear, lastCol);
      const alone = Math.max(score(layout), score(nextLayout));
      if (score(two) > alone || (score(two) === alone && hasGroupOver(grid, r, lastCol))) layout = two;
    }
    if (score(layout) > bestScore) {
      best = layout;
      bestScore = score(layout);
    }
  }
  return best;
}
