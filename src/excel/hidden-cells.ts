/**
 * Hidden rows and columns from a range's visible cells (Range.getSpecialCells('Visible'), ExcelApi 1.9): Excel
 * answers the visible cells as blocks, the visible rows times the visible columns, so a row or column of the
 * range that no block covers is hidden. Pure arithmetic over addresses: no office-js calls.
 */
import type { Grid, MergeRange } from '../domain/grid/grid';

/** The rows and columns of `range` (0-based sheet coordinates) that none of the `visible` blocks covers. */
export function hiddenOutside(range: MergeRange, visible: readonly MergeRange[]): Pick<Grid, 'hiddenCols' | 'hiddenRows'> {
  const out: Pick<Grid, 'hiddenCols' | 'hiddenRows'> = {};
  const cols = uncovered(range.left, range.right, visible.map((b) => [b.left, b.right]));
  const rows = uncovered(range.top, range.bottom, visible.map((b) => [b.top, b.bottom]));
  if (cols.length > 0) out.hiddenCols = cols;
  if (rows.length > 0) out.hiddenRows = rows;
  return out;
}

/** The indexes from `first` to `last` that no span covers, ascending. */
function uncovered(first: number, last: number, spans: [number, number][]): number[] {
  const sorted = spans.filter(([a, b]) => b >= first && a <= last).sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  let next = first;
  for (const [a, b] of sorted) {
    for (let i = next; i < Math.min(a, last + 1); i++) out.push(i);
    if (b + 1 > next) next = b + 1;
  }
  for (let i = next; i <= last; i++) out.push(i);
  return out;
}
