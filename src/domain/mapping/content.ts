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

export type CellShape = 'empty' | 'dash' | 'amount' | 'percent' | 'small' | 'code' | 'text';

/**
 * Program 4.01.02, kegiatan 4.01.02.1.01, sub kegiatan 4.01.02.1.01.0001 or .01, kode rekening 5.1.02.01.01.0024, shared X.XX.
 * The definition; matchesBudgetCode below is its hand-rolled twin, tested against it.
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
  // No trim() first: a builtin call per cell, and the fast paths answer for untrimmed text only what they
  // would answer for it trimmed (see quickTextShape). Whatever they leave is trimmed and judged in full.
  return quickTextShape(v) ?? trimmedTextShape(v, cell);
}

function trimmedTextShape(v: string, cell: Cell): CellShape {
  const t = v.trim();
  if (t === '') return 'empty';
  return quickTextShape(t) ?? textShape(t, cell);
}

/*
 * Fast paths for the commonest texts of a budget column: codes ("4.01.02.1.01.0001"), "Rp. 1.500.000",
 * "28.331.441" and percentages typed as "25,49". Each fast path gives exactly what the patterns in
 * textShape give (the tests check them against those patterns): it answers only when it is sure and
 * otherwise leaves the cell to the patterns. Why they exist and live here: docs/performance.md.
 */

/**
 * The shape of text by the fast paths, or undefined when unsure. Given untrimmed text it answers only what
 * it answers for the trimmed text: it answers only for text starting with "R" or a digit (so nothing to trim
 * in front); the "Rp" check reads a prefix, which trailing whitespace leaves alone, and the digit checks
 * take the whole text, which trailing whitespace fails.
 */
function quickTextShape(t: string): CellShape | undefined {
  const first = t.charCodeAt(0);
  if (first === 82 || first === 114) return isRupiahAmount(t) ? 'amount' : undefined; // "R", "r"
  if (!isDigit(first)) return undefined;
  if (matchesBudgetCode(t)) return 'code';
  // Small decimals and dotted amounts are apart (no dot against two or more), so their order does not matter.
  if (isSmallDecimal(t)) return 'small';
  if (isDottedAmount(t)) return 'amount';
  return undefined;
}

/**
 * True for text a budget column holds as an amount ("Rp. 1.500.000", "28.331.441"), by the fast paths alone:
 * a header or title never reads so, so a row holding one is a data row. Codes and small numbers are not amounts.
 */
export function isTypedAmount(t: string): boolean {
  const first = t.charCodeAt(0);
  if (first === 82 || first === 114) return isRupiahAmount(t);
  return isDigit(first) && !matchesBudgetCode(t) && isDottedAmount(t);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57; // "0"–"9", as \d without the u flag
}

/** [0-9X] under the i flag. */
function isDigitOrX(code: number): boolean {
  return isDigit(code) || code === 88 || code === 120;
}

const DOT = 46;

/**
 * The hand-rolled BUDGET_CODE (above) on trimmed text: one [0-9X] unit, a bidang of two [0-9X]
 * or one digit, then one or more segments of 1, 2 or 4 digits, all joined by dots. Each character is
 * read once.
 */
function matchesBudgetCode(t: string): boolean {
  const n = t.length;
  if (n < 5 || !isDigitOrX(t.charCodeAt(0)) || t.charCodeAt(1) !== DOT) return false;
  // Bidang: one digit before a dot at 3, or two [0-9X] before a dot at 4.
  const b1 = t.charCodeAt(2);
  const b2 = t.charCodeAt(3);
  let i: number;
  if (b2 === DOT) {
    if (!isDigit(b1)) return false;
    i = 4;
  } else {
    if (!isDigitOrX(b1) || !isDigitOrX(b2) || t.charCodeAt(4) !== DOT) return false;
    i = 5;
  }
  // Segments from i on: digits, each run ended by a dot or the end, of length 1, 2 or 4.
  let length = 0;
  for (; i < n; i++) {
    const code = t.charCodeAt(i);
    if (isDigit(code)) {
      length++;
    } else if (code === DOT && (length === 1 || length === 2 || length === 4)) {
      length = 0;
    } else {
      return false;
    }
  }
  return length === 1 || length === 2 || length === 4;
}

/** Longest fraction the fast path takes: well short of where rounding could carry 999,99… up to 1.000. */
const MAX_FRACTION_DIGITS = 6;

/**
 * "25,49", "100", "7": at most three whole digits and an optional decimal comma. The number parser reads
 * these as themselves, below the rupiah threshold of 1.000, so their shape is "small".
 */
function isSmallDecimal(t: string): boolean {
  const n = t.length;
  let i = 0;
  while (i < n && isDigit(t.charCodeAt(i))) i++;
  if (i < 1 || i > 3) return false;
  if (i === n) return true;
  if (t.charCodeAt(i) !== 44) return false; // ","
  const fraction = n - i - 1;
  if (fraction < 1 || fraction > MAX_FRACTION_DIGITS) return false;
  for (let j = i + 1; j < n; j++) if (!isDigit(t.charCodeAt(j))) return false;
  return true;
}

