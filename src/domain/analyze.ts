/**
 * The core's facade: grids in, analysis out. Every face (CLI, task pane, ribbon command) calls this
 * and `buildReportPlans` (report/build-report.ts) and nothing deeper.
 */
import { checkActivities } from './activities/check';
import { buildActivityTable } from './activities/build';
import type { Analysis } from './analysis';
import { buildBudgetTableFromGrid } from './budget/build';
import { recalculate } from './budget/recalculate';
import { LapkinError } from './errors';
import { orderFindings, type Finding } from './findings';
import type { Grid } from './grid/grid';
import { buildIndicatorTable } from './indicators/build';
import { detectMapping } from './mapping/detect';
import { headerWarnings } from './mapping/warnings';
import { extractRows } from './mapping/extract';
import { mergeMappings } from './mapping/mapping-json';
import type { WorkbookMapping } from './mapping/types';
import type { ActivityTable, IndicatorResult, IndicatorTable, RecomputedTable } from './model';
import { checkBudget, checkBudgetTables } from './rules/budget/check';
import { headerMismatchFinding } from './rules/header-mismatch';
import { checkIndicators } from './rules/indicators/check';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface AnalyzeOptions {
  settings?: Partial<Settings>;
  /** A mapping the planner edited or saved; sheets it lists override detection. */
  mapping?: WorkbookMapping;
}

/** The mapping in force: detection, overridden by the planner's own where given. Throws LapkinError on a mapping that does not fit. */
export function resolveMapping(grids: Grid[], edited?: WorkbookMapping): WorkbookMapping {
  const detected = detectMapping(grids);
  if (!edited) return detected;
  const { mapping, errors } = mergeMappings(detected, edited);
  if (errors.length > 0) throw new LapkinError(errors[0]);
  return mapping;
}

export function analyzeWorkbook(grids: Grid[], options: AnalyzeOptions = {}): Analysis {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const input = grids.filter((g) => !g.generatedBy);
  const mapping = resolveMapping(input, options.mapping);
  const period = settings.period ?? mapping.period;
  const { lang } = settings;

  const findings: Finding[] = [];
  const codeTables: RecomputedTable[] = [];
  const detailTables: RecomputedTable[] = [];
  const indicators: { table: IndicatorTable; results: IndicatorResult[] }[] = [];
  const activities: ActivityTable[] = [];

  for (const grid of input) {
    const sheet = mapping.sheets.find((s) => s.sheet === grid.name);
    if (!sheet || sheet.kind === 'unknown') continue;
    if (sheet.kind === 'tabel-3.1' || sheet.kind === 'detail') {
      // Straight off the grid: a Tabel 3.1 may have a hundred thousand rows, and MappedRow objects for
      // each of them would only be read once.
      const built = buildBudgetTableFromGrid(grid, sheet, lang);
      const recomputed = recalculate(built.table);
      append(findings, built.findings, checkBudget(recomputed, settings));
      (sheet.kind === 'tabel-3.1' ? codeTables : detailTables).push(recomputed);
      continue;
    }
    const rows = extractRows(grid, sheet);
    if (sheet.kind === 'capaian-pk') {
      const built = buildIndicatorTable(sheet, rows, lang);
      const checked = checkIndicators(built.table, settings);
      append(findings, built.findings, checked.findings);
      indicators.push({ table: built.table, results: checked.results });
    } else if (sheet.kind === 'kegiatan') {
      const table = buildActivityTable(sheet, rows, period?.year);
      append(findings, checkActivities(table, rows, period, lang));
      activities.push(table);
    }
  }
  const budgets = [...codeTables, ...detailTables];
  append(findings, checkBudgetTables(budgets, settings));
  for (const w of headerWarnings(input, mapping)) findings.push(headerMismatchFinding(w, lang));

  return {
    mapping,
    period,
    settings: { ...settings, period },
    sheets: input.map((g) => ({ name: g.name, kind: mapping.sheets.find((s) => s.sheet === g.name)?.kind ?? 'unknown' })),
    budgets,
    indicators,
    activities,
    findings: orderFindings(findings, input.map((g) => g.name)),
  };
}

/** push(...list) passes every finding as an argument and overflows the stack past ~125,000 of them. */
function append(into: Finding[], ...lists: Finding[][]): void {
  for (const list of lists) for (const f of list) into.push(f);
}
