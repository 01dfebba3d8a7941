/**
 * Reading the date an activity row states, and the window a report period allows:
 * realisasi is cumulative from 1 Januari, so any day from 1 Januari to the quarter's last day is in period.
 */
import type { MappedCell, MappedRow } from '../mapping/types';
import type { ActivityDate } from '../model';
import type { Lang, Period } from '../settings';
import { labelText } from '../parse/display';
import { BULAN, MONTHS_EN, dateFromSerial, daysInMonth, parseDateText, type DateReading } from '../parse/date';

/** The text a cell shows: its display text, else its value; '' for empty cells. */
export function cellText(mc: MappedCell | undefined): string {
  return labelText(mc?.cell);
}

/** The cell that dates an activity: its Waktu, or where the table has Tanggal Mulai / Selesai, the start. */
export function waktuCell(r: MappedRow): MappedCell | undefined {
  return r.cells.waktu ?? r.cells.tanggalMulai;
}

/** Excel date cells hold a serial under a date format; a bare number that large can only be a serial too. */
function isDateSerial(value: number, numberFormat: string | undefined): boolean {
  const code = (numberFormat ?? '').replace(/"[^"]*"/g, '').replace(/\[[^\][]*\]/g, '');
  return Number.isFinite(value) && value >= 1 && (/[dmy]/i.test(code) || value >= 20000);
}

/** The date a waktu cell states; undefined when the cell is empty. */
export function readActivityDate(mc: MappedCell | undefined, defaultYear?: number): DateReading | undefined {
  const c = mc?.cell;
  if (c && typeof c.value === 'number' && isDateSerial(c.value, c.numberFormat)) {
    const d = dateFromSerial(c.value);
    return { ok: true, start: d, end: d };
  }
  const text = cellText(mc);
  if (text === '') return undefined;
  return parseDateText(text, defaultYear);
}

/** Last day of the report's quarter: TW I 31 Maret, TW II 30 Juni, TW III 30 September, TW IV 31 Desember. */
export function quarterEnd(period: Period): Required<ActivityDate> {
  const month = period.quarter * 3;
  return { year: period.year, month, day: daysInMonth(period.year, month) };
}


/** "1 Januari – 31 Maret 2024" / "1 January – 31 March 2024". */
export function periodWindow(period: Period, lang: Lang): string {
  const end = quarterEnd(period);
  const names = lang === 'en' ? MONTHS_EN : BULAN;
  return `1 ${names[0]} – ${end.day} ${names[end.month - 1]} ${period.year}`;
}
