/** Filtering, grouping and counting of findings for the list: pure, so the list's behaviour is tested without a DOM. */
import { SEVERITY_ORDER, type Finding, type RuleName, type Severity } from '../domain/findings';

export interface FindingFilter {
  /** undefined = every severity */
  severity?: Severity;
  /** undefined = every sheet */
  sheet?: string;
}

export interface RuleGroup {
  rule: RuleName;
  /** the most severe finding's severity, for the group's badge */
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  count: number;
  rules: RuleGroup[];
}

export type SeverityCounts = Record<Severity, number>;

export function filterFindings(findings: Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => (filter.severity === undefined || f.severity === filter.severity) && (filter.sheet === undefined || f.sheet === filter.sheet),
  );
}

/**
 * Sheets in the order their first finding appears (the core sorts by workbook order), rules within a sheet
 * from the most severe down, findings keeping the core's order (row, then column).
 */
export function groupFindings(findings: Finding[]): SheetGroup[] {
  const sheets = new Map<string, Map<RuleName, Finding[]>>();
  for (const f of findings) {
    let rules = sheets.get(f.sheet);
    if (!rules) sheets.set(f.sheet, (rules = new Map()));
    const list = rules.get(f.rule);
    if (list) list.push(f);
    else rules.set(f.rule, [f]);
  }
  return [...sheets].map(([sheet, rules]) => {
    const groups: RuleGroup[] = [...rules].map(([rule, list]) => ({ rule, severity: mostSevere(list), findings: list }));
    // Array.prototype.sort is stable, so rules of equal severity keep their first-seen order.
    groups.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return { sheet, count: groups.reduce((n, g) => n + g.findings.length, 0), rules: groups };
  });
}

export function countBySeverity(findings: Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Sheets that have findings, in first-seen order, for the sheet filter. */
export function sheetsWithFindings(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.sheet))];
}

function mostSevere(findings: Finding[]): Severity {
  let best: Severity = 'info';
  for (const f of findings) if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[best]) best = f.severity;
  return best;
}
