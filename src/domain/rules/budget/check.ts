/**
 * The budget rules over one recomputed table: every rule of the registry whose source is
 * 'budget-table' (sums, line items, capaian, over-budget, duplicate codes, …), in registry order;
 * analyze.ts puts every finding in the one order of findings.ts. Number-format and separator-style
 * findings come from buildBudgetTable, where the cells are read.
 */
import type { Finding } from '../../findings';
import type { RecomputedTable } from '../../model';
import type { Settings } from '../../settings';
import type { Settlement } from '../../budget/settle';
import { RULES } from '../registry';

/** `settlement`: the workbook's settled budget (budget/settle), which places and words the sum-mismatch findings. */
export function checkBudget(recomputed: RecomputedTable, settings: Settings, settlement?: Settlement): Finding[] {
  const findings: Finding[] = [];
  const context = { settlement };
  for (const rule of RULES) {
    if (rule.source.over !== 'budget-table') continue;
    for (const f of rule.source.check(recomputed, settings, context)) findings.push(f);
  }
  return findings;
}

/** The rules over all budget tables of a workbook together (cross-table-mismatch). */
export function checkBudgetTables(tables: RecomputedTable[], settings: Settings, settlement?: Settlement): Finding[] {
  const findings: Finding[] = [];
  const context = { settlement };
  for (const rule of RULES) {
    if (rule.source.over !== 'budget-tables') continue;
    for (const f of rule.source.check(tables, settings, context)) findings.push(f);
  }
  return findings;
}
