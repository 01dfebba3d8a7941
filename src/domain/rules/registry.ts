/**
 * Every rule Lapkin checks, in the order the README lists them. `RuleName`, the labels of every face
 * (pane, report and Temuan sheets, CLI) and the README's Findings table are derived from this list.
 *
 * How to add a rule:
 * 1. Write `src/domain/rules/<rule-id>.ts` exporting `export const myRule = defineRule({ id, severity,
 *    label: { id, en }, meaning: { id, en }, source })` beside its message builders. `source` says where
 *    its findings come from: `{ over: 'budget-table', check }` is run by checkBudget on every recomputed
 *    Tabel 3.1 and detail table, `{ over: 'budget-tables', check }` once over all of them; `'read'` and
 *    `'indicators'` rules are found by the code that reads the cells or recomputes the PK capaian, which
 *    imports the module for `myRule.id`, `myRule.severity` and the messages.
 * 2. Add it to RULES below (the order is the README's and, for checks, the order they run in).
 * 3. Add tests/rules/<rule-id>.test.ts with its case table (tests/rules/registry.test.ts fails without it),
 *    and run `npm run readme:rules`. A rule found where cells are read is called from analysis-steps/.
 */
import { dateOrder } from './date-order';
import { monthsSumMismatch } from './months-sum-mismatch';
import { sisaMismatch } from './sisa-mismatch';
import { capaianMismatch } from './capaian-mismatch';
import { columnChoice } from './column-choice';
import { formulaRange } from './formula-range';
import { formulaStale } from './formula-stale';
import { kategoriMismatch } from './kategori-mismatch';
import { sheetNotChecked } from './sheet-not-checked';
import { capaianUndefined } from './capaian-undefined';
import { crossTableMismatch } from './cross-table-mismatch';
import { dateInvalid } from './date-invalid';
import { dateOutOfPeriod } from './date-out-of-period';
import { duplicateCode } from './duplicate-code';
import { headerMismatch } from './header-mismatch';
import { itemsBelowTotal } from './items-below-total';
import { missingValue } from './missing-value';
import { numberFormat } from './number-format';
import { overBudget } from './over-budget';
import { percentMismatch } from './percent-mismatch';
import type { RuleDefinition, Text } from './rule';
import { separatorStyle } from './separator-style';
import { sumMismatch } from './sum-mismatch';
import { targetPkMismatch } from './target-pk-mismatch';

export const RULES = [
  numberFormat,
  separatorStyle,
  sumMismatch,
  itemsBelowTotal,
  percentMismatch,
  capaianMismatch,
  missingValue,
  capaianUndefined,
  overBudget,
  duplicateCode,
  crossTableMismatch,
  dateOutOfPeriod,
  dateInvalid,
  headerMismatch,
  formulaStale,
  formulaRange,
  monthsSumMismatch,
  sisaMismatch,
  kategoriMismatch,
  targetPkMismatch,
  dateOrder,
  sheetNotChecked,
  columnChoice,
] as const;

/** A rule's id: the union of the ids in RULES. */
export type RuleName = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, RuleDefinition<RuleName>>(RULES.map((r) => [r.id, r]));

export function ruleOf(id: RuleName): RuleDefinition<RuleName> {
  return BY_ID.get(id) as RuleDefinition<RuleName>;
}

/** The rule's short label; an id no rule has (a finding from an older saved state) shows as itself. */
export function ruleLabel(id: string): Text {
  return BY_ID.get(id)?.label ?? { id, en: id };
}
