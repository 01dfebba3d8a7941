/**
 * The budget rules over one recomputed table: sums, line items, capaian, over-budget, duplicate codes.
 * Number-format and separator-style findings come from buildBudgetTable, where the cells are read.
 */
import type { Finding } from '../../findings';
import type { RecomputedTable } from '../../model';
import type { Settings } from '../../settings';
import { checkMissingCapaian, checkPercent } from './percent';
import { checkItems, checkSums } from './sums';
import { checkDuplicateCodes, checkOverBudget } from './values';

export function checkBudget(recomputed: RecomputedTable, settings: Settings): Finding[] {
  const { lang } = settings;
  const findings = [
    ...checkSums(recomputed, lang),
    ...checkItems(recomputed, lang),
    ...checkPercent(recomputed, settings),
    ...checkMissingCapaian(recomputed, settings),
    ...checkOverBudget(recomputed.table, lang),
    ...checkDuplicateCodes(recomputed.table, lang),
  ];
  return sortByCell(findings);
}

/** Row, then column: the order a planner reads the sheet in. */
export function sortByCell(findings: Finding[]): Finding[] {
  const key = (cell: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return [Number.MAX_SAFE_INTEGER, 0];
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(m[2]), col];
  };
  return [...findings].sort((a, b) => {
    const [ra, ca] = key(a.cell);
    const [rb, cb] = key(b.cell);
    return ra - rb || ca - cb;
  });
}
