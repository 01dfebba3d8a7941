/**
 * Step 1 of an analysis: the grids as Excel shows them once recalculated. Sheets Lapkin wrote itself
 * (a report copy's Temuan) are left out; a formula saved without a value gets one, and one saved with a
 * stale value is named (formula-stale) and read with the recomputed value.
 */
import type { Finding } from '../findings';
import { evaluateWorkbookFormulas } from '../formula/grid-formulas';
import type { Grid } from '../grid/grid';
import { formulaStaleFindings } from '../rules/formula-stale';
import type { Lang } from '../settings';

export interface ReadGrids {
  /** The planner's sheets, formulas worked out. */
  grids: Grid[];
  /** Sheets holding at least one formula (formula-range looks at these only). */
  formulaSheets: ReadonlySet<string>;
  findings: Finding[];
}

export function readGrids(grids: Grid[], lang: Lang): ReadGrids {
  const evaluated = evaluateWorkbookFormulas(grids.filter((g) => !g.generatedBy));
  return { grids: evaluated.grids, formulaSheets: evaluated.formulaSheets, findings: formulaStaleFindings(evaluated.stale, lang) };
}
