/**
 * Splits a text into the pieces a written date is made of: day numbers, month names, years,
 * numeric dates, range words ("s/d", "s.d", "-", "sampai") and list words ("dan", ",").
 */

export type DateToken =
  | { kind: 'num' | 'year' | 'month'; value: number; from: number; to: number }
  | { kind: 'full'; year: number; month: number; day: number; from: number; to: number }
  /** words a date may carry without breaking it: "Tanggal", "Tgl", ":", "." */
  | { kind: 'skip' | 'range' | 'list' | 'other'; from: number; to: number };

/** Month names and the short and old spellings planners use (Pebruari, Nopember, Agt). English too. */
const MONTH_WORDS: Record<string, number> = {};
const MONTH_SPELLINGS: string[][] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'pebruari', 'peb', 'febr', 'february'],
  ['maret', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['agustus', 'agu', 'ags', 'agt', 'agus', 'agust', 'august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'october', 'oct'],
  ['november', 'nov', 'nopember', 'nop'],
  ['desember', 'des', 'december', 'dec'],
];
MONTH_SPELLINGS.forEach((names, i) => names.forEach((n) => (MONTH_WORDS[n] = i + 1)));

const SKIP_WORDS = new Set(['tanggal', 'tgl', 'tahun', 'thn', 'th', 'bulan', 'bln', 'pada', 'on']);
const RANGE_WORDS = new Set(['sampai', 'hingga', 'sd', 'until', 'to', 'through']);
const LIST_WORDS = new Set(['dan', 'and', 'serta']);

const PATTERN = new RegExp(
  [
    // ISO 2024-02-26
    /(?<iso>(?<![\d/.-])(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})(?![\d/]))/.source,
    // 26/02/2024, 26-02-2024, 26.02.2024, 26/02/24
    /(?<dmy>(?<![\d/.-])(?<dd>\d{1,2})(?<sep>[/.-])(?<mm>\d{1,2})\k<sep>(?<yy>\d{4}|\d{2})(?![\d/]|\.\d))/.source,
    // s/d, s.d, s.d., s / d
    /(?<sd>\bs\s*[/.]\s*d\b\.?)/.source,
    /(?<digits>\d+)/.source,
    /(?<word>\p{L}+)/u.source,
    /(?<dash>[-–—])/.source,
    /(?<comma>[,&])/.source,
    /(?<punct>[:.])/.source,
    /(?<otherChar>[^\s])/.source,
  ].join('|'),
  'giu',
);

export function tokenizeDates(text: string): DateToken[] {
  const out: DateToken[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups ?? {};
    const from = m.index ?? 0;
    const to = from + m[0].length;
    if (g.iso) out.push(full(Number(g.iy), Number(g.im), Number(g.id), from, to));
    else if (g.dmy) out.push(full(fourDigitYear(g.yy), Number(g.mm), Number(g.dd), from, to));
    else if (g.sd) out.push({ kind: 'range', from, to });
    else if (g.digits) {
      const n = Number(g.digits);
      const isYear = g.digits.length === 4 && n >= 1900 && n <= 2100;
      out.push({ kind: isYear ? 'year' : 'num', value: n, from, to });
    } else if (g.word) out.push(word(g.word.toLowerCase(), from, to));
    else if (g.dash) out.push({ kind: 'range', from, to });
    else if (g.comma) out.push({ kind: 'list', from, to });
    else if (g.punct) out.push({ kind: 'skip', from, to });
    else out.push({ kind: 'other', from, to });
  }
  return out;
}

function word(w: string, from: number, to: number): DateToken {
  if (MONTH_WORDS[w] !== undefined) return { kind: 'month', value: MONTH_WORDS[w], from, to };
  if (SKIP_WORDS.has(w)) return { kind: 'skip', from, to };
  if (RANGE_WORDS.has(w)) return { kind: 'range', from, to };
  if (LIST_WORDS.has(w)) return { kind: 'list', from, to };
  return { kind: 'other', from, to };
}

/** A numeric date whose month is not 1–12 is not a date; the day is checked later (31/06 → no-such-day). */
function full(year: number, month: number, day: number, from: number, to: number): DateToken {
  if (month < 1 || month > 12 || day < 1 || day > 31) return { kind: 'other', from, to };
  return { kind: 'full', year, month, day, from, to };
}

function fourDigitYear(yy: string): number {
  return yy.length === 2 ? 2000 + Number(yy) : Number(yy);
}
