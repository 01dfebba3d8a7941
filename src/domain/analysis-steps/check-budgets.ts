/**
 * Step 4 of an analysis: the workbook's budget settled (budget/settle: what each Tabel 3.1 amount most
 * likely is, weighing every table and the DPA and Perjanjian Kinerja figures the workbook states), then the
 * budget rules over each table with that settlement and over all tables together (rules/budget/check.ts).
 */
import type { Settlement } from '../budget/settle';
import { dpaInGrids, isDpaTable, pkBudgetInGrids, settleBudgets } from '../budget/settle';
import { appendFindings, type Finding } from '../findings';
import type { Grid } from '../grid/grid';
import type { WorkbookMapping } from '../mapping/types';
import type { RecomputedTable } from '../model';
import { checkBudget, checkBudgetTables } from '../rules/budget/check';
import { statedFigureFindings } from '../rules/budget/settled-sums';
import type { Settings } from '../settings';

export interface CheckedBudgets {
  /** The tables read, less a table that is the DPA itself: it gives figures, not rows to check or report. */
  budgets: RecomputedTable[];
  settlement: Settlement;
  findings: Finding[];
}

/** `read`: Tabel 3.1 sheets first, then detail sheets, in workbook order. */
export function checkBudgets(read: RecomputedTable[], grids: Grid[], mapping: WorkbookMapping, settings: Settings): CheckedBudgets {
  const budgets = read.filter((b) => !isDpaTable(b));
  // DPA and Perjanjian Kinerja figures the workbook states outside its budget tables weigh in too.
  const stated = { dpa: dpaInGrids(grids, mapping.sheets), pk: pkBudgetInGrids(grids, mapping.sheets) };
  const settlement = settleBudgets(read, settings.dpa ?? [], settings.lang, stated);
  const findings: Finding[] = statedFigureFindings(settlement, settings.lang);
  for (const recomputed of budgets) appendFindings(findings, checkBudget(recomputed, settings, settlement));
  appendFindings(findings, checkBudgetTables(budgets, settings, settlement));
  return { budgets, settlement, findings };
}
