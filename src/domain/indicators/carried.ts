/**
 * The published PK table's own columns that Lapkin does not compute but the report prints (kondisi awal, the targets
 * of earlier years, the year's target beside a quarter's): carried over as the planner wrote them, so the generated
 * sheet can replace the table in the report as it is. And the quarter a target column names, which the quarterly
 * report is scored against.
 */
import { cellAt, columnIndex, type Cell, type Grid } from '../grid/grid';
import { quarterOfHeader } from '../mapping/column-choice';
import type { ColumnMapping, SheetMapping } from '../mapping/types';
import { isPercentFormat } from '../parse/cell';
import { showNumber } from './text';

/** An 'ignore' column worth carrying: one naming a target, a kondisi awal or a year. */
const CARRIED_HEADER = /target|kondisi|awal|baseline|\b(19|20)\d\d\b/i;

/** Columns carried over, left to right, each with its header's last line ("TARGET / KONDISI AWAL 2023" → "KONDISI AWAL 2023"). */
export function carriedColumns(sheet: SheetMapping): { header: string; column: string }[] {
  const realisasi = sheet.columns.find((c) => c.role === 'realisasi');
  const limit = realisasi ? columnIndex(realisasi.column) : Infinity;
  const carried = (c: ColumnMapping): boolean =>
    c.role === 'kondisiAwal' || c.role === 'targetTahunan' || (c.role === 'ignore' && CARRIED_HEADER.test(c.header ?? ''));
  return sheet.columns
    .filter((c) => carried(c) && columnIndex(c.column) < limit)
    .sort((a, b) => columnIndex(a.column) - columnIndex(b.column))
    .map((c) => ({ header: lastLine(c.header ?? c.column), column: c.column }));
}

function lastLine(header: string): string {
  const parts = header.split('/').map((p) => p.trim()).filter(Boolean);
  return parts[parts.length - 1] ?? header;
}

/** The quarter the target column names ("Target TW II" → 2), undefined for the year's target. */
export function targetQuarterOf(sheet: SheetMapping): 1 | 2 | 3 | 4 | undefined {
  const target = sheet.columns.find((c) => c.role === 'target');
  const q = target?.header ? quarterOfHeader(target.header) : undefined;
  return q === 1 || q === 2 || q === 3 || q === 4 ? q : undefined;
}

/** A cell as the report shows it: the host's text where known, else the value the Indonesian way. */
export function shownText(cell: Cell | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return '';
  if (cell.text !== undefined && cell.text.trim() !== '') return cell.text.trim();
  if (typeof cell.value === 'number') return isPercentFormat(cell.numberFormat) ? `${showNumber(cell.value * 100, 'id')}%` : showNumber(cell.value, 'id');
  return String(cell.value).trim();
}

/** Row `row` (1-based)'s carried texts, in the order of `columns`. */
export function carriedTexts(grid: Grid, row: number, columns: { column: string }[]): string[] {
  return columns.map((c) => shownText(cellAt(grid, row - 1, columnIndex(c.column))));
}
