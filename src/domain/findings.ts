/** A finding: one inconsistency, named by the cell it sits in. */

export type Severity = 'error' | 'warning' | 'info';

export type RuleName =
  | 'number-format'
  | 'separator-style'
  | 'sum-mismatch'
  | 'percent-mismatch'
  | 'capaian-mismatch'
  | 'missing-value'
  | 'over-budget'
  | 'duplicate-code'
  | 'cross-table-mismatch'
  | 'date-out-of-period'
  | 'date-invalid'
  | 'header-mismatch'
  | 'capaian-undefined'
  | 'items-below-total'
  | 'formula-stale'
  | 'formula-range'
  | 'months-sum-mismatch'
  | 'sisa-mismatch'
  | 'kategori-mismatch'
  | 'date-order'
  /** A table-like sheet Lapkin could not map: what was missing and how to map it (warning). */
  | 'sheet-not-checked'
  /** Several columns could fill one role: which one was read and which passed over (info). */
  | 'column-choice';

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
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
