/**
 * The report period from titles and headers: "Triwulan I Tahun 2024", "TW II 2024", "s.d. TW III",
 * "Semester I", "sampai dengan tanggal 31 Maret 2024". Only title and header rows are read: data rows
 * carry activity dates of every month, which say nothing about the period.
 */
import { cellAt, type Grid } from '../grid/grid';
import type { Period } from '../settings';
import { locateHeader } from './header';
import { normalizeText } from './text';

type Quarter = 1 | 2 | 3 | 4;

const NUMERAL: Record<string, Quarter> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1], [/^feb|^peb/, 2], [/^mar/, 3], [/^apr/, 4], [/^mei/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^ag/, 8], [/^sep/, 9], [/^okt|^oct/, 10], [/^nov|^nop/, 11], [/^des|^dec/, 12],
];

/** Last day of each quarter's closing month: 31 Maret, 30 Juni, 30 September, 31 Desember. */
const QUARTER_END: Record<number, [number, Quarter]> = { 3: [31, 1], 6: [30, 2], 9: [30, 3], 12: [31, 4] };

function monthOf(word: string): number | undefined {
  return MONTHS.find(([re]) => re.test(word))?.[1];
}

/** Weighted votes; explicit phrases weigh more than incidental mentions. */
class Votes<T extends number> {
  private readonly weights = new Map<T, number>();
  add(key: T, weight: number): void {
    this.weights.set(key, (this.weights.get(key) ?? 0) + weight);
  }
  /** The heaviest; ties go to the later value (a report up to TW II also mentions TW I). */
  winner(): T | undefined {
    let best: T | undefined;
    for (const [k, w] of this.weights) {
      const bw = best === undefined ? -1 : (this.weights.get(best) ?? 0);
      if (w > bw || (w === bw && best !== undefined && k > best)) best = k;
    }
    return best;
  }
}

const YEAR_AFTER = /^\s*(?:tahun\s*(?:anggaran\s*)?|ta\s*)?((?:19|20)\d{2})\b/;

function readText(raw: string, quarters: Votes<Quarter>, years: Votes<number>): void {
  const t = normalizeText(raw);
  for (const m of t.matchAll(/\b(?:triwulan|trw|tw)\s?(iv|iii|ii|i|[1-4])\b/g)) {
    quarters.add(NUMERAL[m[1]], 3);
    const y = YEAR_AFTER.exec(t.slice((m.index ?? 0) + m[0].length));
    if (y) years.add(Number(y[1]), 3);
  }
  for (const m of t.matchAll(/\bsemester\s?(ii|i|[12])\b/g)) {
    quarters.add(NUMERAL[m[1]] === 1 ? 2 : 4, 2);
    const y = YEAR_AFTER.exec(t.slice((m.index ?? 0) + m[0].length));
    if (y) years.add(Number(y[1]), 3);
  }
  for (const m of t.matchAll(/\b(\d{1,2}) ([a-z]{3,9}) ((?:19|20)\d{2})\b/g)) {
    const month = monthOf(m[2]);
    if (month === undefined) continue;
    const end = QUARTER_END[month];
    if (end && end[0] === Number(m[1])) {
      quarters.add(end[1], 2);
      years.add(Number(m[3]), 3);
    } else {
      years.add(Number(m[3]), 1);
    }
  }
  // "Tahun 2024", "Pagu Anggaran 2024", "Realisasi 2024" — but not a Renstra target or a baseline year.
  if (!/\b(target|kondisi|sebelum|renstra)\b/.test(t)) {
    for (const m of t.matchAll(/\b(?:tahun|anggaran|realisasi|pagu|ta)\s((?:19|20)\d{2})\b/g)) years.add(Number(m[1]), 1);
  }
}

/** The rows above a sheet's data: its title block and header, or its first rows when no header is found. */
function titleAndHeaderTexts(grid: Grid): string[] {
  const header = locateHeader(grid);
  const end = header ? header.top + header.rows : Math.min(grid.originRow + 10, grid.originRow + grid.rows.length);
  const texts: string[] = [];
  for (let r = grid.originRow; r < end; r++) {
    const row = grid.rows[r - grid.originRow] ?? [];
    for (let i = 0; i < row.length; i++) {
      const v = cellAt(grid, r, grid.originCol + i)?.value;
      if (typeof v === 'string') texts.push(v);
    }
  }
  return texts;
}

export interface PeriodEvidence {
  year?: number;
  quarter?: Quarter;
}

/** Year and quarter separately: a PK sheet alone names the year ("Realisasi Tahun 2024") but not the quarter. */
export function detectPeriodEvidence(grids: Grid[]): PeriodEvidence {
  const quarters = new Votes<Quarter>();
  const years = new Votes<number>();
  for (const grid of grids) {
    if (grid.generatedBy) continue;
    for (const text of titleAndHeaderTexts(grid)) readText(text, quarters, years);
  }
  return { year: years.winner(), quarter: quarters.winner() };
}

/** Period from titles and headers: "Triwulan I Tahun 2024", "TW II 2024", "s.d. TW III", "Realisasi Triwulan I Tahun 2024", "sampai dengan tanggal 31 Maret 2024". */
export function detectPeriod(grids: Grid[]): Period | undefined {
  const { year, quarter } = detectPeriodEvidence(grids);
  return year !== undefined && quarter !== undefined ? { year, quarter } : undefined;
}
