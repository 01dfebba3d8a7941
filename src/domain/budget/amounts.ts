/** Small helpers over budget rows shared by the builder, the recalculation and the rules. */
import type { Amount, BudgetRow, BudgetTable } from '../model';
import { isSubtotalLabel } from './code';

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

/** Children that add up to their parent: coded or numbered rows, never line items. */
export function summingChildren(table: BudgetTable, index: number): number[] {
  return table.rows[index].children.filter((c) => table.rows[c].level !== 'rincian');
}

/** Line items (rincian) under a row. */
export function itemChildren(table: BudgetTable, index: number): number[] {
  return table.rows[index].children.filter((c) => table.rows[c].level === 'rincian');
}

/** Rows with no parent that are not totals rows: the programmes, or the unit row above them. */
export function rootRows(table: BudgetTable): number[] {
  const out: number[] = [];
  table.rows.forEach((r, i) => {
    if (r.parent === -1 && r.level !== 'total') out.push(i);
  });
  return out;
}

/**
 * The roots a totals row adds up: every root of the table, or for a "Sub Total" row only the roots
 * since the previous totals row. `roots` may be passed in when the caller has them already.
 */
export function totalScope(table: BudgetTable, index: number, roots?: number[]): number[] {
  const row = table.rows[index];
  if (!isSubtotalLabel(row.uraian)) return roots ?? rootRows(table);
  let start = 0;
  for (let i = index - 1; i >= 0; i--) {
    if (table.rows[i].level === 'total') {
      start = i + 1;
      break;
    }
  }
  return (roots ?? rootRows(table)).filter((i) => i >= start && i < index);
}

/** The rows a parent-like row is compared with: its summing children, or for a totals row the roots in its scope. */
export function addends(table: BudgetTable, index: number): number[] {
  return table.rows[index].level === 'total' ? totalScope(table, index) : summingChildren(table, index);
}

export function amountOf(row: BudgetRow, column: AmountColumn): Amount | undefined {
  return column === 'target' ? row.target : row[column];
}
