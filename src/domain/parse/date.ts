/**
 * Dates as planners write them in a kegiatan table: "Tanggal 26 Februari 2024", "26- 28 Februari 2024",
 * "25 s/d 26 Maret 2024", "Januari s.d Maret 2024", "Maret 2024", "26/02/2024", and Excel date serials.
 * A date written with a month only spans the whole month.
 */
import { tokenizeDates, type DateToken } from './date-tokens';

export interface YMD {
  year: number;
  /** 1–12 */
  month: number;
  /** absent for a month-only date (spans the month) */
  day?: number;
}

export type DateReading =
  | { ok: true; start: YMD; end: YMD }
  | { ok: false; reason: 'no-date' | 'no-such-day'; message: { id: string; en: string } };

/** A date found inside a longer text, with the piece of text it was read from. */
export type FoundDate = DateReading & { text: string };

export const BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];
export const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a YMD covers (a month-only date starts on the 1st). */
export function firstDay(d: YMD): Required<YMD> {
  return { year: d.year, month: d.month, day: d.day ?? 1 };
}

/** The last day a YMD covers (a month-only date ends on the month's last day). */
export function lastDay(d: YMD): Required<YMD> {
  return { year: d.year, month: d.month, day: d.day ?? daysInMonth(d.year, d.month) };
}

/** Negative when a is before b; compares days (a month-only date counts as its first day). */
export function compareYMD(a: YMD, b: YMD): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x.year - y.year || x.month - y.month || x.day - y.day;
}

/** "26 Februari 2024", "Maret 2024" (month-only); English month names when lang = 'en'. */
export function formatYMD(d: YMD, lang: 'id' | 'en' = 'id'): string {
  const month = (lang === 'en' ? MONTHS_EN : BULAN)[d.month - 1];
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** Excel 1900-system serial → date. Excel counts a 29 Februari 1900 that never was (serial 60), so later serials are one off. */
export function dateFromSerial(serial: number): YMD {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole > 60 ? whole - 1 : whole;
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Read the date (or date range) a cell's text states; several dates in one text give the span over all of them. */
export function parseDateText(text: string, defaultYear?: number): DateReading {
  const found = findDatesInText(text, defaultYear);
  const bad = found.find((f) => !f.ok);
  if (bad && !bad.ok) return { ok: false, reason: bad.reason, message: bad.message };
  let start: YMD | undefined;
  let end: YMD | undefined;
  for (const f of found) {
    if (!f.ok) continue;
    if (!start || compareYMD(f.start, start) < 0) start = f.start;
    if (!end || compareYMD(lastDay(f.end), lastDay(end)) > 0) end = f.end;
  }
  if (!start || !end) {
    const t = text.trim();
    return {
      ok: false,
      reason: 'no-date',
      message: {
        id: t ? `"${t}" tidak memuat tanggal yang dapat dibaca` : 'tanggal kosong',
        en: t ? `"${t}" holds no readable date` : 'no date given',
      },
    };
  }
  return { ok: true, start, end };
}

interface Element {
  day?: number;
  month?: number;
  year?: number;
  from: number;
  to: number;
}

/** Every date or date range written in a text, e.g. the letter date in "Nomor : 0008.5/20/BO1.2 Tanggal : 03 April 2024". */
export function findDatesInText(text: string, defaultYear?: number): FoundDate[] {
  const tokens = tokenizeDates(text);
  const out: FoundDate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = readElement(tokens, i);
    if (!first) {
      i++;
      continue;
    }
    const chain = [first.element];
    let next = first.next;
    for (;;) {
      const c = skip(tokens, next);
      if (c >= tokens.length || (tokens[c].kind !== 'range' && tokens[c].kind !== 'list')) break;
      const more = readElement(tokens, c + 1);
      if (!more) break;
      chain.push(more.element);
      next = more.next;
    }
    const found = resolveChain(chain, text, defaultYear);
    if (found) out.push(found);
    i = next;
  }
  return out;
}

function skip(tokens: DateToken[], i: number): number {
  while (i < tokens.length && tokens[i].kind === 'skip') i++;
  return i;
}

/** One day-month-year, month-year, numeric date, or a bare day that waits for a month further on ("26- 28 Februari"). */
function readElement(tokens: DateToken[], at: number): { element: Element; next: number } | undefined {
  const i = skip(tokens, at);
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'full') {
    return { element: { day: t.day, month: t.month, year: t.year, from: t.from, to: t.to }, next: i + 1 };
  }
  if (t.kind === 'month') return withYear({ month: t.value, from: t.from, to: t.to }, tokens, i + 1);
  if (t.kind === 'num' && t.value >= 1 && t.value <= 31) {
    const j = skip(tokens, i + 1);
    const u = tokens[j];
    if (u?.kind === 'month') return withYear({ day: t.value, month: u.value, from: t.from, to: u.to }, tokens, j + 1);
    if (u?.kind === 'range' || u?.kind === 'list') return { element: { day: t.value, from: t.from, to: t.to }, next: i + 1 };
  }
  return undefined;
}

