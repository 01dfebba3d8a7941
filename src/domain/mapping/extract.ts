/** The data rows of a mapped sheet, cell by cell, as the model builders read them. */
import { a1, cellAt, columnIndex, gridEndRow, type Grid } from '../grid/grid';
import type { ColumnRole, MappedCell, MappedRow, SheetMapping } from './types';
import { mergeAt } from './header';
import { isBlankCell } from './text';

/**
 * A merge that starts inside the data (a sasaran spanning its indicators, "JUMLAH" across kode and uraian)
 * shows its top-left value on every row it covers. Header merges never leak into the data.
 */
function mappedCell(grid: Grid, row: number, col: number, firstDataRow: number): MappedCell {
  const m = mergeAt(grid, row, col);
  if (m && m.top >= firstDataRow) return { cell: cellAt(grid, m.top, m.left), address: a1(m.top, m.left) };
  return { cell: cellAt(grid, row, col), address: a1(row, col) };
}

/** The data rows of a mapped sheet, as the model builders see them. */
export function extractRows(grid: Grid, sheet: SheetMapping): MappedRow[] {
  if (sheet.kind === 'unknown' || sheet.columns.length === 0) return [];
  // The first column of a role wins; ignored columns are not read.
  const roleColumns = new Map<ColumnRole, number>();
  for (const c of sheet.columns) {
    if (c.role !== 'ignore' && !roleColumns.has(c.role)) roleColumns.set(c.role, columnIndex(c.column));
  }
  const headerEnd = sheet.headerRow !== undefined ? sheet.headerRow - 1 + (sheet.headerRows ?? 1) : grid.originRow;
  const first = Math.max(sheet.firstDataRow !== undefined ? sheet.firstDataRow - 1 : headerEnd, grid.originRow);
  const last = Math.min(sheet.lastDataRow !== undefined ? sheet.lastDataRow - 1 : Infinity, gridEndRow(grid) - 1);

  const rows: MappedRow[] = [];
  for (let r = first; r <= last; r++) {
    // Blank separator rows go; so does a row that is blank but for a merge started above it.
    if ([...roleColumns.values()].every((c) => isBlankCell(cellAt(grid, r, c)))) continue;
    const cells: MappedRow['cells'] = {};
    for (const [role, col] of roleColumns) cells[role] = mappedCell(grid, r, col, first);
    rows.push({ row: r + 1, cells });
  }
  return rows;
}
