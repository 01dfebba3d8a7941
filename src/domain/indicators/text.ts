/** Small text helpers for indicator tables: cell text, Indonesian number display. */
import type { Cell } from '../grid/grid';
import type { Lang } from '../settings';
import { labelText } from '../parse/display';
import { formatPercent } from '../parse/format';

/** What a label cell says, whitespace collapsed (sasaran and indikator names often wrap over lines). */
export function cellText(cell: Cell | undefined): string {
  return labelText(cell);
}

/** Decimals a number needs to show as stored, at most `max` (0,5 → 1; 13,36 → 2; 104,4444… → max). */
export function decimalsOf(n: number, max = 4): number {
  if (!Number.isFinite(n)) return 0;
  for (let d = 0; d < max; d++) if (Math.abs(Number(n.toFixed(d)) - n) < 1e-9) return d;
  return max;
}

/** A value for a message or suggestion: "13,36", "228.000". */
export function showNumber(n: number, _lang: Lang, decimals = decimalsOf(n)): string {
  // Written the Indonesian way in both languages, as the budget messages and every finding's expected/actual are:
  // the planner compares it with the workbook, which is Indonesian.
  return formatPercent(n, decimals);
}

/** Long indicator names shortened for one-line messages, cut between words. */
export function shortName(name: string, max = 90): string {
  if (name.length <= max) return name;
  const head = name.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
