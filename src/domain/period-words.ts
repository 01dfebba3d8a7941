/**
 * The report period in words, one form for every face and sheet: "Triwulan I Tahun 2024" as the report
 * writes it, "Quarter I 2024" in English. A leaf module, so the date parser and the report plans can use it.
 */
import type { Lang, Period } from './settings';

const ROMAN_QUARTER = ['I', 'II', 'III', 'IV'];

/** A quarter's numeral as reports write it (Triwulan II, TW II). */
export function quarterRoman(quarter: 1 | 2 | 3 | 4): string {
  return ROMAN_QUARTER[quarter - 1];
}

export function periodWords(period: Period | undefined, lang: Lang): string {
  if (!period) return lang === 'en' ? 'Period not detected' : 'Periode belum terdeteksi';
  const quarter = quarterRoman(period.quarter);
  return lang === 'en' ? `Quarter ${quarter} ${period.year}` : `Triwulan ${quarter} Tahun ${period.year}`;
}
