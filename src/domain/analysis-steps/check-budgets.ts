/**
 * Step 4 of an analysis: the workbook's budget settled (budget/settle: what each Tabel 3.1 amount most
 * likely is, weighing every table), then the budget rules over each table with that settlement and over
 * all tables together (rules/budget/check.ts).
 */
import type { Settlement } from '../budget/settle';
import { settleBudgets } from '../budget/settle';
import { appendFindings, type Finding } from '../findings';
import type { RecomputedTable } from '../model';
import { checkBudget, checkBudgetTables } from '../rules/budget/check';
import type { Settings } from '../settings';

/** `budgets`: Tabel 3.1 sheets first, then detail sheets, in workbook order. */
export function checkBudgets(budgets: RecomputedTable[], settings: Settings): { settlement: Settlement; findings: Finding[] } {
  const settlement = settleBudgets(budgets, settings.dpa ?? [], settings.lang);
  const findings: Finding[] = [];
  for (const recomputed of budgets) appendFindings(findings, checkBudget(recomputed, settings, settlement));
  appendFindings(findings, checkBudgetTables(budgets, settings));
  return { settlement, findings };
}
