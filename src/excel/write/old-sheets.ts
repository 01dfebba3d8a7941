/**
 * Which of Lapkin's earlier sheets still hold exactly the cells Lapkin wrote (their mark's fingerprint):
 * only those may be replaced; a sheet the planner has written in is kept. The cells are read like any
 * other (read-cells.ts): one sync for the used ranges' shapes, then formulas in requests sized by what the
 * first answer weighed, so an old 20,000-row report is checked in a sync or two under the 5 MB limit.
 */
import { FingerprintBuilder } from '../../domain/report/lapkin-mark';
import { readCells } from '../read-cells';
import type { CellSource } from '../read-cells';
import type { ReadPiece } from '../read-plan';
import type { LapkinMark } from './sheet-names';

/** A mark and the sheet (as the workbook spells its name) it refers to. */
export interface MarkedSheet {
  mark: LapkinMark;
  sheet: string;
}

const SHAPE = 'rowIndex,columnIndex,rowCount,columnCount';

/**
 * The names of the marks in `marked` whose sheet's cells match the fingerprint. Makes no sync when there is
 * nothing to check; otherwise the first sync also carries whatever the caller queued before calling.
 */
export async function unchangedMarks(context: Excel.RequestContext, marked: readonly MarkedSheet[], budget: number): Promise<Set<string>> {
  const unchanged = new Set<string>();
  if (marked.length === 0) return unchanged;
  const used = marked.map(({ sheet }) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // values only: formats Excel spreads past the data do not widen what is read
    const range = ws.getUsedRangeOrNullObject(true);
    range.load(SHAPE);
    return { ws, range };
  });
  await context.sync();

  const sources: CellSource[] = [];
  const regions: ReadPiece[] = [];
  const rows: unknown[][][] = marked.map(() => []);
  used.forEach(({ ws, range }, i) => {
    sources.push({ sheet: ws, top: range.isNullObject ? 0 : range.rowIndex, left: range.isNullObject ? 0 : range.columnIndex });
    if (!range.isNullObject) regions.push({ sheet: i, row: 0, rows: range.rowCount, col: 0, cols: range.columnCount });
  });
  await readCells(context, sources, regions, { properties: ['formulas'], budget }, (piece, block) => {
    (block.formulas ?? []).forEach((cells, r) => {
      const row = (rows[piece.sheet][piece.row + r] ??= []);
      cells.forEach((v, c) => (row[piece.col + c] = v));
    });
  });

  marked.forEach(({ mark }, i) => {
    // Fed row-major from the used range's top-left cell, as the fingerprint of the plan was made.
    const fp = new FingerprintBuilder();
    const { top, left } = sources[i];
    rows[i].forEach((row, r) => row.forEach((v, c) => fp.add(top + r, left + c, { value: v as string | number | boolean })));
    if (fp.digest() === mark.fingerprint) unchanged.add(mark.name);
  });
  return unchanged;
}
