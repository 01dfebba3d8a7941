/**
 * Reading one cell as an amount, a percentage or a plain number, the way the budget and indicator
 * builders need it: the value, what the cell showed, and what was wrong with how it was typed.
 */
import { a1, type Cell } from '../grid/grid';
import type { Amount } from '../model';
import { notANumberMessage, numberFormat } from '../rules/number-format';
import { displayText, literalPercentDecimals } from './display';
import { parseIndonesianNumber, type CellIssue, type Expect } from './number';
import { readPlainNumberInto, type PlainReading } from './plain-number';
import { isBlankText } from './trim';

/** Scratch for readPlainNumberInto: read and copied out before the next cell, never kept between calls. */
const plain: PlainReading = { value: 0, decimals: 0 };

export type { CellIssue, Expect, NumberReading } from './number';
export { parseIndonesianNumber } from './number';

export interface CellReading {
  amount: Amount;
  /** decimals as written (for stated percentages) */
  decimals?: number;
  issue?: CellIssue;
}

/** Read an amount / percent (percent units: 25.49) / plain number from a cell as planners type it. */
export function readCell(cell: Cell | undefined, address: string, expect: Expect): CellReading {
  const notes: CellNotes = { decimals: undefined, issue: undefined };
  const amount = readAmount(cell, address, expect, notes);
  // Whole literals rather than spreads or added keys: the reading's keys are those that have a value.
  const { decimals, issue } = notes;
  if (decimals === undefined) return issue ? { amount, issue } : { amount };
  return issue ? { amount, decimals, issue } : { amount, decimals };
}

/** What readAmount learns besides the Amount. The caller owns it and may reuse it from cell to cell. */
export interface CellNotes {
  decimals: number | undefined;
  issue: CellIssue | undefined;
}

/**
 * readCell without the CellReading around the Amount: decimals and issue go into `notes` (both reset
 * here). The budget builder reads every value cell of a table this way, so a clean cell costs its
 * Amount and nothing else that outlives the call.
 */
export function readAmount(cell: Cell | undefined, address: string, expect: Expect, notes: CellNotes): Amount {
  return read(cell, address, -1, -1, expect, notes);
}

/**
 * readAmount for the cell at 0-based sheet (row, col): the Amount spells its address out only when
 * something reads `cell` (a finding, the report). A table of a hundred thousand rows then holds no
 * address string per value, most of which nothing ever reads.
 */
export function readAmountAt(cell: Cell | undefined, row: number, col: number, expect: Expect, notes: CellNotes): Amount {
  return read(cell, '', row, col, expect, notes);
}

/** Either an address, or (row ≥ 0) the sheet coordinates an address is made from on demand. */
function read(cell: Cell | undefined, address: string, row: number, col: number, expect: Expect, notes: CellNotes): Amount {
  if (!cell || cell.value === null || cell.value === undefined) {
    notes.decimals = undefined;
    notes.issue = undefined;
    return amountOf(cell, address, row, col, cell?.text ?? '', null);
  }
  const raw = displayText(cell);
  // Numbers and plain typed amounts (nearly every cell) are read the clean way; the rest below.
  const cleanValue = readCleanValue(cell, expect, notes);
  if (cleanValue !== undefined) return amountOf(cell, address, row, col, raw, cleanValue);

  const value = cell.value;
  // A number that is not finite, or TRUE/FALSE.
  if (typeof value !== 'string') return refused(amountOf(cell, address, row, col, raw, null), notANumber(raw), notes);
  const reading = parseIndonesianNumber(value, expect);
  if (reading.issue && reading.issue.severity === 'error') return refused(amountOf(cell, address, row, col, raw, null), reading.issue, notes);
  notes.decimals = reading.decimals;
  notes.issue = reading.issue;
  return amountOf(cell, address, row, col, raw, reading.value);
}

/**
 * read()'s value for a cell read cleanly (not refused, no issue noted), without making the Amount or
 * rendering the cell's text; undefined for any other cell, which the caller reads with readAmountAt.
 * Sets notes.decimals as read() does. read() itself and the budget builder's clean cells read through it.
 */
export function readCleanValue(cell: Cell | undefined, expect: Expect, notes: CellNotes): number | null | undefined {
  notes.decimals = undefined;
  notes.issue = undefined;
  if (!cell || cell.value === null || cell.value === undefined) return null;
  const value = cell.value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const formatDecimals = decimalsOfFormat(cell.numberFormat);
    if (expect === 'percent' && isPercentFormat(cell.numberFormat)) {
      const literal = literalPercentDecimals(cell.numberFormat);
      const percent = clean((value * 100) / 10 ** literal);
      notes.decimals = literal > 0 ? literal : formatDecimals ?? shortestDecimals(percent);
      return percent;
    }
    notes.decimals = formatDecimals ?? shortestDecimals(value);
    return value;
  }
  if (typeof value === 'boolean') return undefined;
  if (readPlainNumberInto(value, expect, plain)) {
    notes.decimals = plain.decimals;
    return plain.value;
  }
  // Anything not plain may carry an issue: the Amount path reads it.
  return undefined;
}

