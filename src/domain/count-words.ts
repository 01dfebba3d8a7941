/**
 * How every finding message counts rows and levels ("dua sub kegiatan", "two programmes", "15 rincian"): one rule
 * for both languages, so the settlement's sentences and the plain sum checks read alike.
 *
 * The rule, as Indonesian style guides put it for running text: a small count is written in words, a large one in
 * digits. Here "small" is up to twelve (satu … sepuluh, sebelas, dua belas; one … twelve); from 13 on, digits
 * grouped the run's way (1.234 in Indonesian, 1,234 in English). A leaf module: any message may use it.
 */
import { formatRupiah } from './parse/format';
import type { Lang } from './settings';

/** The largest count written in words. */
export const COUNT_IN_WORDS_UP_TO = 12;

const ID_COUNTS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'dua belas'];
const EN_COUNTS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "dua belas" / "twelve" up to twelve, "13" / "1.234" (en "1,234") above; lower case. */
export function countWord(n: number, lang: Lang): string {
  if (Number.isInteger(n) && n >= 0 && n <= COUNT_IN_WORDS_UP_TO) return (lang === 'en' ? EN_COUNTS : ID_COUNTS)[n];
  return lang === 'en' ? n.toLocaleString('en-US') : formatRupiah(n);
}

/**
 * English nouns that take an "s" for more than one (the last word of the noun decides: "totals row" → "totals
 * rows"). The Indonesian level names kept in English text (kegiatan, sub kegiatan, rincian) do not change, nor
 * does any Indonesian noun.
 */
const EN_COUNTABLE = new Set(['row', 'programme', 'program', 'item', 'unit', 'group', 'total', 'table', 'sheet', 'column', 'cell', 'line', 'block', 'figure']);

/** A noun for `n` of it: "programme" → "programmes" in English for any n but one; Indonesian as it is. */
export function nounFor(n: number, noun: string, lang: Lang): string {
  if (lang !== 'en' || n === 1) return noun;
  const last = /(\S+)$/.exec(noun)?.[1] ?? '';
  return EN_COUNTABLE.has(last.toLowerCase()) ? `${noun}s` : noun;
}

/** "lima sub kegiatan", "one line item", "two programmes", "15 rincian". */
export function countOf(n: number, noun: string, lang: Lang): string {
  return `${countWord(n, lang)} ${nounFor(n, noun, lang)}`;
}

/** The same text starting with a capital, for the start of a sentence ("Lima sub kegiatan berjumlah …"). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
