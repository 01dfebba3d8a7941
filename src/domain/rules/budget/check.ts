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
  // Each cell's position is worked out once, not in every comparison (a sheet may have a finding per row).
  const rows: number[] = [];
  const cols: number[] = [];
  for (const f of findings) {
    const [row, col] = cellPosition(f.cell);
    rows.push(row);
    cols.push(col);
  }
  return findings
    .map((_, i) => i)
    .sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b])
    .map((i) => findings[i]);
}

/** "E12" → [12, 5]; anything else sorts last. */
function cellPosition(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [Number.MAX_SAFE_INTEGER, 0];
  let col = 0;
  for (let i = 0; i < m[1].length; i++) col = col * 26 + m[1].charCodeAt(i) - 64;
  return [Number(m[2]), col];
}
