/**
 * The core functions the pane calls, passed in as a prop so tests can hand in fakes
 * and the pane never reaches past the facade. Either may answer later (the page runs them in a Web Worker).
 */
import type { Analysis } from '../domain/analysis';
import type { AnalyzeOptions } from '../domain/analyze';
import type { Grid } from '../domain/grid/grid';
import type { SheetPlan } from '../domain/report/sheet-plan';

export interface PaneCore {
  analyzeWorkbook(grids: Grid[], options: AnalyzeOptions): Analysis | Promise<Analysis>;
  buildReportPlans(analysis: Analysis): SheetPlan[] | Promise<SheetPlan[]>;
}
