/**
 * What the cells of a column look like: rupiah amounts, percentages, budget codes or text.
 * Used to check headers against their contents (the seed's detail tables head a rupiah column
 * "Target Triwulan I %") and to tell a Tabel 3.1 kode column from a numbering column.
 *
 * This is a shape check, not a parser: it must say "amount" for the faulty "375.000.00" and
 * "Rp. 22.8000" too, which the number parser rightly refuses or misreads; it uses the parser's
 * likely value for the refused ones.
 */
import { cellAt, type Cell, type Grid } from '../grid/grid';
import type { HeaderColumn } from './header';
import { isPercentFormat, readCell } from '../parse/cell';

export type CellShape = 'empty' | 'dash' | 'amount' | 'percent' | 'small' | 'code' | 'text';

/** Program 4.01.02, kegiatan 4.01.02.1.01, sub kegiatan 4.01.02.1.01.0001 or .01, kode rekening 5.1.02.01.01.0024, shared X.XX. */
const BUDGET_CODE = /^[0-9X]\.(?:[0-9X]{2}|\d)(?:\.(?:\d{1,2}|\d{4}))+$/i;

export function isBudgetCode(text: string): boolean {
  return BUDGET_CODE.test(text.trim());
}

/** Numbers below this are percentages or counts, not rupiah. */
const AMOUNT_THRESHOLD = 1000;

/** Magnitude of a number typed as text; for a refused one ("375.000.00") its likely value. */
function typedMagnitude(cell: Cell): number | undefined {
  const { amount } = readCell(cell, '', 'number');
  const value = amount.value ?? amount.suggestion;
  return value === null || value === undefined ? undefined : Math.abs(value);
}

export function cellShape(cell: Cell | undefined): CellShape {
  if (!cell || cell.value === null || cell.value === undefined) return 'empty';
  const v = cell.value;
  if (typeof v === 'boolean') return 'text';
  if (typeof v === 'number') {
    if (isPercentFormat(cell.numberFormat)) return 'percent';
    if (v === 0) return 'dash';
    return Math.abs(v) >= AMOUNT_THRESHOLD ? 'amount' : 'small';
  }
  const t = v.trim();
  if (t === '') return 'empty';
  if (/^(rp\.?\s*)?[-–]+$/i.test(t)) return 'dash';
  if (isBudgetCode(t)) return 'code';
  if (/^-?[\d.,\s]+%$/.test(t)) return 'percent';
  // "Rp. 22.8000" is an amount typed wrongly, whatever the digits say.
  if (/^rp/i.test(t)) return 'amount';
  if (!/^[-(]?[\d.,\s]+\)?(,-)?$/.test(t)) return 'text';
  const magnitude = typedMagnitude(cell);
  if (magnitude === undefined) return 'text';
  return magnitude >= AMOUNT_THRESHOLD ? 'amount' : 'small';
}

export type ColumnProfile = Record<CellShape, number>;

/** Counts the shapes of one column over sheet rows [fromRow, toRow] (0-based, inclusive). */
export function profileColumn(grid: Grid, col: number, fromRow: number, toRow: number): ColumnProfile {
  const profile: ColumnProfile = { empty: 0, dash: 0, amount: 0, percent: 0, small: 0, code: 0, text: 0 };
  for (let r = fromRow; r <= toRow; r++) profile[cellShape(cellAt(grid, r, col))]++;
  return profile;
}

/** What a column mostly holds, as far as budget columns go. */
export type ValueKind = 'amount' | 'percent' | 'unclear';

/** Small plain numbers count as percentages only when no rupiah amounts are around (25,49 beside 0 rupiah). */
export function valueKind(p: ColumnProfile): ValueKind {
  const percentish = p.percent + (p.amount === 0 ? p.small : 0);
  if (p.amount > percentish && p.amount > 0) return 'amount';
  if (percentish > p.amount && percentish > 0) return 'percent';
  return 'unclear';
}

/** What each column of a table holds over its data rows (0-based, inclusive), computed once per column. */
export function contentKindOf(grid: Grid, data: { first: number; last: number }): (column: HeaderColumn) => ValueKind {
  const cache = new Map<number, ValueKind>();
  return (column) => {
    let kind = cache.get(column.col);
    if (kind === undefined) {
      kind = data.last >= data.first ? valueKind(profileColumn(grid, column.col, data.first, data.last)) : 'unclear';
      cache.set(column.col, kind);
    }
    return kind;
  };
}
