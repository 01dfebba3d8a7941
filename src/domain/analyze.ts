/**
 * The core's facade: grids in, analysis out. Every face (CLI, task pane, ribbon command) calls this
 * and `buildReportPlans` (report/build-report.ts) and nothing deeper.
 */
import { checkActivities } from './activities/check';
import { buildActivityTable } from './activities/build';
import type { Analysis } from './analysis';
import { buildBudgetTableFromGrid } from './budget/build';
import { recalculate } from './budget/recalculate';
import { dpaInGrids, isDpaTable, pkBudgetInGrids, settleBudgets } from './budget/settle';
import { LapkinError } from './errors';
import { orderFindings, type Finding } from './findings';
import type { Grid } from './grid/grid';
import { buildIndicatorTable } from './indicators/build';
import { detectWorkbook } from './mapping/detect';
import { kodeView } from './mapping/kode-view';
import { grandTotalFindings, type BlockSums } from './mapping/blocks';
import type { MappingNote } from './mapping/notes';
import { headerWarnings } from './mapping/warnings';
import { extractRows } from './mapping/extract';
import { mergeMappings } from './mapping/mapping-json';
import type { WorkbookMapping } from './mapping/types';
import type { ActivityTable, IndicatorResult, IndicatorTable, RecomputedTable } from './model';
import { checkBudget, checkBudgetTables } from './rules/budget/check';
import { headerMismatchFinding } from './rules/header-mismatch';
import { mappingNoteFinding } from './rules/column-choice';
import { checkIndicators } from './rules/indicators/check';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { evaluateWorkbookFormulas } from './formula/grid-formulas';
import { formulaStaleFindings } from './rules/formula/formula-stale';
import { formulaRangeFindings } from './rules/formula/formula-range';
import { besideColumnFindings } from './rules/budget/beside-columns';
import { statedFigureFindings } from './rules/budget/settled-sums';
import { indicatorKategoriFindings } from './rules/kategori-mismatch';
import { dateOrderFindings } from './activities/date-order';

export interface AnalyzeOptions {
  settings?: Partial<Settings>;
  /** A mapping the planner edited or saved; sheets it lists override detection. */
  mapping?: WorkbookMapping;
}

/** The mapping in force: detection, overridden by the planner's own where given. Throws LapkinError on a mapping that does not fit. */
export function resolveMapping(grids: Grid[], edited?: WorkbookMapping): WorkbookMapping {
  return resolveMappingWithNotes(grids, edited).mapping;
}

/** resolveMapping with detection's notes on the sheets the planner did not map by hand. */
function resolveMappingWithNotes(grids: Grid[], edited?: WorkbookMapping, period?: Settings['period']): { mapping: WorkbookMapping; notes: MappingNote[] } {
  const detected = detectWorkbook(grids, period);
  if (!edited) return detected;
  const { mapping, errors } = mergeMappings(detected.mapping, edited);
  if (errors.length > 0) throw new LapkinError(errors[0]);
  const byHand = new Set(mapping.sheets.filter((s) => !detected.mapping.sheets.includes(s)).map((s) => s.sheet));
  return { mapping, notes: detected.notes.filter((n) => !byHand.has(n.sheet)) };
}

export function analyzeWorkbook(grids: Grid[], options: AnalyzeOptions = {}): Analysis {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  // Formulas saved without a value, or with a stale one, read as Excel shows them once recalculated.
  const evaluated = evaluateWorkbookFormulas(grids.filter((g) => !g.generatedBy));
  const input = evaluated.grids;
  const { mapping, notes } = resolveMappingWithNotes(input, options.mapping, options.settings?.period);
  const period = settings.period ?? mapping.period;
  const { lang } = settings;

  const findings: Finding[] = formulaStaleFindings(evaluated.stale, lang);
  const codeTables: RecomputedTable[] = [];
  const detailTables: RecomputedTable[] = [];
  const indicators: { table: IndicatorTable; results: IndicatorResult[] }[] = [];
  const activities: ActivityTable[] = [];

  // A sheet may hold several tables (one mapping each, on rows apart). Budget tables are checked once all
  // are read: the settlement weighs every table's evidence.
  for (const grid of input) {
    const blockSums: BlockSums[] = [];
    const tables = mapping.sheets.filter((s) => s.sheet === grid.name);
    for (const sheet of tables) {
      if (sheet.kind === 'unknown') continue;
      if (sheet.kind === 'tabel-3.1' || sheet.kind === 'detail') {
        // Straight off the grid: a Tabel 3.1 may have a hundred thousand rows, and MappedRow objects for
        // each of them would only be read once. A split kode is read joined (kode-view.ts).
        const view = kodeView(grid, sheet);
        const built = buildBudgetTableFromGrid(view.grid, view.sheet, lang);
        const recomputed = recalculate(built.table);
        append(findings, built.findings);
        if (evaluated.formulaSheets.has(grid.name)) append(findings, formulaRangeFindings(built.table, lang));
        append(findings, besideColumnFindings(recomputed, view.grid, view.sheet, settings, period));
        (sheet.kind === 'tabel-3.1' ? codeTables : detailTables).push(recomputed);
        // Per-unit blocks: the grand total under them against the blocks' sums.
        blockSums.push(recomputed.total);
        if (sheet.grandTotalRow !== undefined) append(findings, grandTotalFindings(view.grid, tables, blockSums, lang));
        continue;
      }
      const rows = extractRows(grid, sheet);
      if (sheet.kind === 'capaian-pk') {
        const built = buildIndicatorTable(sheet, rows, lang, grid);
        const checked = checkIndicators(built.table, settings);
        append(findings, built.findings, checked.findings, indicatorKategoriFindings(sheet.sheet, checked.results, rows, settings));
        indicators.push({ table: built.table, results: checked.results });
      } else if (sheet.kind === 'kegiatan') {
        const table = buildActivityTable(sheet, rows, period?.year);
        append(findings, checkActivities(table, rows, period, lang), dateOrderFindings(table, grid, sheet, period, lang));
        activities.push(table);
      }
    }
  }
  // A table that is the DPA itself (the mapping or its title names it) gives figures, not rows to check or report.
  const read = [...codeTables, ...detailTables];
  const budgets = read.filter((b) => !isDpaTable(b));
  // DPA and Perjanjian Kinerja figures the workbook states outside its budget tables weigh in too.
  const stated = { dpa: dpaInGrids(input, mapping.sheets), pk: pkBudgetInGrids(input, mapping.sheets) };
  const settlement = settleBudgets(read, settings.dpa ?? [], lang, stated);
  append(findings, statedFigureFindings(settlement, lang));
  for (const recomputed of budgets) append(findings, checkBudget(recomputed, settings, settlement));
  append(findings, checkBudgetTables(budgets, settings, settlement));
  for (const n of notes) findings.push(mappingNoteFinding(n, lang));
  for (const w of headerWarnings(input, mapping)) findings.push(headerMismatchFinding(w, lang));

  return {
    mapping,
    period,
    settings: { ...settings, period },
    sheets: input.map((g) => ({ name: g.name, kind: mapping.sheets.find((s) => s.sheet === g.name)?.kind ?? 'unknown' })),
    budgets,
    settlement,
    indicators,
    activities,
    findings: orderFindings(findings, input.map((g) => g.name)),
  };
}

/** push(...list) passes every finding as an argument and overflows the stack past ~125,000 of them. */
function append(into: Finding[], ...lists: Finding[][]): void {
  for (const list of lists) for (const f of list) into.push(f);
}
