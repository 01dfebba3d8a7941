/**
 * Whether rows hold a table of figures: amounts, percentages or budget codes on at least three rows. A sheet
 * or table Lapkin could not map is worth a sheet-not-checked finding only then; a cover page, a narrative or
 * a list of names is left alone.
 */
import type { Grid } from '../grid/grid';
import { cellShape } from './content';

const MIN_ROWS = 3;
/** Enough rows to tell; a sheet of raw data is not walked to its end. */
const MAX_ROWS_READ = 5000;

export function holdsFigures(grid: Grid, first: number, last: number): boolean {
  let rows = 0;
  const end = Math.min(last, first + MAX_ROWS_READ);
  for (let r = Math.max(first, grid.originRow); r <= end; r++) {
    const cells = grid.rows[r - grid.originRow];
    if (!cells) continue;
    if (!cells.some((cell) => isFigure(cellShape(cell), cell?.value))) continue;
    if (++rows >= MIN_ROWS) return true;
  }
  return false;
}

function isFigure(shape: ReturnType<typeof cellShape>, value: unknown): boolean {
  if (shape === 'amount' || shape === 'percent' || shape === 'code') return true;
  // A small number counts unless it is a year in a title ("Tahun 2024") or a plain row number.
  return shape === 'small' && typeof value === 'number' && !Number.isInteger(value);
}
