/** A finding: one inconsistency, named by the cell it sits in; and the one order findings are shown in. */

export type Severity = 'error' | 'warning' | 'info';

import { columnIndex } from './grid/grid';
import { readA1 } from './parse/a1';
import type { RuleName } from './rules/registry';

export type { RuleName } from './rules/registry';

/**
 * What the planner can do about a finding, as a key each face words its own way: 'map-sheet' (map the sheet by
 * hand) and 'change-mapping' (change a column's role where the guess is wrong) are "the Pemetaan tab" in the task
 * pane and `lapkin map` on the command line. The message itself says what happened, in words true on every face.
 */
export type FindingAdvice = 'map-sheet' | 'change-mapping';

export interface Finding {
  rule: RuleName;
  severity: Severity;
  sheet: string;
  /** A1 address without the sheet name, e.g. "D17". */
  cell: string;
  /** One line, in the language chosen for the run. */
  message: string;
  /** What the value should be, formatted the Indonesian way (e.g. "375.000.000"). */
  expected?: string;
  /** What the cell holds (its text as typed or displayed). */
  actual?: string;
  /** A likely correction, where one is likely. */
  suggestion?: string;
  /** What to do about it, worded by the face that shows the finding (see FindingAdvice). */
  advice?: FindingAdvice;
}

/** The words a face gives each advice, in the run's language. */
export type AdviceWords = Readonly<Record<FindingAdvice, string>>;

/** A finding's message followed by its advice as the face showing it words it; the message alone without advice. */
export function findingText(f: Finding, advice: AdviceWords): string {
  return f.advice ? `${f.message} ${advice[f.advice]}` : f.message;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The one order of findings every face shows: sheet order (as `sheets` lists them), then row, then
 * column, so the list reads like the workbook; findings at the same cell keep the order they were
 * found in. The same cell can be read by two builders (a value shared by two roles): one finding per
 * sheet, rule and cell is kept, the first.
 */
export function orderFindings(findings: Finding[], sheets: readonly string[]): Finding[] {
  return sortFindings(dedupeFindings(findings), sheets);
}

function dedupeFindings(findings: Finding[]): Finding[] {
  // Cells grouped by sheet and rule rather than a joined key per finding: no new string for each of what
  // may be a hundred thousand findings.
  const seen = new Map<string, Map<string, Set<string>>>();
  return findings.filter((f) => {
    let byRule = seen.get(f.sheet);
    if (!byRule) seen.set(f.sheet, (byRule = new Map()));
    let cells = byRule.get(f.rule);
    if (!cells) byRule.set(f.rule, (cells = new Set()));
    const before = cells.size;
    cells.add(f.cell);
    return cells.size > before;
  });
}

/**
 * The Temuan sheet's order: severity first (errors on top), then sheet, row and column as in
 * orderFindings; sort is stable, so within a severity the workbook's order stays.
 */
export function orderBySeverity(findings: Finding[], sheets: readonly string[]): Finding[] {
  return sortFindings(findings, sheets).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** The order alone, nothing dropped (see orderFindings). */
export function sortFindings(findings: Finding[], sheets: readonly string[]): Finding[] {
  const sheetOrder = new Map(sheets.map((name, i) => [name, i]));
  // Positions in flat arrays, worked out once per finding: a large sheet may have a finding per row.
  const sheetAt = new Float64Array(findings.length);
  const rows = new Float64Array(findings.length);
  const cols = new Float64Array(findings.length);
  findings.forEach((f, i) => {
    sheetAt[i] = sheetOrder.get(f.sheet) ?? Infinity;
    if (readA1(f.cell, i, rows, cols)) {
      cols[i] -= 1; // columnIndex is 0-based
      return;
    }
    // A cell that is not plain A1 (none, or a lower-case one) sorts at row 0 of its sheet.
    const m = /^([A-Z]+)(\d+)$/.exec(f.cell);
    rows[i] = m ? Number(m[2]) : 0;
    cols[i] = m ? columnIndex(m[1]) : 0;
  });
  // Two sheets `sheets` does not list compare as NaN, which falls through to the row.
  return findings
    .map((_, i) => i)
    .sort((a, b) => sheetAt[a] - sheetAt[b] || rows[a] - rows[b] || cols[a] - cols[b] || a - b)
    .map((i) => findings[i]);
}

/** Appends each list's findings to `into`; `into.push(...list)` passes every finding as an argument and overflows the stack past ~125,000 of them. */
export function appendFindings(into: Finding[], ...lists: readonly Finding[][]): void {
  for (const list of lists) for (const f of list) into.push(f);
}

/** How many sheets carry a sheet-not-checked finding: what the summaries say beside the counts, so no face says "all fine" over them. */
export function sheetsNotChecked(findings: readonly Finding[]): number {
  const sheets = new Set<string>();
  for (const f of findings) if (f.rule === 'sheet-not-checked') sheets.add(f.sheet);
  return sheets.size;
}
