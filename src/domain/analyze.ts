/**
 * The core's facade: grids in, analysis out. Every face (CLI, task pane, ribbon command) calls this
 * and `buildReportPlans` (report/build-report.ts) and nothing deeper.
 */
import type { Analysis } from './analysis';
import type { Grid } from './grid/grid';
import type { WorkbookMapping } from './mapping/types';
import type { Settings } from './settings';

export interface AnalyzeOptions {
  settings?: Partial<Settings>;
  /** A mapping the planner edited or saved; sheets it lists override detection. */
  mapping?: WorkbookMapping;
}

export function analyzeWorkbook(_grids: Grid[], _options: AnalyzeOptions = {}): Analysis {
  // Wired together once the mapping, budget, indicator and activity modules land.
  throw new Error('analyzeWorkbook belum tersedia');
}
