/**
 * Helpers for the checks-* layout cases (issue 7's checks): the Dinas budget of layout-kit.ts laid out as a
 * Tabel 3.1 under a three-row title block, so data starts on sheet row 5 (DINAS_BUDGET[i] on row 5 + i).
 */
import type { ExampleSheet, ExampleValue, Row } from '../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf, type BudgetLine } from './layout-kit';

export const FIRST_ROW = 5;
/** Sheet row of a budget line by its code. */
export function rowOf(code: string): number {
  const i = DINAS_BUDGET.findIndex((l) => l.code === code);
  if (i < 0) throw new Error(code);
  return FIRST_ROW + i;
}
export const TOTAL_ROW = FIRST_ROW + DINAS_BUDGET.length;

/** A Tabel 3.1 sheet: title, one header row, a row per budget line made by `cells`, then JUMLAH. */
export function tabel31(
  name: string,
  title: string,
  header: string[],
  cells: (line: BudgetLine, row: number) => ExampleValue[],
  total: ExampleValue[],
): ExampleSheet {
  const rows: Row[] = DINAS_BUDGET.map((line, i) => [line.code, line.uraian, ...cells(line, FIRST_ROW + i)]);
  rows.push(['', 'JUMLAH', ...total]);
  return {
    name,
    title: [['TABEL 3.1 REALISASI ANGGARAN'], [title], []],
    header: [header],
    rows,
    amountColumns: [2, 3, 4, 5, 6, 7],
    widths: [20, 50, 16, 16, 16, 16, 16, 16],
  };
}

export { DINAS_BUDGET, DINAS_TOTAL, percentOf };
