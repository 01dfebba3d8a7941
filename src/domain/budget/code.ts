/**
 * Budget codes as planners write them (Kepmendagri 050-5889/2021 and its 2024 amendment):
 * program U.BB.PP (4.01.02, shared programs X.XX.01), kegiatan U.BB.PP.K.KK (4.01.02.1.01),
 * sub kegiatan U.BB.PP.K.KK.SSSS or the older .SS (4.01.02.1.01.0001 / 4.01.02.1.01.01).
 * A kode rekening (5.1.02.01.01.0024) names a line item: its second segment is one digit,
 * where a programme code's is two, and it is never a parent by prefix.
 */
import type { BudgetLevel } from '../model';

export type CodeShape =
  | { kind: 'budget'; code: string; segments: string[]; level: Extract<BudgetLevel, 'unit' | 'program' | 'kegiatan' | 'subKegiatan'> }
  | { kind: 'rekening'; code: string }
  | { kind: 'none' };

const SEGMENT = /^(\d+|X+)$/i;

/**
 * "4.01.02.1.01.01." / " 4. 01. 02 " → "4.01.02.1.01.01" / "4.01.02"; upper-cases the shared X.XX. Spaces standing
 * for the dots ("4 01 02 1 01 0001", as some planners type a code) separate segments: a space between two digits
 * is a dot, every other space is dropped.
 */
export function normalizeCode(text: string): string {
  return text
    .replace(/([0-9X])[\s\u00a0]+(?=[0-9X])/gi, '$1.')
    .replace(/[\s\u00a0]+/g, '')
    .replace(/^\.+|\.+$/g, '')
    .toUpperCase();
}

/** What a kode cell's text is: a code of the budget hierarchy, a kode rekening, or not a code at all. */
export function classifyCode(text: string): CodeShape {
  const clean = cleanCodeKind(text);
  if (clean) return clean.kind === 'budget' ? { kind: 'budget', code: clean.code, segments: clean.code.split('.'), level: clean.level } : clean;
  const code = normalizeCode(text);
  if (code === '') return { kind: 'none' };
  const segments = code.split('.');
  if (!segments.every((s) => SEGMENT.test(s))) return { kind: 'none' };
  // Kode rekening: A.K.JJ… — both first segments a single digit, at least three segments.
  if (segments.length >= 3 && segments[0].length === 1 && segments[1].length === 1 && /^\d$/.test(segments[1])) {
    return { kind: 'rekening', code };
  }
  return { kind: 'budget', code, segments, level: levelOfSegments(segments.length) };
}

/** classifyCode without the segments: what the pass over every row of a table needs. */
export type CodeKind = { kind: 'budget'; code: string; level: Extract<BudgetLevel, 'unit' | 'program' | 'kegiatan' | 'subKegiatan'> } | { kind: 'rekening'; code: string } | { kind: 'none' };

export function codeKind(text: string): CodeKind {
  const clean = cleanCodeKind(text);
  if (clean) return clean;
  const shape = classifyCode(text);
  return shape.kind === 'budget' ? { kind: 'budget', code: shape.code, level: shape.level } : shape;
}

/** cleanCodeSegments' answer for a clean kode rekening; a clean budget code gives its segment count (≥ 1). */
export const CLEAN_REKENING = 0;
/** cleanCodeSegments' answer for any text that is not a cleanly typed code. */
export const NOT_CLEAN = -1;

/**
 * A code typed cleanly ("4.01.02.1.01.0001": digits between single dots) is its own normal form; one
 * pass over its characters classifies it without normalising or splitting — a Tabel 3.1 has one per row.
 * The segment count of a clean budget code, CLEAN_REKENING for a clean kode rekening, NOT_CLEAN for any
 * other text (which classifyCode reads the general way). A number, not an object: the placement pass asks it of every row.
 */
function cleanCodeSegments(text: string): number {
  return cleanCodeSegmentsSharing(text, '', unusedShare);
}

/** Where cleanCodeSegments lets cleanCodeSegmentsSharing write the length it does not ask for. */
const unusedShare = { shared: 0 };

/**
 * cleanCodeSegments, counting on the way how many leading characters `text` shares with `previous`
 * (commonLength) into `into.shared`: the placement of a Tabel 3.1 needs both of every code, and each
 * character is then read once. `into.shared` is left unset for text that is not a clean code.
 */
export function cleanCodeSegmentsSharing(text: string, previous: string, into: { shared: number }): number {
  let segments = 1;
  let length = 0;
  let first = 0;
  let second = 0;
  const common = Math.min(text.length, previous.length);
  let shared = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (shared === i && i < common && previous.charCodeAt(i) === c) shared++;
    if (c === 46) {
      if (length === 0) return NOT_CLEAN; // leading or doubled dot
      if (segments === 1) first = length;
      else if (segments === 2) second = length;
      segments++;
      length = 0;
    } else if (c >= 48 && c <= 57) length++;
    else return NOT_CLEAN;
  }
  if (length === 0) return NOT_CLEAN; // empty or a trailing dot
  into.shared = shared;
  if (segments === 2) second = length;
  if (segments >= 3 && first === 1 && second === 1) return CLEAN_REKENING;
  return segments;
}

