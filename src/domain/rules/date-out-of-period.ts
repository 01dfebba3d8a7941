/**
 * date-out-of-period: an activity dated before 1 Januari of the report year or after its quarter; a
 * letter cited in the keterangan dated after the quarter is only worth a look (info). Found where a
 * kegiatan table's dates are read (activities/check.ts).
 */
import type { Lang } from '../settings';
import { defineRule } from './rule';

export const dateOutOfPeriod = defineRule({
  id: 'date-out-of-period',
  severity: 'error',
  alsoSeverity: 'info',
  label: { id: 'Tanggal di luar periode', en: 'Date outside the period' },
  meaning: {
    id: 'kegiatan bertanggal di luar tahun laporan atau setelah triwulannya (info untuk surat di kolom Ket.)',
    en: 'an activity dated outside the report year or after its quarter (info for letters in the Ket. column)',
  },
  source: { over: 'read' },
});

/** `period` is e.g. "Triwulan I Tahun 2024" (period-words.ts), `window` "1 Januari – 31 Maret 2024", both in `lang`. */
export function activityOutOfPeriodMessage(lang: Lang, raw: string, period: string, window: string): string {
  return lang === 'en'
    ? `Activity date "${raw}" is outside the report period ${period} (${window})`
    : `Tanggal kegiatan "${raw}" di luar periode laporan ${period} (${window})`;
}

/** A "Tanggal Selesai" after the quarter (rules/date-order.ts reads that column). `end` is the date in `lang`. */
export function endAfterPeriodMessage(lang: Lang, end: string, period: string, window: string): string {
  return lang === 'en'
    ? `Activity end date ${end} is after the report period ${period} (${window})`
    : `Tanggal selesai kegiatan ${end} di luar periode laporan ${period} (${window})`;
}

export function noteAfterPeriodMessage(lang: Lang, when: string, period: string, window: string): string {
  return lang === 'en'
    ? `The note is dated ${when}, after the end of ${period} (${window}) — worth a look`
    : `Keterangan bertanggal ${when}, setelah akhir ${period} (${window}) — perlu dicek`;
}
