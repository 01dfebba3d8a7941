/**
 * over-budget: realisasi above pagu. A parent overspends only because some child does, so a parent is
 * reported only when none of the rows it adds up is over budget itself — the fault is named where it
 * arises. Cells the parser refused are left to their number-format finding.
 */
import { INVALID, budgetColumns, type BudgetColumns } from '../budget/table';
import { recalculationOf } from '../budget/recalculate';
import type { Finding } from '../findings';
import type { BudgetTable, RecomputedTable } from '../model';
import { formatRupiah } from '../parse/format';
import type { Lang, Settings } from '../settings';
import { defineRule } from './rule';

export const overBudget = defineRule({
  id: 'over-budget',
  severity: 'error',
  label: { id: 'Realisasi melebihi pagu', en: 'Realisasi over pagu' },
  meaning: { id: 'realisasi di atas pagu', en: 'realisasi above pagu' },
  source: {
    over: 'budget-table',
    check: (recomputed: RecomputedTable, settings: Settings) => checkOverBudget(recomputed.table, settings.lang, recalculationOf(recomputed).columns),
  },
});

export function overBudgetMessage(lang: Lang, realisasi: string, pagu: string, excess: string): string {
  return lang === 'en'
    ? `Realisasi ${realisasi} exceeds the pagu ${pagu} by ${excess}`
    : `Realisasi ${realisasi} melebihi pagu ${pagu} sebesar ${excess}`;
}

/** `columns` are the table's own (recalculate's, where the caller has them). */
export function checkOverBudget(table: BudgetTable, lang: Lang, columns: BudgetColumns = budgetColumns(table)): Finding[] {
  const { n, pagu, realisasi, addends } = columns;
  const over = overBudgetRows(columns);
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) {
    if (!over[i] || anyListed(addends.list, addends.start[i], addends.start[i + 1], over)) continue;
    const row = table.rows[i];
    const p = pagu.value[i];
    const r = realisasi.value[i];
    out.push({
      rule: overBudget.id,
      severity: overBudget.severity,
      sheet: table.sheet,
      cell: row.realisasi.cell,
      message: overBudgetMessage(lang, formatRupiah(r), formatRupiah(p), formatRupiah(r - p)),
      actual: row.realisasi.raw,
    });
  }
  return out;
}

/** 1 for each row whose readable realisasi is above its pagu. (A loop of its own: see docs/performance.md on one loop per function.) */
function overBudgetRows({ n, pagu, realisasi }: BudgetColumns): Uint8Array {
  const over = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if ((pagu.flags[i] & INVALID) !== 0 || (realisasi.flags[i] & INVALID) !== 0) continue;
    // NaN (no value) compares false.
    if (realisasi.value[i] - pagu.value[i] >= 0.005) over[i] = 1;
  }
  return over;
}

function anyListed(list: Int32Array, from: number, to: number, flag: Uint8Array): boolean {
  for (let k = from; k < to; k++) if (flag[list[k]]) return true;
  return false;
}
