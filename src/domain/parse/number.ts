/**
 * Numbers as Indonesian planners type them: "." groups thousands, "," is the decimal mark
 * ("Rp. 1.500.000.000,-", "25,49 %"). A digit group that is not three long after a thousands dot
 * ("375.000.00") is refused with likely values; English separators ("Rp. 2,100,000") are read with a warning.
 */

import { digitGroupsMessage, excelErrorMessage, numberFormat, strayCharactersMessage, twoDecimalMarksMessage } from '../rules/number-format';
import type { Text } from '../rules/rule';
import { englishDecimalMessage, englishSeparatorsMessage, separatorStyle } from '../rules/separator-style';
import { groupThousands } from './format';
import type { CellIssue, Expect, NumberReading } from './number-types';
import { readPlainNumber } from './plain-number';

export type { CellIssue, Expect, NumberReading } from './number-types';

/** "-", "–", "—", "−": the planner's way of writing zero / none. */
const DASH_ONLY = /^[-–—−]+$/;
const CURRENCY_PREFIX = /^(?:rp|idr)\s*[.:]?\s*/i;
/** Trailing ",-", ",-.", ".-", "." after the digits: "no cents" marks and sentence dots. */
function isTrailingMark(code: number): boolean {
  return code === 46 || code === 44 || code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2212 || isSpace(code);
}

/** What `\s` matches among the characters that reach here (runs of white space are already one " "). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x0b || code === 0x0c || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x205f || code === 0x3000 || code === 0x85;
}

/**
 * `s` without its trailing marks. A scan from the end, not a pattern: `/[\s.,-]+$/` tries every start
 * in a long run of dots and spaces and so costs the square of its length (minutes on a 19 KB sheet).
 */
function withoutTrailingMarks(s: string): string {
  let end = s.length;
  while (end > 0 && isTrailingMark(s.charCodeAt(end - 1))) end--;
  return s.slice(0, end);
}

/** `s` without a final "%" and the spaces around it; a linear form of `/\s*%\s*$/`. */
function withoutPercentSign(s: string): string {
  const t = s.trimEnd();
  return t.endsWith('%') ? t.slice(0, -1).trimEnd() : s;
}

/** Read a number written the Indonesian way. `expect` decides how a lone "." or "," is understood. */
export function parseIndonesianNumber(text: string, expect: Expect): NumberReading {
  // The usual shape is read in one pass (plain-number.ts); the general reader takes everything else.
  return readPlainNumber(text, expect) ?? readWrittenNumber(text, expect);
}

/**
 * The general reader: signs, dashes, currency, "%", "no cents" marks, then the digits and separators.
 * Exported for the test that holds the plain-shape shortcut to the same results.
 */
export function readWrittenNumber(text: string, expect: Expect): NumberReading {
  const quoted = text.trim();
  let s = quoted.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (s === '') return { value: null };
  if (EXCEL_ERROR.test(s)) return excelError(s);

  // "-Rp 1.500": a sign written before the currency.
  let negative = false;
  if (/^[-−]\s*(?:rp|idr)/i.test(s)) {
    negative = true;
    s = s.replace(/^[-−]\s*/, '');
  }
  s = s.replace(CURRENCY_PREFIX, '');
  if (expect !== 'amount') s = withoutPercentSign(s);
  s = s.trim();
  if (s === '' || DASH_ONLY.test(s)) return { value: 0, decimals: 0 };

  // Sign: "-1.500", "−1.500", or the accountants' "(1.500)".
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−]\s*\d/.test(s)) {
    negative = true;
    s = s.replace(/^[-−]\s*/, '');
  }
  s = withoutTrailingMarks(s).replace(/\s+/g, '');
  if (s === '') return { value: 0, decimals: 0 };

  const body = readBody(s, quoted, expect);
  if (body.value === null || !negative) return body;
  return {
    ...body,
    value: body.value === 0 ? 0 : -body.value,
    issue: body.issue?.candidates ? { ...body.issue, candidates: body.issue.candidates.map((c) => -c) } : body.issue,
  };
}

/** Digits with "." and "," only, sign and currency already taken off. */
function readBody(s: string, quoted: string, expect: Expect): NumberReading {
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return strayCharacters(s, quoted, expect);

  const commas = count(s, ',');
  const dots = count(s, '.');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');

  if (commas === 0 && dots === 0) return whole(s);

  // Both marks: whichever comes last is the decimal mark.
  if (commas > 0 && dots > 0) {
    if (lastComma > lastDot) {
      if (commas > 1) return twoDecimalMarks(quoted, ',');
      return groupedWithDecimals(s.slice(0, lastComma), s.slice(lastComma + 1), '.', quoted);
    }
    if (dots > 1) return twoDecimalMarks(quoted, '.');
    const english = groupedWithDecimals(s.slice(0, lastDot), s.slice(lastDot + 1), ',', quoted);
    return english.issue ? english : { ...english, issue: englishSeparators(quoted, english.value) };
  }

  if (commas > 0) {
    const groups = s.split(',');
    const englishThousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0].length >= 1 && groups[0].length <= 3;
    // "2,100,000": several commas in three-digit groups are English thousands. In an amount, even a single
    // ",000" is: rupiah never have three decimals.
    if (englishThousands && (commas > 1 || expect === 'amount')) {
      const value = Number(groups.join(''));
      return { value, decimals: 0, issue: englishSeparators(quoted, value) };
    }
    if (commas > 1) return twoDecimalMarks(quoted, ',');
    return groupedWithDecimals(groups[0], groups[1], '.', quoted);
  }

  // Dots only.
  const groups = s.split('.');
  if (dots === 1 && expect !== 'amount' && groups[1].length !== 3 && groups[0].length > 0 && groups[1].length > 0) {
    // "13.36%": an English decimal point in a percentage or a count.
    const value = Number(s);
    return { value, decimals: groups[1].length, issue: englishDecimal(quoted, value) };
  }
  return groupedWithDecimals(s, '', '.', quoted);
}

