/**
 * A column holding only the currency's name ("Rp", "Rp.", "IDR") left of the amounts, as planners print
 * "Rp | 1.250.000.000" under one merged "Pagu" header: it holds no figure, so it fills no role, and the header
 * over it belongs to the amounts beside it.
 */
import { cellAt, type Grid } from '../grid/grid';
import type { HeaderColumn } from './header';
import type { ColumnRole } from './types';

/** The roles whose columns hold figures: only those are asked whether they hold the currency's name instead. */
const FIGURE_ROLES: readonly ColumnRole[] = ['pagu', 'paguMurni', 'target', 'targetTahunan', 'realisasi', 'realisasiBulan', 'capaian', 'sisa', 'fisik'];

const CURRENCY = /^\s*(rp\.?|idr)\s*$/i;

/**
 * The 0-based columns, among those the header gives a figure role, whose data rows `first`…`last` hold the
 * currency's name in some row and nothing else in any. A column of figures is settled at its first figure.
 */
export function currencyColumns(grid: Grid, columns: HeaderColumn[], first: number, last: number): number[] {
  const out: number[] = [];
  for (const column of columns) {
    if (column.role === undefined || !FIGURE_ROLES.includes(column.role)) continue;
    let named = 0;
    let other = false;
    for (let r = first; r <= last && !other; r++) {
      const v = cellAt(grid, r, column.col)?.value;
      if (v === null || v === undefined || v === '') continue;
      if (typeof v === 'string' && CURRENCY.test(v)) named++;
      else other = true;
    }
    if (named > 0 && !other) out.push(column.col);
  }
  return out;
}