function withYear(e: Element, tokens: DateToken[], at: number): { element: Element; next: number } {
  const j = skip(tokens, at);
  const y = tokens[j];
  if (y?.kind === 'year') return { element: { ...e, year: y.value, to: y.to }, next: j + 1 };
  return { element: e, next: at };
}

/** Later parts lend their month and year to earlier ones: "26 - 28 Februari 2024", "Januari s.d Maret 2024". */
function resolveChain(chain: Element[], text: string, defaultYear?: number): FoundDate | undefined {
  const els = chain.map((e) => ({ ...e }));
  for (let k = els.length - 2; k >= 0; k--) {
    if (els[k].month === undefined && els[k + 1].month !== undefined && els[k].day !== undefined) {
      els[k].month = els[k + 1].month;
      if (els[k].year === undefined) els[k].year = els[k + 1].year;
    }
    if (els[k].year === undefined && els[k + 1].year !== undefined) {
      // "Desember – Januari 2024": an earlier month after a later one is the year before.
      const later = els[k + 1];
      const before = (els[k].month ?? 0) > (later.month ?? 0) || ((els[k].month === later.month) && (els[k].day ?? 0) > (later.day ?? 99));
      els[k].year = before ? (later.year as number) - 1 : later.year;
    }
  }
  for (let k = 1; k < els.length; k++) if (els[k].year === undefined) els[k].year = els[k - 1].year;
  const dated = els.filter((e) => e.month !== undefined);
  if (dated.length === 0) return undefined;
  const piece = text.slice(dated[0].from, dated[dated.length - 1].to).trim();
  const year = dated[0].year ?? defaultYear;
  if (year === undefined) {
    return {
      ok: false,
      reason: 'no-date',
      message: { id: `"${piece}": tahunnya tidak disebut`, en: `"${piece}": no year given` },
      text: piece,
    };
  }
  const ymds: YMD[] = dated.map((e) => ({
    year: e.year ?? year,
    month: e.month as number,
    ...(e.day !== undefined ? { day: e.day } : {}),
  }));
  for (const d of ymds) {
    if (d.day !== undefined && d.day > daysInMonth(d.year, d.month)) {
      const n = daysInMonth(d.year, d.month);
      return {
        ok: false,
        reason: 'no-such-day',
        message: {
          id: `"${piece}": tanggal ${formatYMD(d)} tidak ada (${BULAN[d.month - 1]} ${d.year} hanya ${n} hari)`,
          en: `"${piece}": ${formatYMD(d, 'en')} does not exist (${MONTHS_EN[d.month - 1]} ${d.year} has ${n} days)`,
        },
        text: piece,
      };
    }
  }
  return { ok: true, start: ymds[0], end: ymds[ymds.length - 1], text: piece };
}
