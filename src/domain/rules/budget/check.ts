/**
 * The budget rules over one recomputed table: sums, line items, capaian, over-budget, duplicate codes.
 * Number-format and separator-style findings come from buildBudgetTable, where the cells are read.
 */
import { recalculationOf } from '../../budget/recalculate';
import type { Finding } from '../../findings';
import type { RecomputedTable } from '../../model';
import { readA1 } from '../../parse/a1';
import type { Settings } from '../../settings';
import type { Settlement } from '../../budget/settle';
import { checkMissingCapaian, checkPercent } from './percent';
import { checkItems, checkSums } from './sums';
import { checkDuplicateCodes, checkOverBudget } from './values';

/** `settlement`: the workbook's settled budget (budget/settle), which places and words the sum-mismatch findings. */
export function checkBudget(recomputed: RecomputedTable, settings: Settings, settlement?: Settlement): Finding[] {
  const { lang } = settings;
  const { columns } = recalculationOf(recomputed);
  const findings = [
    ...checkSums(recomputed, lang, settlement),
    ...checkItems(recomputed, lang),
    ...checkPercent(recomputed, settings),
    ...checkMissingCapaian(recomputed, settings),
    ...checkOverBudget(recomputed.table, lang, columns),
    ...checkDuplicateCodes(recomputed.table, lang, columns),
  ];
  return sortByCell(findings);
}

/** Row, then column: the order a planner reads the sheet in. */
export function sortByCell(findings: Finding[]): Finding[] {
  // Each cell's position is worked out once, into flat arrays, not in every comparison (a sheet may have a finding per row).
  const rows = new Float64Array(findings.length);
  const cols = new Float64Array(findings.length);
  findings.forEach((f, i) => {
    if (readA1(f.cell, i, rows, cols)) return;
    const [row, col] = cellPosition(f.cell);
    rows[i] = row;
    cols[i] = col;
  });
  return findings
    .map((_, i) => i)
    .sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b])
    .map((i) => findings[i]);
}

/** "E12" → [12, 5]; anything else sorts last. */
function cellPosition(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [Number.MAX_SAFE_INTEGER, 0];
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}
