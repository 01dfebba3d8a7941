/** Cases for the rules detection words (sheet-not-checked, column-choice, header-mismatch): a workbook analysed whole, one rule's findings kept. */
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Grid } from '../../src/domain/grid/grid';
import type { RuleName } from '../../src/domain/findings';
import type { Lang } from '../../src/domain/settings';
import { gridOf, rp, type CellSpec } from '../mapping/grid-builder';

/** [severity, sheet, cell, message] of each finding of `rule`. */
export function findingsOf(rule: RuleName, grids: Grid[], lang: Lang): [string, string, string, string][] {
  return analyzeWorkbook(grids, { settings: { lang } })
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.severity, f.sheet, f.cell, f.message]);
}

/** A Tabel 3.1 of TW I 2024 with these column headers and two programmes' rows under them. */
export function tabel31With(headers: string[], rows: CellSpec[][]): Grid {
  return gridOf('Tabel 3.1', [['Tabel 3.1 Realisasi Anggaran Triwulan I Tahun 2024'], headers, ...rows]);
}

export { rp };
