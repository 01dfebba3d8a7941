/**
 * What the cells of a column look like: rupiah amounts, percentages, budget codes or text.
 * Used to check headers against their contents (the seed's detail tables head a rupiah column
 * "Target Triwulan I %") and to tell a Tabel 3.1 kode column from a numbering column.
 *
 * This is a shape check, not a parser: it must say "amount" for the faulty "375.000.00" and
 * "Rp. 22.8000" too, which the number parser rightly refuses or misreads; it uses the parser's
 * likely value for the refused ones.
 */
import type { Cell, Grid } from '../grid/grid';
import type { HeaderColumn } from './header';
import { isPercentFormat, readCell } from '../parse/cell';
import { isDottedAmount, isRupiahAmount, isSmallDecimal, matchesBudgetCode } from './quick-shape';

export type CellShape = 'empty' | 'dash' | 'amount' | 'percent' | 'small' | 'code' | 'text';

/**
 * Program 4.01.02, kegiatan 4.01.02.1.01, sub kegiatan 4.01.02.1.01.0001 or .01, kode rekening 5.1.02.01.01.0024, shared X.XX.
 * The definition; matchesBudgetCode (quick-shape.ts) is its hand-rolled twin, tested against it.
 */
export const BUDGET_CODE = /^[0-9X]\.(?:[0-9X]{2}|\d)(?:\.(?:\d{1,2}|\d{4}))+$/i;

export function isBudgetCode(text: string): boolean {
  return matchesBudgetCode(text.trim());
}

/** Numbers below this are percentages or counts, not rupiah. */
const AMOUNT_THRESHOLD = 1000;

/** Magnitude of a number typed as text; for a refused one ("375.000.00") its likely value. */
function typedMagnitude(cell: Cell): number | undefined {
  const { amount } = readCell(cell, '', 'number');
  const value = amount.value ?? amount.suggestion;
  return value === null || value === undefined ? undefined : Math.abs(value);
}

/** A format can only be a % format if a "%" appears in it at all; most cells have none, or "General". */
function hasPercentFormat(numberFormat: string | undefined): boolean {
  return numberFormat !== undefined && numberFormat.includes('%') && isPercentFormat(numberFormat);
}

export function cellShape(cell: Cell | undefined): CellShape {
  if (!cell || cell.value === null || cell.value === undefined) return 'empty';
  const v = cell.value;
  if (typeof v === 'boolean') return 'text';
  if (typeof v === 'number') {
    if (hasPercentFormat(cell.numberFormat)) return 'percent';
    if (v === 0) return 'dash';
    return Math.abs(v) >= AMOUNT_THRESHOLD ? 'amount' : 'small';
  }
  const t = v.trim();
  if (t === '') return 'empty';
  return quickTextShape(t) ?? textShape(t, cell);
}

/**
 * The shapes of a budget column's usual texts, without regexes or the number parser: a profile reads every
 * cell of the column. Undefined when unsure; the patterns decide then.
 */
function quickTextShape(t: string): CellShape | undefined {
  if (isRupiahAmount(t)) return 'amount';
  if (matchesBudgetCode(t)) return 'code';
  if (isDottedAmount(t)) return 'amount';
  if (isSmallDecimal(t)) return 'small';
  return undefined;
}

/** The shape of non-blank trimmed text, by the patterns that define it. */
export function textShape(t: string, cell: Cell): CellShape {
  if (/^(rp\.?\s*)?[-–]+$/i.test(t)) return 'dash';
  if (BUDGET_CODE.test(t)) return 'code';
  if (/^-?[\d.,\s]+%$/.test(t)) return 'percent';
  // "Rp. 22.8000" is an amount typed wrongly, whatever the digits say.
  if (/^rp/i.test(t)) return 'amount';
  if (!/^[-(]?[\d.,\s]+\)?(,-)?$/.test(t)) return 'text';
  const magnitude = typedMagnitude(cell);
  if (magnitude === undefined) return 'text';
  return magnitude >= AMOUNT_THRESHOLD ? 'amount' : 'small';
}

export type ColumnProfile = Record<CellShape, number>;

/** Whether the counts so far, with `rowsLeft` cells still unread, already fix the answer a full profile would give. */
export type ProfileSettled = (counts: ColumnProfile, rowsLeft: number) => boolean;

/**
 * Counts the shapes of one column over sheet rows [fromRow, toRow] (0-based, inclusive). With `settled`,
 * stops as soon as the rest of the column can no longer change the caller's answer: a 100,000-row
 * column of rupiah is known to be rupiah after half of it.
 */
export function profileColumn(grid: Grid, col: number, fromRow: number, toRow: number, settled?: ProfileSettled): ColumnProfile {
  const profile: ColumnProfile = { empty: 0, dash: 0, amount: 0, percent: 0, small: 0, code: 0, text: 0 };
  // Rows read directly rather than through cellAt: this loop visits every cell of the column.
  const { rows, originRow } = grid;
  const c = col - grid.originCol;
  for (let r = fromRow; r <= toRow; r++) {
    const row = rows[r - originRow];
    profile[cellShape(row ? row[c] : undefined)]++;
    if (settled && settled(profile, toRow - r)) break;
  }
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

/**
 * The rest of a column cannot change valueKind once one side leads by more than the rows left:
 * amounts beyond every possible percentage, or percentages beyond every possible amount.
 * (An undecided column is read to the end.)
 */
const valueKindSettled: ProfileSettled = (p, left) => (p.amount > 0 && p.amount > p.percent + left) || p.percent > p.amount + left;

/** What each column of a table holds over its data rows (0-based, inclusive), computed once per column. */
export function contentKindOf(grid: Grid, data: { first: number; last: number }): (column: HeaderColumn) => ValueKind {
  const cache = new Map<number, ValueKind>();
  return (column) => {
    let kind = cache.get(column.col);
    if (kind === undefined) {
      kind = data.last >= data.first ? valueKind(profileColumn(grid, column.col, data.first, data.last, valueKindSettled)) : 'unclear';
      cache.set(column.col, kind);
    }
    return kind;
  };
}
