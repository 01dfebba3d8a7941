/** The data rows of a mapped sheet, cell by cell, as the model builders read them. */
import { a1, cellAt, columnIndex, columnLetter, gridEndRow, type Cell, type Grid, type MergeRange } from '../grid/grid';
import type { ColumnRole, MappedCell, MappedRow, SheetMapping } from './types';
import { isBlankRow } from './text';

/** The columns a mapping reads: the first column of each role wins; ignored columns are not read. */
function readColumns(sheet: SheetMapping): { role: ColumnRole; col: number }[] {
  const roleColumns = new Map<ColumnRole, number>();
  for (const c of sheet.columns) {
    if (c.role !== 'ignore' && !roleColumns.has(c.role)) roleColumns.set(c.role, columnIndex(c.column));
  }
  return [...roleColumns].map(([role, col]) => ({ role, col }));
}

/**
 * For each read column, the merge covering each row of [first, last]: the first in grid.merges order, as
 * mergeAt (header.ts) would find it. Built once, so a sheet with many merges is not searched per cell.
 * Undefined when no merge touches the read cells, the common case for a long Tabel 3.1.
 */
function mergeIndex(grid: Grid, cols: number[], first: number, last: number): ((i: number, row: number) => MergeRange | undefined) | undefined {
  const byColumn: (Int32Array | undefined)[] = cols.map(() => undefined);
  let any = false;
  // Later merges first, so an earlier one overwrites them where two overlap.
  for (let m = grid.merges.length - 1; m >= 0; m--) {
    const merge = grid.merges[m];
    const from = Math.max(merge.top, first);
    const to = Math.min(merge.bottom, last);
    if (from > to) continue;
    cols.forEach((col, i) => {
      if (col < merge.left || col > merge.right) return;
      const rows = byColumn[i] ?? (byColumn[i] = new Int32Array(last - first + 1).fill(-1));
      rows.fill(m, from - first, to - first + 1);
      any = true;
    });
  }
  if (!any) return undefined;
  return (i, row) => {
    const m = byColumn[i]?.[row - first] ?? -1;
    return m >= 0 ? grid.merges[m] : undefined;
  };
}

/**
 * One data row at a time, in place: the cell each read column shows on the loaded row (merges filled
 * down) and where that cell sits, with no object per row or per cell; extractRows, which hands rows
 * over as objects, reads through it too, so both see exactly the same cells. Slots are the read columns in mapping order.
 */
export class RowCursor {
  /** 0-based sheet rows of the data, inclusive (first > last when there are none). */
  readonly first: number;
  readonly last: number;
  readonly roles: readonly ColumnRole[];
  /** 1-based Excel row of the loaded row. */
  row = 0;
  private readonly cells: (Cell | undefined)[];
  /** 0-based sheet coordinates of the cell each slot shows (a merge's top-left for merged cells). */
  private readonly fromRow: Int32Array;
  private readonly fromCol: Int32Array;
  private readonly cols: number[];
  private readonly offsets: number[];
  private readonly mergeOf: ((i: number, row: number) => MergeRange | undefined) | undefined;

  constructor(
    private readonly grid: Grid,
    sheet: SheetMapping,
  ) {
    const columns = sheet.kind === 'unknown' ? [] : readColumns(sheet);
    const headerEnd = sheet.headerRow !== undefined ? sheet.headerRow - 1 + (sheet.headerRows ?? 1) : grid.originRow;
    this.first = Math.max(sheet.firstDataRow !== undefined ? sheet.firstDataRow - 1 : headerEnd, grid.originRow);
    this.last = columns.length === 0 ? -1 : Math.min(sheet.lastDataRow !== undefined ? sheet.lastDataRow - 1 : Infinity, gridEndRow(grid) - 1);
    // Per column, worked out once.
    this.roles = columns.map((c) => c.role);
    this.cols = columns.map((c) => c.col);
    this.offsets = columns.map((c) => c.col - grid.originCol);
    this.cells = columns.map(() => undefined);
    this.fromRow = new Int32Array(columns.length);
    this.fromCol = new Int32Array(columns.length);
    this.mergeOf = this.last >= this.first ? mergeIndex(grid, this.cols, this.first, this.last) : undefined;
  }