/**
 * Whether readCell would give the cell a raw text other than blanks — without rendering numbers under
 * their formats (a number always shows something). Tells blank rows from data rows before any reading.
 */
export function showsText(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (cell.value === null || cell.value === undefined) return !isBlankText(cell.text ?? '');
  if (cell.text !== undefined && cell.text !== '') return !isBlankText(cell.text);
  return typeof cell.value === 'string' ? !isBlankText(cell.value) : true;
}

function amountOf(cell: Cell | undefined, address: string, row: number, col: number, raw: string, value: number | null): Amount {
  return row >= 0 ? new PlacedAmount(value, row, col, raw, cell?.formula) : plainAmount(cell, address, raw, value);
}

/** An Amount with its keys always in the order value, cell, raw, formula. */
function plainAmount(cell: Cell | undefined, address: string, raw: string, value: number | null): Amount {
  return cell?.formula !== undefined ? { value, cell: address, raw, formula: cell.formula } : { value, cell: address, raw };
}

/** The amount (fresh, value null) marked invalid, with the parser's first candidate as its suggestion. */
function refused(amount: Amount, issue: CellIssue, notes: CellNotes): Amount {
  const suggestion = issue.candidates?.[0];
  amount.invalid = true;
  if (suggestion !== undefined) amount.suggestion = suggestion;
  notes.issue = issue;
  return amount;
}

/**
 * The Amount readAmountAt gives for a clean cell (not refused), made again from what it was made of:
 * its value, the cell and the cell's sheet position. Lets a table keep those instead of the Amount.
 */
export function placedAmountOf(value: number | null, cell: Cell | undefined, row: number, col: number): Amount {
  // read()'s raw: a cell with no value shows its text (displayText would render an undefined value).
  const raw = !cell || cell.value === null || cell.value === undefined ? (cell?.text ?? '') : displayText(cell);
  return new PlacedAmount(value, row, col, raw, cell?.formula);
}

/**
 * An Amount that knows where its cell is and spells the A1 address out when `cell` is read. It reads and
 * serialises (JSON) as the plain Amount would: value, cell, raw, then formula, invalid, suggestion as set.
 */
class PlacedAmount implements Amount {
  declare formula?: string;
  declare invalid?: boolean;
  declare suggestion?: number;

  constructor(
    public value: number | null,
    private readonly sheetRow: number,
    private readonly sheetCol: number,
    public raw: string,
    formula: string | undefined,
  ) {
    if (formula !== undefined) this.formula = formula;
  }

  get cell(): string {
    return a1(this.sheetRow, this.sheetCol);
  }

  toJSON(): Amount {
    const out: Amount = { value: this.value, cell: this.cell, raw: this.raw };
    if (this.formula !== undefined) out.formula = this.formula;
    if (this.invalid !== undefined) out.invalid = this.invalid;
    if (this.suggestion !== undefined) out.suggestion = this.suggestion;
    return out;
  }
}

function notANumber(raw: string): CellIssue {
  return {
    rule: numberFormat.id,
    severity: numberFormat.severity,
    reason: 'not-a-number',
    message: notANumberMessage(raw),
  };
}

/** The format's first section with quoted literals and escapes removed, so "0.00\" %\"" is not a % format. */
function formatCode(numberFormat: string | undefined): string {
  if (!numberFormat) return '';
  const first = numberFormat.split(';')[0];
  return first.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\][]*\]/g, '');
}

export function isPercentFormat(numberFormat: string | undefined): boolean {
  return formatCode(numberFormat).includes('%');
}


/** Decimals an explicit number format shows ("0.00%" → 2, "#,##0" → 0); undefined for General or none. */
export function decimalsOfFormat(numberFormat: string | undefined): number | undefined {
  const code = formatCode(numberFormat);
  if (code === '' || /general/i.test(code) || code === '@') return undefined;
  if (!/[0#?]/.test(code)) return undefined;
  const m = /\.([0#?]+)/.exec(code);
  return m ? m[1].length : 0;
}

/** Decimals of a number's shortest representation: 25.49 → 2, 100 → 0. */
export function shortestDecimals(n: number): number {
  const s = String(n);
  if (s.includes('e-')) {
    const [mant, exp] = s.split('e-');
    const frac = mant.split('.')[1] ?? '';
    return frac.length + Number(exp);
  }
  const frac = s.split('.')[1];
  return frac ? frac.length : 0;
}

/** Drop binary noise from ×100 (0.2549 × 100 = 25.490000000000002). */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}