/** Integer part grouped by `groupMark`, optional decimal digits. Refuses bad group lengths. */
function groupedWithDecimals(intPart: string, fraction: string, groupMark: '.' | ',', quoted: string): NumberReading {
  if (!/^\d*$/.test(fraction)) return twoDecimalMarks(quoted, groupMark === '.' ? ',' : '.');
  const groups = intPart.split(groupMark);
  const decimals = fraction.length;
  const fractionValue = decimals > 0 ? Number(`0.${fraction}`) : 0;
  const bad = firstBadGroup(groups);
  if (bad === null) {
    const value = round(Number(groups.join('') || '0') + fractionValue, decimals);
    return { value, decimals };
  }
  const candidates = groupCandidates(groups, bad).map((c) => round(c + fractionValue, decimals));
  return { value: null, issue: digitGroups(quoted, groups, bad, groupMark, candidates) };
}

/** Index of the first group that breaks the "1–3 digits, then exactly 3" rule, or null. */
function firstBadGroup(groups: string[]): number | null {
  if (groups.length === 1) return null;
  if (groups[0].length < 1 || groups[0].length > 3) return 0;
  for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) return i;
  return null;
}

/**
 * Likely values for a bad grouping. A last group that is too short lost its trailing zeros
 * ("375.000.00" → 375.000.000); a group that is too long got an extra digit, so the digits
 * as typed come first ("22.8000" → 228.000).
 */
function groupCandidates(groups: string[], bad: number): number[] {
  const concatenated = Number(groups.join(''));
  const out: number[] = [];
  const g = groups[bad];
  if (bad > 0 && g.length < 3) {
    const padded = Number([...groups.slice(0, bad), g.padEnd(3, '0'), ...groups.slice(bad + 1)].join(''));
    if (bad === groups.length - 1) out.push(padded, concatenated);
    else out.push(concatenated, padded);
  } else {
    out.push(concatenated);
    // "22.8000": one zero too many is the other likely slip.
    if (bad > 0 && /^\d{3}0+$/.test(g)) {
      out.push(Number([...groups.slice(0, bad), g.slice(0, 3), ...groups.slice(bad + 1)].join('')));
    }
  }
  return [...new Set(out)];
}

function whole(s: string): NumberReading {
  return { value: Number(s), decimals: 0 };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function round(n: number, decimals: number): number {
  return Number(n.toFixed(Math.min(Math.max(decimals, 0), 20)));
}

/** Indonesian digit grouping for messages: 375000000 → "375.000.000" (decimals with ","). */
function show(n: number): string {
  const [i, f] = String(Math.abs(n)).split('.');
  const grouped = groupThousands(i, '.');
  return (n < 0 ? '-' : '') + (f ? `${grouped},${f}` : grouped);
}

function digitGroups(quoted: string, groups: string[], bad: number, mark: '.' | ',', candidates: number[]): CellIssue {
  const guess = candidates.length > 0 ? candidates.map(show).join(' / ') : '';
  return {
    rule: numberFormat.id,
    severity: numberFormat.severity,
    reason: 'digit-groups',
    message: digitGroupsMessage(quoted, groups, bad, mark, guess),
    candidates,
  };
}

function twoDecimalMarks(quoted: string, mark: string): NumberReading {
  return refusal('stray-characters', twoDecimalMarksMessage(quoted, mark));
}

/** A reading that refuses the text: a number-format error with its reason, its explanation and any likely values. */
function refusal(reason: string, message: Text, candidates: number[] = []): NumberReading {
  return {
    value: null,
    issue: { rule: numberFormat.id, severity: numberFormat.severity, reason, message, ...(candidates.length > 0 ? { candidates } : {}) },
  };
}

/** An Excel error value (a formula that failed, or one copied as text): no digits in it are worth suggesting. */
const EXCEL_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

function excelError(s: string): NumberReading {
  return refusal('excel-error', excelErrorMessage(s));
}

function strayCharacters(s: string, quoted: string, expect: Expect): NumberReading {
  const stray = [...new Set(s.replace(/[\d.,]/g, ''))].join('');
  // A letter O or l typed for 0 or 1 ("1.5OO.000") is the likeliest slip; otherwise the number left
  // when the characters are dropped.
  const lookalike = s.replace(/[oO]/g, '0').replace(/[lI]/g, '1');
  const rest = s.replace(/[^\d.,]/g, '');
  const candidates = [
    ...(/^[\d.,]+$/.test(lookalike) ? valuesOf(readBody(lookalike, quoted, expect)) : []),
    ...(rest && /\d/.test(rest) ? valuesOf(readBody(rest, quoted, expect)) : []),
  ].filter((v, i, all) => all.indexOf(v) === i);
  return refusal('stray-characters', strayCharactersMessage(quoted, stray), candidates);
}

/** The value a reading settled on, or the candidates it offers. */
function valuesOf(r: NumberReading): number[] {
  return r.value !== null ? [r.value] : (r.issue?.candidates ?? []);
}

function englishSeparators(quoted: string, value: number | null): CellIssue {
  return { rule: separatorStyle.id, severity: separatorStyle.severity, reason: 'english-separators', message: englishSeparatorsMessage(quoted, value === null ? null : show(value)) };
}

function englishDecimal(quoted: string, value: number): CellIssue {
  return { rule: separatorStyle.id, severity: separatorStyle.severity, reason: 'english-decimal', message: englishDecimalMessage(quoted, show(value)) };
}
