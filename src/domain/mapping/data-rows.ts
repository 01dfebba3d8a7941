/** Where a table's data starts and ends below its header. */
import { cellAt, gridEndRow, type Grid } from '../grid/grid';
import type { HeaderColumn } from './header';
import { isBlankCell } from './text';

function columnNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 100 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\(?\s*(\d{1,2})\s*\)?\.?$/.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}

/** The row of column numbers under a header: "1 2 3 4 …" or "(1) (2) …", increasing from 1. */
export function isColumnNumberRow(grid: Grid, row: number, columns: HeaderColumn[]): boolean {
  const numbers: number[] = [];
  for (const column of columns) {
    const cell = cellAt(grid, row, column.col);
    if (isBlankCell(cell)) continue;
    const n = columnNumber(cell?.value);
    if (n === undefined) return false;
    numbers.push(n);
  }
  return numbers.length >= 2 && numbers[0] === 1 && numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
}

/** 0-based first data row: after the header rows and a column-number row. */
export function firstDataRowOf(grid: Grid, headerTop: number, headerRows: number, columns: HeaderColumn[]): number {
  const afterHeader = headerTop + headerRows;
  return isColumnNumberRow(grid, afterHeader, columns) ? afterHeader + 1 : afterHeader;
}

/** 0-based last row with anything in the table's columns; below `from` when the table is empty. */
export function lastDataRowOf(grid: Grid, from: number, columns: HeaderColumn[]): number {
  for (let r = gridEndRow(grid) - 1; r >= from; r--) {
    if (columns.some((c) => !isBlankCell(cellAt(grid, r, c.col)))) return r;
  }
  return from - 1;
}

/**
 * 0-based last data row of a table whose rows may end at `limit` (the row above the next table's header).
 * Below a table followed by another, the blank rows and the next table's title lines ("Tabel 3.8 …", a single
 * text cell) belong to neither table's data.
 */
export function lastDataRowIn(grid: Grid, from: number, limit: number, columns: HeaderColumn[], anotherBelow: boolean): number {
  const end = Math.min(limit, gridEndRow(grid) - 1);
  for (let r = end; r >= from; r--) {
    let filled = 0;
    let text = true;
    for (const c of columns) {
      const cell = cellAt(grid, r, c.col);
      if (isBlankCell(cell)) continue;
      filled++;
      if (typeof cell?.value !== 'string') text = false;
    }
    if (filled === 0) continue;
    if (anotherBelow && filled === 1 && text) continue;
    return r;
  }
  return from - 1;
}
