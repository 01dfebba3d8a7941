/**
 * The shape nearly every typed amount or percentage has — "Rp. 1.234.500", "1.234.500,-", "25,49",
 * "25,49 %": an optional currency, well-formed thousands groups, an optional decimal comma — read in one
 * pass over the characters. Every cell of every table passes here, and the general reader's regular
 * expressions and string splitting cost microseconds a cell.
 *
 * It answers only where the general reader (readWrittenNumber) would give the same reading with no issue,
 * and returns undefined for everything else (signs, dashes, faults, English style, other spaces), which
 * then goes the general way. A property test holds the two to the same results.
 */
import type { Expect, NumberReading } from './number-types';
import { trimText } from './trim';

const SPACE = 32;
const DOT = 46;
const COMMA = 44;
const DASH = 45;
const PERCENT = 37;
const COLON = 58;
const ZERO = 48;
const NINE = 57;

/** Up to 15 digits in all, the value is an exact integer and its decimal division is exactly what Number("I.F") gives. */
const MAX_DIGITS = 15;

const isDigit = (c: number) => c >= ZERO && c <= NINE;

/** Past "Rp" / "Rp." / "Rp :" / "IDR " (any case); `at` when there is no currency. No closure: it runs for every value cell. */
function skipCurrency(s: string, at: number): number {
  let i = at;
  const first = s.charCodeAt(i) | 0x20;
  if (first === 0x72 && (s.charCodeAt(i + 1) | 0x20) === 0x70) i += 2; // rp
  else if (first === 0x69 && (s.charCodeAt(i + 1) | 0x20) === 0x64 && (s.charCodeAt(i + 2) | 0x20) === 0x72) i += 3; // idr
  else return at;
  while (s.charCodeAt(i) === SPACE) i++;
  if (s.charCodeAt(i) === DOT || s.charCodeAt(i) === COLON) i++;
  while (s.charCodeAt(i) === SPACE) i++;
  return i;
}

export function readPlainNumber(text: string, expect: Expect): NumberReading | undefined {
  const out: PlainReading = { value: 0, decimals: 0 };
  return readPlainNumberInto(text, expect, out) ? { value: out.value, decimals: out.decimals } : undefined;
}

/** A plain number's value and decimals, written by readPlainNumberInto into an object the caller reuses. */
export interface PlainReading {
  value: number;
  decimals: number;
}

/**
 * readPlainNumber without an object per reading: true and `out` filled when the text has the plain shape,
 * false (out untouched) otherwise. The budget builder reads every value cell of a table this way.
 */
export function readPlainNumberInto(text: string, expect: Expect, out: PlainReading): boolean {
  const s = trimText(text);
  const n = s.length;
  let i = skipCurrency(s, 0);

  // Integer part: digits, or 1–3 digits then groups of exactly three after each dot. `c` is the
  // character at i: each character is read once (every value cell of a table passes here).
  let whole = 0;
  let firstGroup = 0;
  let dots = 0;
  let c = s.charCodeAt(i);
  while (isDigit(c)) {
    whole = whole * 10 + (c - ZERO);
    firstGroup++;
    c = s.charCodeAt(++i);
  }
  if (firstGroup === 0) return false;
  while (c === DOT) {
    if (firstGroup > 3) return false;
    const d1 = s.charCodeAt(i + 1);
    const d2 = s.charCodeAt(i + 2);
    const d3 = s.charCodeAt(i + 3);
    if (!isDigit(d1) || !isDigit(d2) || !isDigit(d3)) return false;
    whole = whole * 1000 + (d1 - ZERO) * 100 + (d2 - ZERO) * 10 + (d3 - ZERO);
    i += 4;
    dots++;
    c = s.charCodeAt(i);
  }
  if (isDigit(c)) return false; // a fourth digit in a group
  const digits = firstGroup + 3 * dots;

  // ",49" decimals, then an optional ",-" (no cents), then an optional "%".
  let fraction = 0;
  let decimals = 0;
  if (c === COMMA && isDigit(s.charCodeAt(i + 1))) {
    c = s.charCodeAt(++i);
    while (isDigit(c)) {
      fraction = fraction * 10 + (c - ZERO);
      decimals++;
      c = s.charCodeAt(++i);
    }
  }
  if (c === COMMA && s.charCodeAt(i + 1) === DASH) i += 2;
  let percent = false;
  let j = i;
  while (s.charCodeAt(j) === SPACE) j++;
  if (j < n && s.charCodeAt(j) === PERCENT) {
    percent = true;
    i = j + 1;
  }
  if (i !== n) return false;

  // "50%" in an amount column and "1,500" (English thousands in an amount) need the general reader's words.
  if (percent && expect === 'amount') return false;
  if (dots === 0 && decimals === 3 && expect === 'amount') return false;
  if (digits + decimals > MAX_DIGITS) return false;
  // One correctly rounded division of exact integers: the double nearest to the decimal written.
  const scale = 10 ** decimals;
  out.value = decimals === 0 ? whole : (whole * scale + fraction) / scale;
  out.decimals = decimals;
  return true;
}