  /** True when no merge touches the read cells: each slot then shows its own cell on the row (see readRow). */
  get mergeFree(): boolean {
    return this.mergeOf === undefined;
  }

  /**
   * The row array of sheet row `r` (0-based) when it is a data row, for a merge-free cursor: slot i's cell
   * is then `cells[offsetOf(i)]`. Undefined for a blank row, which load() would refuse too. Nothing is copied.
   */
  readRow(r: number): (Cell | undefined)[] | undefined {
    const cellsOfRow = this.grid.rows[r - this.grid.originRow];
    return isBlankRow(cellsOfRow, this.offsets) ? undefined : cellsOfRow;
  }

  /** Index into a row array of the cell slot `i` reads. */
  offsetOf(i: number): number {
    return this.offsets[i];
  }

  /** The slot reading `role`, -1 when the mapping has no such column. */
  slotOf(role: ColumnRole): number {
    return this.roles.indexOf(role);
  }

  /**
   * Loads sheet row `r` (0-based). False for a blank separator row, and for a row that is blank but for
   * a merge started above it: those are not data rows.
   */
  load(r: number): boolean {
    const cellsOfRow = this.grid.rows[r - this.grid.originRow];
    if (isBlankRow(cellsOfRow, this.offsets)) return false;
    this.row = r + 1;
    for (let i = 0; i < this.cols.length; i++) {
      // A merge that starts inside the data (a sasaran spanning its indicators, "JUMLAH" across kode and uraian)
      // shows its top-left value on every row it covers. Header merges never leak into the data.
      const m = this.mergeOf?.(i, r);
      if (m && m.top >= this.first) {
        this.cells[i] = cellAt(this.grid, m.top, m.left);
        this.fromRow[i] = m.top;
        this.fromCol[i] = m.left;
      } else {
        this.cells[i] = cellsOfRow?.[this.offsets[i]];
        this.fromRow[i] = r;
        this.fromCol[i] = this.cols[i];
      }
    }
    return true;
  }

  /** The cell slot `i` shows on the loaded row; undefined for an empty cell or slot -1. */
  cell(i: number): Cell | undefined {
    return i < 0 ? undefined : this.cells[i];
  }

  /** 0-based sheet column slot `i` reads. */
  columnOf(i: number): number {
    return this.cols[i];
  }

  /** 0-based sheet row and column of the cell slot `i` shows (for addresses made only when needed). */
  sourceRow(i: number): number {
    return this.fromRow[i];
  }

  sourceCol(i: number): number {
    return this.fromCol[i];
  }
}

/** The data rows of a mapped sheet, as the model builders see them. */
export function extractRows(grid: Grid, sheet: SheetMapping): MappedRow[] {
  if (sheet.kind === 'unknown' || sheet.columns.length === 0) return [];
  const cursor = new RowCursor(grid, sheet);
  const { roles } = cursor;
  const letters = roles.map((_, i) => columnLetter(cursor.columnOf(i)));
  const rows: MappedRow[] = [];
  for (let r = cursor.first; r <= cursor.last; r++) {
    if (!cursor.load(r)) continue;
    const rowLabel = String(r + 1);
    const cells: MappedRow['cells'] = {};
    for (let i = 0; i < roles.length; i++) {
      const fromRow = cursor.sourceRow(i);
      const fromCol = cursor.sourceCol(i);
      const own = fromRow === r && fromCol === cursor.columnOf(i);
      const mapped: MappedCell = { cell: cursor.cell(i), address: own ? letters[i] + rowLabel : a1(fromRow, fromCol) };
      cells[roles[i]] = mapped;
    }
    rows.push({ row: r + 1, cells });
  }
  return rows;
}
