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
