/**
 * The core's facade: grids in, analysis out. Every face (CLI, task pane, ribbon command) calls this
 * and `buildReportPlans` (report/build-report.ts) and nothing deeper.
 */
import { checkActivities } from './activities/check';
import { buildActivityTable } from './activities/build';
import type { Analysis } from './analysis';
import { buildBudgetTableFromGrid } from './budget/build';
import { recalculate } from './budget/recalculate';
import { settleBudgets } from './budget/settle';
import { LapkinError } from './errors';
import type { Finding } from './findings';
import { columnIndex, type Grid } from './grid/grid';
import { readA1 } from './parse/a1';
import { buildIndicatorTable } from './indicators/build';
import { detectMapping } from './mapping/detect';
import { headerWarnings } from './mapping/warnings';
import { extractRows } from './mapping/extract';
import { mergeMappings } from './mapping/mapping-json';
import type { WorkbookMapping } from './mapping/types';
import type { ActivityTable, IndicatorResult, IndicatorTable, RecomputedTable } from './model';
import { checkBudget } from './rules/budget/check';
import { checkCrossTables } from './rules/budget/cross-table';
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

  // Budget tables are checked once all are read: the settlement weighs every table's evidence.
  const budgetFindings: Finding[][] = [];
  for (const grid of input) {
    const sheet = mapping.sheets.find((s) => s.sheet === grid.name);
    if (!sheet || sheet.kind === 'unknown') continue;
    if (sheet.kind === 'tabel-3.1' || sheet.kind === 'detail') {
      // Straight off the grid: a Tabel 3.1 may have a hundred thousand rows, and MappedRow objects for
      // each of them would only be read once.
      const built = buildBudgetTableFromGrid(grid, sheet, lang);
      const recomputed = recalculate(built.table);
      budgetFindings.push(built.findings);
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
  const settlement = settleBudgets(budgets, settings.dpa ?? [], lang);
  append(findings, ...budgetFindings);
  for (const recomputed of budgets) append(findings, checkBudget(recomputed, settings, settlement));
  append(findings, checkCrossTables(budgets, settings));
  for (const w of headerWarnings(input, mapping)) {
    findings.push({ rule: 'header-mismatch', severity: 'info', sheet: w.sheet, cell: w.cell, message: w.message[lang] });
  }

  return {
    mapping,
    period,
    settings: { ...settings, period },
    sheets: input.map((g) => ({ name: g.name, kind: mapping.sheets.find((s) => s.sheet === g.name)?.kind ?? 'unknown' })),
    budgets,
    settlement,
    indicators,
    activities,
    findings: sortFindings(dedupeFindings(findings), input),
  };
}

/** push(...list) passes every finding as an argument and overflows the stack past ~125,000 of them. */
function append(into: Finding[], ...lists: Finding[][]): void {
  for (const list of lists) for (const f of list) into.push(f);
}

/** The same cell can be read by two builders (a value shared by two roles); one finding per rule and cell is enough. */
function dedupeFindings(findings: Finding[]): Finding[] {
  // Cells grouped by sheet and rule rather than a joined key per finding: no new string for each of what
  // may be a hundred thousand findings.
  const seen = new Map<string, Map<string, Set<string>>>();
  return findings.filter((f) => {
    let byRule = seen.get(f.sheet);
    if (!byRule) seen.set(f.sheet, (byRule = new Map()));
    let cells = byRule.get(f.rule);
    if (!cells) byRule.set(f.rule, (cells = new Set()));
    const before = cells.size;
    cells.add(f.cell);
    return cells.size > before;
  });
}

/** Sheet order, then row, then column, so the list reads like the workbook. */
function sortFindings(findings: Finding[], grids: Grid[]): Finding[] {
  const sheetOrder = new Map(grids.map((g, i) => [g.name, i]));
  // Positions in flat arrays, worked out once per finding: a large sheet may have a finding per row.
  const sheets = new Float64Array(findings.length);
  const rows = new Float64Array(findings.length);
  const cols = new Float64Array(findings.length);
  findings.forEach((f, i) => {
    sheets[i] = sheetOrder.get(f.sheet) ?? Infinity;
    if (readA1(f.cell, i, rows, cols)) {
      cols[i] -= 1; // columnIndex is 0-based
      return;
    }
    const m = /^([A-Z]+)(\d+)$/.exec(f.cell);
    rows[i] = m ? Number(m[2]) : 0;
    cols[i] = m ? columnIndex(m[1]) : 0;
  });
  // Two sheets the grids do not list compare as NaN, which falls through to the row: as before.
  return findings
    .map((_, i) => i)
    .sort((a, b) => sheets[a] - sheets[b] || rows[a] - rows[b] || cols[a] - cols[b] || a - b)
    .map((i) => findings[i]);
}
