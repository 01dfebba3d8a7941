/**
 * Step 3 of an analysis: every mapped table read into the model, with the findings made where its cells
 * are read (number-format, separator-style, formula-range, the columns beside a budget table, the PK
 * rules, the kegiatan dates). Budget tables are only recomputed here; their rules run once all are read
 * (check-budgets.ts), since the settlement weighs every table's evidence.
 */
import { buildActivityTable } from '../activities/build';
import { checkActivities } from '../activities/check';
import { buildBudgetTableFromGrid } from '../budget/build';
import { recalculate } from '../budget/recalculate';
import { appendFindings, type Finding } from '../findings';
import type { Grid } from '../grid/grid';
import { buildIndicatorTable } from '../indicators/build';
import { grandTotalFindings, type BlockSums } from '../mapping/blocks';
import { extractRows } from '../mapping/extract';
import { kodeView } from '../mapping/kode-view';
import type { SheetMapping, WorkbookMapping } from '../mapping/types';
import type { ActivityTable, IndicatorResult, IndicatorTable, RecomputedTable } from '../model';
import { besideColumnFindings } from '../rules/budget/beside-columns';
import { dateOrderFindings } from '../rules/date-order';
import { formulaRangeFindings } from '../rules/formula-range';
import { checkIndicators } from '../rules/indicators/check';
import { indicatorKategoriFindings } from '../rules/kategori-mismatch';
import { targetPkFindings } from '../rules/target-pk-mismatch';
import { buildTargetTable, type TargetTable } from '../indicators/targets';
import type { Period, Settings } from '../settings';
import type { ReadGrids } from './read-grids';

export interface ReadTables {
  codeTables: RecomputedTable[];
  detailTables: RecomputedTable[];
  indicators: { table: IndicatorTable; results: IndicatorResult[] }[];
  activities: ActivityTable[];
  findings: Finding[];
}

/** A sheet may hold several tables, one mapping each on rows apart; they are read in workbook order. */
export function readTables(read: ReadGrids, mapping: WorkbookMapping, settings: Settings, period: Period | undefined): ReadTables {
  const out: ReadTables = { codeTables: [], detailTables: [], indicators: [], activities: [], findings: [] };
  const targets: TargetTable[] = [];
  for (const grid of read.grids) {
    const tables = mapping.sheets.filter((s) => s.sheet === grid.name);
    const on: OneSheet = { grid, tables, blockSums: [], formulas: read.formulaSheets.has(grid.name), settings, period, out };
    for (const sheet of tables) {
      if (sheet.kind === 'tabel-3.1' || sheet.kind === 'detail') readBudgetTable(on, sheet);
      else if (sheet.kind === 'capaian-pk') readIndicatorTable(on, sheet);
      else if (sheet.kind === 'kegiatan') readActivityTable(on, sheet);
      else if (sheet.kind === 'target-pk') readTargetTable(on, sheet, targets);
    }
  }
  // The PK's targets against the capaian tables', once every table is read (the PK sheet often comes first).
  appendFindings(out.findings, targetPkFindings(targets, out.indicators.map((i) => i.table), settings.lang));
  return out;
}

/** What reading one sheet's tables shares: the sheet, its tables, the budget blocks read so far, where findings go. */
interface OneSheet {
  readonly grid: Grid;
  readonly tables: SheetMapping[];
  readonly blockSums: BlockSums[];
  /** The sheet holds a formula (formula-range looks only then). */
  readonly formulas: boolean;
  readonly settings: Settings;
  readonly period: Period | undefined;
  readonly out: ReadTables;
}

function readBudgetTable({ grid, tables, blockSums, formulas, settings, period, out }: OneSheet, sheet: SheetMapping): void {
  // Straight off the grid: a Tabel 3.1 may have a hundred thousand rows, and MappedRow objects for each
  // of them would only be read once. A split kode is read joined (kode-view.ts).
  const view = kodeView(grid, sheet);
  const built = buildBudgetTableFromGrid(view.grid, view.sheet, settings.lang);
  const recomputed = recalculate(built.table);
  appendFindings(out.findings, built.findings);
  if (formulas) appendFindings(out.findings, formulaRangeFindings(built.table, settings.lang));
  appendFindings(out.findings, besideColumnFindings(recomputed, view.grid, view.sheet, settings, period));
  (sheet.kind === 'tabel-3.1' ? out.codeTables : out.detailTables).push(recomputed);
  // Per-unit blocks: the grand total under them against the blocks' sums.
  blockSums.push(recomputed.total);
  if (sheet.grandTotalRow !== undefined) appendFindings(out.findings, grandTotalFindings(view.grid, tables, blockSums, settings.lang));
}

function readIndicatorTable({ grid, settings, out }: OneSheet, sheet: SheetMapping): void {
  const rows = extractRows(grid, sheet);
  const built = buildIndicatorTable(sheet, rows, settings.lang, grid);
  const checked = checkIndicators(built.table, settings);
  appendFindings(out.findings, built.findings, checked.findings, indicatorKategoriFindings(sheet.sheet, checked.results, rows, settings));
  out.indicators.push({ table: built.table, results: checked.results });
}

function readTargetTable({ grid, settings, out }: OneSheet, sheet: SheetMapping, targets: TargetTable[]): void {
  const built = buildTargetTable(sheet, grid, extractRows(grid, sheet), settings.lang);
  appendFindings(out.findings, built.findings);
  targets.push(built.table);
}

function readActivityTable({ grid, settings, period, out }: OneSheet, sheet: SheetMapping): void {
  const rows = extractRows(grid, sheet);
  const table = buildActivityTable(sheet, rows, period?.year);
  appendFindings(out.findings, checkActivities(table, rows, period, settings.lang), dateOrderFindings(table, grid, sheet, period, settings.lang));
  out.activities.push(table);
}
