/**
 * README's "Findings" table, made from the rule registry: one row per rule, in registry order, with its
 * id, its severity (and the lower one some of its findings take) and its English "what it means". The
 * README holds this table verbatim; tests/rules/registry.test.ts fails when they differ, and
 * `npm run readme:rules` writes it anew.
 */
import type { RuleDefinition } from './rule';

export const README_TABLE_HEADER = '| rule | severity | what it means |\n|---|---|---|';

export function readmeRulesTable(rules: readonly RuleDefinition[]): string {
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.alsoSeverity ? `${r.severity} / ${r.alsoSeverity}` : r.severity} | ${r.meaning.en} |`);
  return [README_TABLE_HEADER, ...rows].join('\n');
}

/** The README with its Findings table (from the header row to the first blank line after it) replaced by `table`. */
export function withRulesTable(readme: string, table: string): string {
  const start = readme.indexOf(README_TABLE_HEADER);
  if (start < 0) throw new Error('README has no Findings table header');
  const end = readme.indexOf('\n\n', start);
  return readme.slice(0, start) + table + (end < 0 ? '\n' : readme.slice(end));
}

/** The Findings table as the README holds it now. */
export function currentRulesTable(readme: string): string {
  const start = readme.indexOf(README_TABLE_HEADER);
  if (start < 0) return '';
  const end = readme.indexOf('\n\n', start);
  return readme.slice(start, end < 0 ? undefined : end);
}
