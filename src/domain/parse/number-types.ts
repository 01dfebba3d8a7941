/** What reading a written number gives: shared by the general reader (number.ts) and its one-pass shortcut (plain-number.ts). */

import type { Severity } from '../findings';

export type Expect = 'amount' | 'percent' | 'number';

export interface CellIssue {
  rule: 'number-format' | 'separator-style';
  /** The rule's severity (rules/number-format.ts, rules/separator-style.ts). */
  severity: Severity;
  /** machine reason, e.g. 'digit-groups', 'stray-characters', 'english-separators', 'english-decimal' */
  reason: string;
  /** One-line explanation, Indonesian and English. */
  message: { id: string; en: string };
  /** likely values, most likely first (e.g. "375.000.00" → [375000000, 37500000]) */
  candidates?: number[];
}

export interface NumberReading {
  /** null for blank text or when refused (then `issue` is an error). */
  value: number | null;
  /** Digits after the decimal mark as written (0 for whole numbers). */
  decimals?: number;
  issue?: CellIssue;
}
