/**
 * What a rule is: its id, the severity its findings take, its names in both languages and, where it
 * is a check over a recomputed model, the check itself. Every rule module exports one of these,
 * made with `defineRule`, beside the message builders its findings use; rules/registry.ts lists them.
 */
import type { Finding, Severity } from '../findings';
import type { Settlement } from '../budget/settle';
import type { RecomputedTable } from '../model';
import type { Lang, Settings } from '../settings';

/** One text in both of Lapkin's languages. */
export type Text = Readonly<Record<Lang, string>>;

/**
 * Where a rule's findings come from:
 * - 'budget-table': a check over one recomputed Tabel 3.1 or detail table; analysis-steps/check-budgets.ts runs it on every such table.
 * - 'budget-tables': a check over all recomputed budget tables of the workbook together.
 * - 'read': found while cells are read (the number parser, the table builders, the date reader, the
 *   mapping): detection stays there, the id, severity and wording come from the rule module.
 * - 'indicators': found by rules/indicators/check.ts, which recomputes each PK capaian once for all its rules.
 */
export type RuleCheck =
  | { readonly over: 'budget-table'; readonly check: (recomputed: RecomputedTable, settings: Settings, context: BudgetCheckContext) => Finding[] }
  | { readonly over: 'budget-tables'; readonly check: (tables: RecomputedTable[], settings: Settings, context: BudgetCheckContext) => Finding[] }
  | { readonly over: 'read' }
  | { readonly over: 'indicators' };

/** What a budget-table check may consult beyond its own table: the workbook's settled budget (budget/settle), where made. */
export interface BudgetCheckContext {
  readonly settlement?: Settlement;
}

export interface RuleDefinition<Id extends string = string> {
  /** Kebab-case, as it appears in --json output and in the README. */
  readonly id: Id;
  /** The severity of its findings. */
  readonly severity: Severity;
  /** A lower severity some of its findings take instead, said in `meaning` (e.g. letters in a note). */
  readonly alsoSeverity?: Severity;
  /** Short name for the pane, the Temuan sheet's Aturan column and the CLI. */
  readonly label: Text;
  /** "What it means": one line for the README's Findings table. */
  readonly meaning: Text;
  readonly source: RuleCheck;
}

/** A rule definition with its id kept as a literal type, so the registry can derive `RuleName`. */
export function defineRule<const Id extends string>(definition: RuleDefinition<Id>): RuleDefinition<Id> {
  return definition;
}

/** A rule's text in the run's language. */
export function inLang(text: Text, lang: Lang): string {
  return text[lang];
}
