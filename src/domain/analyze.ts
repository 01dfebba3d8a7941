/**
 * The core's facade: grids in, analysis out. Every face (CLI, task pane, ribbon command) calls this
 * and `buildReportPlans` (report/build-report.ts) and nothing deeper. An analysis is five steps, each
 * in its own module under analysis-steps/, then the one order of findings (findings.ts).
 */
import type { Analysis } from './analysis';
import { checkBudgets } from './analysis-steps/check-budgets';
import { mapWorkbook } from './analysis-steps/map-workbook';
import { markHiddenRows } from './analysis-steps/hidden-rows';
import { mappingFindings } from './analysis-steps/mapping-findings';
import { readGrids } from './analysis-steps/read-grids';
import { readTables } from './analysis-steps/read-tables';
import { appendFindings, orderFindings, type Finding } from './findings';
import type { Grid } from './grid/grid';
import { sharingKodeViews } from './mapping/kode-view';
import type { WorkbookMapping } from './mapping/types';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface AnalyzeOptions {
  settings?: Partial<Settings>;
  /** A mapping the planner edited or saved; sheets it lists override detection. */
  mapping?: WorkbookMapping;
}

/** The mapping in force: detection, overridden by the planner's own where given. Throws LapkinError on a mapping that does not fit. */
export function resolveMapping(grids: Grid[], edited?: WorkbookMapping): WorkbookMapping {
  return mapWorkbook(grids, edited).mapping;
}

export function analyzeWorkbook(grids: Grid[], options: AnalyzeOptions = {}): Analysis {
  // Detection and the builder read a table through the same kode view (mapping/kode-view.ts), made once.
  return sharingKodeViews(() => analyze(grids, options));
}

function analyze(grids: Grid[], options: AnalyzeOptions): Analysis {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  // 1. The grids as Excel shows them once recalculated.
  const read = readGrids(grids, settings.lang);
  // 2. The mapping in force, and detection's notes.
  const { mapping, notes } = mapWorkbook(read.grids, options.mapping, options.settings?.period);
  const period = settings.period ?? mapping.period;
  // 3. Every table read, with the findings made where its cells are read.
  const tables = readTables(read, mapping, settings, period);
  // 4. The budget settled, then the budget rules.
  const checked = checkBudgets([...tables.codeTables, ...tables.detailTables], read.grids, mapping, settings);
  const { budgets } = checked;
  // 5. The mapping's own findings; then every finding in the one order.
  const findings: Finding[] = [];
  appendFindings(findings, read.findings, tables.findings, checked.findings, mappingFindings(read.grids, mapping, notes, settings.lang));

  return {
    mapping,
    period,
    settings: { ...settings, period },
    sheets: read.grids.map((g) => ({ name: g.name, kind: mapping.sheets.find((s) => s.sheet === g.name)?.kind ?? 'unknown' })),
    budgets,
    settlement: checked.settlement,
    indicators: tables.indicators,
    activities: tables.activities,
    // Sum findings on or over hidden rows say so (hidden rows are read and summed, as Excel does).
    findings: orderFindings(markHiddenRows(findings, read.grids, [...tables.codeTables, ...tables.detailTables], settings.lang), read.grids.map((g) => g.name)),
  };
}