function cleanCodeKind(text: string): CodeKind | undefined {
  const segments = cleanCodeSegments(text);
  if (segments === NOT_CLEAN) return undefined;
  if (segments === CLEAN_REKENING) return { kind: 'rekening', code: text };
  return { kind: 'budget', code: text, level: levelOfSegments(segments) };
}

/** Urusan/bidang codes above a programme (4, 4.01) group programmes the way the unit row does. */
export function levelOfSegments(n: number): Extract<BudgetLevel, 'unit' | 'program' | 'kegiatan' | 'subKegiatan'> {
  if (n <= 2) return 'unit';
  if (n === 3) return 'program';
  if (n <= 5) return 'kegiatan';
  return 'subKegiatan';
}

/** The proper prefixes of a code, longest first: 4.01.02.1.01 → 4.01.02.1, 4.01.02, 4.01, 4. */
export function properPrefixes(segments: string[]): string[] {
  const out: string[] = [];
  for (let n = segments.length - 1; n >= 1; n--) out.push(segments.slice(0, n).join('.'));
  return out;
}

/**
 * Whether code `a` comes strictly before `b` in the order a budget table lists codes: segment by segment,
 * a shorter segment first (…1.99 before …1.100), equal lengths by their digits, and a code before the codes
 * it prefixes. Codes that strictly increase in this order are distinct, and each code's subtree is contiguous.
 */
export function codeBefore(a: string, b: string): boolean {
  return codeBeforeFrom(a, b, commonLength(a, b));
}

/** How many leading characters two codes share. */
export function commonLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/**
 * codeBefore for codes known to share exactly their first `p` characters (commonLength): consecutive codes
 * share most of their text, and only the segment where they part decides (no splitting — this runs for
 * every pair of neighbouring rows).
 */
export function codeBeforeFrom(a: string, b: string, p: number): boolean {
  if (p === a.length) return p < b.length; // a equals b, or ends where b goes on (a prefix, or a shorter last segment)
  if (p === b.length) return false;
  if (a.charCodeAt(p) === DOT) return true; // a's segment ends first: shorter
  if (b.charCodeAt(p) === DOT) return false;
  const restA = segmentEnd(a, p) - p;
  const restB = segmentEnd(b, p) - p;
  return restA !== restB ? restA < restB : a.charCodeAt(p) < b.charCodeAt(p);
}

const DOT = 46;

function segmentEnd(code: string, from: number): number {
  const end = code.indexOf('.', from);
  return end < 0 ? code.length : end;
}

/** "JUMLAH", "Total", "Jumlah Total", "TOTAL BELANJA": a totals row. "Sub Total" / "Subtotal" too (see isSubtotalLabel). */
export function isTotalLabel(text: string): boolean {
  // It runs on three labels a row, and most can be told apart without the pattern: an empty label, one
  // starting with neither a space nor j/t/s, or "Sub …" not followed by "total" ("Sub Kegiatan 1.1.1").
  if (text === '') return false;
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x80) {
    const lower = first | 0x20;
    if (lower !== 0x6a && lower !== 0x74 && lower !== 0x73) return false;
    if (lower === 0x73 && !subThenMaybeTotal(text)) return false;
  }
  return TOTAL_LABEL.test(text);
}

const TOTAL_LABEL = /^\s*(jumlah|total|sub\s*-?\s*total)\b/i;

/**
 * For a label starting with "s": false when the pattern's "sub\s*-?\s*total" cannot match — the label
 * does not start with "sub", or the first character after "sub" and ASCII spaces is ASCII and neither a
 * dash nor a "t". True (the pattern decides) otherwise.
 */
function subThenMaybeTotal(text: string): boolean {
  if ((text.charCodeAt(1) | 0x20) !== 0x75 || (text.charCodeAt(2) | 0x20) !== 0x62) return false;
  let i = 3;
  let c = text.charCodeAt(i);
  while (c === 0x20 || (c >= 0x09 && c <= 0x0d)) c = text.charCodeAt(++i);
  return !(c < 0x80 && c !== 0x2d && (c | 0x20) !== 0x74);
}

/**
 * A subtotal sums only the roots since the previous totals row, not the whole table: "Sub Total …", "Jumlah Sub …",
 * and a total named for a group of programmes ("Jumlah Urusan Perhubungan", "Jumlah Bidang …", "Jumlah Program …", "Total Urusan …").
 */
export function isSubtotalLabel(text: string): boolean {
  return /^\s*(sub\s*-?\s*total|(jumlah|total)\s+(sub|urusan|bidang|program)\b)/i.test(text);
}
