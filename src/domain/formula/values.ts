/**
 * The values a formula works on, with Excel's rules for blanks, text and logicals, so that what the
 * evaluator computes is what Excel shows for the same cells.
 */

/** An Excel error value (#DIV/0!, #VALUE!), kept apart from text that merely starts with "#". */
export class ExcelError {
  constructor(readonly code: string) {}
}

/** One cell's value: a blank is null. */
export type Scalar = number | string | boolean | null | ExcelError;

/** A reference keeps its cells, so SUM can skip text in referenced cells as Excel does. */
export interface RangeValue {
  range: Scalar[];
}

export type Value = Scalar | RangeValue;

export function isRange(v: Value): v is RangeValue {
  return typeof v === 'object' && v !== null && !(v instanceof ExcelError);
}

/** A reference used as a single value: its one cell (a range in scalar position is #VALUE!). */
export function scalar(v: Value): Scalar {
  if (!isRange(v)) return v;
  if (v.range.length !== 1) return new ExcelError('#VALUE!');
  return v.range[0];
}

export function toNumber(v: Scalar): number | ExcelError {
  if (v instanceof ExcelError) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = v.trim() === '' ? Number.NaN : Number(v);
  return Number.isNaN(n) ? new ExcelError('#VALUE!') : n;
}

export function toBool(v: Scalar): boolean | ExcelError {
  if (v instanceof ExcelError) return v;
  if (typeof v === 'string') return new ExcelError('#VALUE!');
  return Boolean(v);
}

/** Excel's ordering across types: numbers < text < logicals; a blank takes the other side's type. */
export function compare(op: string, l: Scalar, r: Scalar): Scalar {
  if (l instanceof ExcelError) return l;
  if (r instanceof ExcelError) return r;
  const blankAs = (other: Scalar): Scalar => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const a = l === null ? blankAs(r) : l;
  const b = r === null ? blankAs(l) : r;
  const rank = (x: Scalar): number => (typeof x === 'number' ? 0 : typeof x === 'string' ? 1 : 2);
  let c: number;
  if (rank(a) !== rank(b)) c = rank(a) - rank(b);
  else if (typeof a === 'string' && typeof b === 'string') c = a.toLowerCase().localeCompare(b.toLowerCase());
  else c = Number(a) - Number(b);
  switch (op) {
    case '=': return c === 0;
    case '<>': return c !== 0;
    case '<': return c < 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    default: return c >= 0;
  }
}

/** + - * / ^ on numbers, & on text; the first error operand wins, as in Excel. */
export function arith(op: string, l: Scalar, r: Scalar): Scalar {
  if (op === '&') {
    if (l instanceof ExcelError) return l;
    if (r instanceof ExcelError) return r;
    return `${l ?? ''}${r ?? ''}`;
  }
  const a = toNumber(l);
  if (a instanceof ExcelError) return a;
  const b = toNumber(r);
  if (b instanceof ExcelError) return b;
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '^': return a ** b;
    default: return b === 0 ? new ExcelError('#DIV/0!') : a / b;
  }
}

/** A value as a cell would hold it: errors as their code, logicals as TRUE/FALSE text. */
export function exported(v: Scalar): number | string | null {
  if (v instanceof ExcelError) return v.code;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}