/**
 * "Rp. 1.500.000", "Rp 75.000", "rp.22.8000": "Rp", an optional dot, spaces, then a digit. Such text is
 * no dash line, no code and no percentage, so the "Rp" rule makes it an amount whatever follows.
 */
function isRupiahAmount(t: string): boolean {
  const r = t.charCodeAt(0);
  const p = t.charCodeAt(1);
  if ((r !== 82 && r !== 114) || (p !== 80 && p !== 112)) return false;
  let i = 2;
  if (t.charCodeAt(i) === DOT) i++;
  while (t.charCodeAt(i) === 32) i++;
  return isDigit(t.charCodeAt(i));
}

/**
 * "28.331.441", "375.000.00", "4.01.02.1.001.0001": digits in dot-separated groups, at least two dots, four
 * digits or more, the first digit not zero. The number parser reads these, or refuses them with a likely
 * value, built from all their digits (with zeros added to a short group), so at least 1.000: an amount.
 * Run after the code check: a valid code has this form too.
 */
function isDottedAmount(t: string): boolean {
  const n = t.length;
  const first = t.charCodeAt(0);
  if (first < 49 || first > 57 || t.charCodeAt(n - 1) === DOT) return false; // "1"–"9" first, no trailing dot
  let dots = 0;
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const code = t.charCodeAt(i);
    if (code === DOT) dots++;
    else if (isDigit(code)) digits++;
    else return false;
  }
  return dots >= 2 && digits >= 4;
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

/** One column to profile (0-based sheet column), and when the rest of it can no longer change the caller's answer. */
export interface ProfileRequest {
  col: number;
  settled?: ProfileSettled;
}

function emptyProfile(): ColumnProfile {
  return { empty: 0, dash: 0, amount: 0, percent: 0, small: 0, code: 0, text: 0 };
}

/**
 * Counts the shapes of one column over sheet rows [fromRow, toRow] (0-based, inclusive). With `settled`,
 * stops soon after the rest of the column can no longer change the caller's answer (within SETTLE_EVERY
 * rows), giving the answer the whole column would.
 */
export function profileColumn(grid: Grid, col: number, fromRow: number, toRow: number, settled?: ProfileSettled): ColumnProfile {
  return profileColumns(grid, [{ col, settled }], fromRow, toRow)[0];
}

/** How often (in rows) profileColumns asks whether a column is settled; always on the last row. */
const SETTLE_EVERY = 32;

/**
 * profileColumn for several columns over the same rows, in one pass row by row: each column counts until
 * its own `settled` says so, and the pass ends when every column has. Each column's counts are what profileColumn gives it: rows are counted in the same order and settled alike.
 */
export function profileColumns(grid: Grid, requests: readonly ProfileRequest[], fromRow: number, toRow: number): ColumnProfile[] {
  const profiles = requests.map(emptyProfile);
  // Rows read directly rather than through cellAt: this loop visits every cell of the columns.
  const { rows, originRow } = grid;
  const offsets = requests.map((q) => q.col - grid.originCol);
  // Indexes of the requests still counting; a settled one is swapped out.
  const open = requests.map((_, i) => i);
  let openCount = open.length;
  for (let r = fromRow; r <= toRow && openCount > 0; r++) {
    const row = rows[r - originRow];
    const left = toRow - r;
    // Asked every SETTLE_EVERY rows: that reads at most that many rows more, and gives the same answers
    // (once settled, the counts read so far already give the column's answer).
    const ask = left % SETTLE_EVERY === 0;
    for (let k = 0; k < openCount; ) {
      const i = open[k];
      const profile = profiles[i];
      count(profile, cellShape(row ? row[offsets[i]] : undefined));
      const settled = ask ? requests[i].settled : undefined;
      if (settled && settled(profile, left)) open[k] = open[--openCount];
      else k++;
    }
  }
  return profiles;
}

/** profile[shape]++. */
function count(profile: ColumnProfile, shape: CellShape): void {
  switch (shape) {
    case 'empty': profile.empty++; break;
    case 'dash': profile.dash++; break;
    case 'amount': profile.amount++; break;
    case 'percent': profile.percent++; break;
    case 'small': profile.small++; break;
    case 'code': profile.code++; break;
    case 'text': profile.text++; break;
  }
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
export const valueKindSettled: ProfileSettled = (p, left) => (p.amount > 0 && p.amount > p.percent + left) || p.percent > p.amount + left;

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

/** Codes against what a numbering column holds instead: text, amounts, small numbers. */
function nonCodes(p: ColumnProfile): number {
  return p.text + p.amount + p.small;
}

/** A kode column that actually holds budget codes (4.01.02, 4.01.02.1.01.0001), not a plain numbering. */
export function holdsCodes(p: ColumnProfile): boolean {
  return p.code > 0 && p.code >= nonCodes(p);
}

/** Once codes lead by the rows left, or trail by more, the rest of the column cannot change holdsCodes. */
export const codesSettled: ProfileSettled = (p, left) => (p.code > 0 && p.code >= nonCodes(p) + left) || p.code + left < nonCodes(p);
