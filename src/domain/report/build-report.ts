/**
 * The report as pure data: one SheetPlan per generated sheet, in the order a planner reads them —
 * Tabel 3.1, the detail tables, the PK capaian, then the findings. Hosts only render these plans.
 */
import type { Analysis } from '../analysis';
import { buildCapaianPkPlan } from './capaian-pk-plan';
import { buildDetailPlan } from './detail-plan';
import { reportLabels } from './labels';
import { uniqueSheetNames } from './plan-kit';
import { estimateRowHeights } from './row-heights';
import { withNumberRules } from './indonesian-numbers';
import type { SheetPlan } from './sheet-plan';
import { buildTabel31Plan } from './tabel-31-plan';
import { buildTemuanPlan } from './temuan-plan';

export { evaluatePlanFormulas } from '../formula/plan-formulas';

type PlanMaker = (name: string) => SheetPlan;

export function buildReportPlans(analysis: Analysis): SheetPlan[] {
  const labels = reportLabels(analysis.settings.lang);
  const makers: { wanted: string; make: PlanMaker }[] = [];
  for (const rec of analysis.budgets) {
    if (rec.table.kind === 'tabel-3.1') {
      makers.push({ wanted: labels.sheetTabel31, make: (n) => buildTabel31Plan(rec, analysis, labels, n) });
    }
  }
  for (const rec of analysis.budgets) {
    if (rec.table.kind === 'detail') {
      makers.push({ wanted: `${labels.sheetDetail} ${rec.table.sheet}`, make: (n) => buildDetailPlan(rec, analysis, labels, n) });
    }
  }
  for (const ind of analysis.indicators) {
    makers.push({ wanted: labels.sheetCapaianPk, make: (n) => buildCapaianPkPlan(ind, analysis, labels, n) });
  }
  makers.push({ wanted: labels.sheetTemuan, make: (n) => buildTemuanPlan(analysis, labels, n) });

  const names = uniqueSheetNames(makers.map((m) => m.wanted));
  return makers.map((m, i) => withRowHeights(withNumberRules(withoutHoles(m.make(names[i])))));
}

/** Builders assign cells by column, leaving holes in sparse rows; writers get explicit nulls instead. */
function withoutHoles(plan: SheetPlan): SheetPlan {
  return { ...plan, rows: plan.rows.map((row) => Array.from(row, (c) => c ?? null)) };
}

/** Heights for the rows whose wrapped text needs more than one line, once the plan's layout is final. */
function withRowHeights(plan: SheetPlan): SheetPlan {
  return { ...plan, rowHeights: estimateRowHeights(plan) };
}
