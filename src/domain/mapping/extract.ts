/** The data rows of a mapped sheet, cell by cell, as the model builders read them. */
import { a1, cellAt, columnIndex, columnLetter, gridEndRow, type Grid, type MergeRange } from '../grid/grid';
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

/** The data rows of a mapped sheet, as the model builders see them. */
export function extractRows(grid: Grid, sheet: SheetMapping): MappedRow[] {
  if (sheet.kind === 'unknown' || sheet.columns.length === 0) return [];
  const columns = readColumns(sheet);
  const headerEnd = sheet.headerRow !== undefined ? sheet.headerRow - 1 + (sheet.headerRows ?? 1) : grid.originRow;
  const first = Math.max(sheet.firstDataRow !== undefined ? sheet.firstDataRow - 1 : headerEnd, grid.originRow);
  const last = Math.min(sheet.lastDataRow !== undefined ? sheet.lastDataRow - 1 : Infinity, gridEndRow(grid) - 1);

  // Per column, worked out once rather than per cell: a 100,000-row table has half a million cells.
  const roles = columns.map((c) => c.role);
  const offsets = columns.map((c) => c.col - grid.originCol);
  const letters = columns.map((c) => columnLetter(c.col));
  const mergeOf = mergeIndex(grid, columns.map((c) => c.col), first, last);

  const rows: MappedRow[] = [];
  for (let r = first; r <= last; r++) {
    const cellsOfRow = grid.rows[r - grid.originRow];
    // Blank separator rows go; so does a row that is blank but for a merge started above it.
    if (isBlankRow(cellsOfRow, offsets)) continue;
    const rowLabel = String(r + 1);
    const cells: MappedRow['cells'] = {};
    for (let i = 0; i < roles.length; i++) {
      // A merge that starts inside the data (a sasaran spanning its indicators, "JUMLAH" across kode and uraian)
      // shows its top-left value on every row it covers. Header merges never leak into the data.
      const m = mergeOf?.(i, r);
      const mapped: MappedCell =
        m && m.top >= first
          ? { cell: cellAt(grid, m.top, m.left), address: a1(m.top, m.left) }
          : { cell: cellsOfRow?.[offsets[i]], address: letters[i] + rowLabel };
      cells[roles[i]] = mapped;
    }
    rows.push({ row: r + 1, cells });
  }
  return rows;
}
