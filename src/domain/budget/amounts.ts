/** Amounts as the sums use them: the value to compute with, and when two agree. */
import type { Amount, BudgetRow } from '../model';

/** Rupiah sums agree when they differ by less than half a sen (cells may hold cents). */
export const AMOUNT_EPSILON = 0.005;

export type AmountColumn = 'pagu' | 'target' | 'realisasi';
export const AMOUNT_COLUMNS: AmountColumn[] = ['pagu', 'target', 'realisasi'];

/**
 * The value to compute with: the stated value, or for a cell that could not be read the suggested
 * value chosen for it (the candidate that makes its sum agree, else the parser's first candidate).
 */
export function usable(a: Amount | undefined): number | null {
  if (!a) return null;
  if (a.value !== null) return a.value;
  return a.invalid && a.suggestion !== undefined ? a.suggestion : null;
}

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < AMOUNT_EPSILON;
}

export function amountOf(row: BudgetRow, column: AmountColumn): Amount | undefined {
  return column === 'target' ? row.target : row[column];
}
