/**
 * Date rules for a kegiatan table. Realisasi is cumulative from 1 Januari, so an activity dated
 * anywhere from 1 Januari to the quarter's last day belongs in the report; a date outside that
 * (the seed's "Maret 2026" in a TW I 2024 report) or one that does not exist ("31 Juni") is an error.
 * A letter cited in the keterangan dated after the quarter is only worth a look (info).
 */
import { periodWords } from '../period-words';
import type { Finding } from '../findings';
import type { MappedRow } from '../mapping/types';
import type { ActivityTable } from '../model';
import { compareYMD, findDatesInText, firstDay, formatYMD, lastDay, parseDateText, type DateReading, type YMD } from '../parse/date';
import type { Lang, Period } from '../settings';
import { activityDateInvalidMessage, dateInvalid, noteDateInvalidMessage } from '../rules/date-invalid';
import { activityOutOfPeriodMessage, dateOutOfPeriod, noteAfterPeriodMessage } from '../rules/date-out-of-period';
import { cellText, periodWindow, quarterEnd, readActivityDate, waktuCell } from './dates';

export function checkActivities(table: ActivityTable, rows: MappedRow[], period: Period | undefined, lang: Lang): Finding[] {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const findings: Finding[] = [];

  for (const a of table.activities) {
    const mapped = byRow.get(a.row);
    const mc = mapped ? waktuCell(mapped) : undefined;
    const reading: DateReading | undefined = mc ? readActivityDate(mc, period?.year) : a.raw ? parseDateText(a.raw, period?.year) : undefined;
    if (!reading) continue;
    if (!reading.ok) {
      // A text with no date in it ("Setiap bulan") is not a fault of the date; a day that does not exist is.
      if (reading.reason === 'no-such-day') {
        findings.push({
          rule: dateInvalid.id,
          severity: dateInvalid.severity,
          sheet: table.sheet,
          cell: a.cell,
          message: activityDateInvalidMessage(lang, reading.message),
          actual: a.raw,
        });
      }
      continue;
    }
    if (period && outsidePeriod(reading.start, reading.end, period)) {
      findings.push({
        rule: dateOutOfPeriod.id,
        severity: dateOutOfPeriod.severity,
        sheet: table.sheet,
        cell: a.cell,
        message: activityOutOfPeriodMessage(lang, a.raw, periodWords(period, lang), periodWindow(period, lang)),
        expected: periodWindow(period, lang),
        actual: a.raw,
      });
    }
  }

  if (period) for (const r of rows) findings.push(...keteranganFindings(r, table.sheet, period, lang));
  return findings;
}

/** Before 1 Januari of the report year, or after the quarter's last day. */
function outsidePeriod(start: YMD, end: YMD, period: Period): boolean {
  const yearStart: YMD = { year: period.year, month: 1, day: 1 };
  return compareYMD(firstDay(start), yearStart) < 0 || compareYMD(lastDay(end), quarterEnd(period)) > 0;
}

/**
 * Dates in the keterangan column, such as a letter "Nomor : 0008.5/20/BO1.2 Tanggal : 03 April 2024".
 * Only dates that name their year count: a bare month word in a note is too weak a sign.
 */
function keteranganFindings(r: MappedRow, sheet: string, period: Period, lang: Lang): Finding[] {
  const mc = r.cells.keterangan;
  const text = cellText(mc);
  if (!mc || text === '') return [];
  const out: Finding[] = [];
  const end = quarterEnd(period);
  for (const f of findDatesInText(text)) {
    if (!f.ok) {
      if (f.reason === 'no-such-day') {
        out.push({
          rule: dateInvalid.id,
          // A note's date is worth a look, not a fault of the report.
          severity: 'warning',
          sheet,
          cell: mc.address,
          message: noteDateInvalidMessage(lang, f.message),
          actual: text,
        });
      }
      continue;
    }
    if (compareYMD(lastDay(f.end), end) <= 0) continue;
    const when = formatYMD(f.end, lang);
    out.push({
      rule: dateOutOfPeriod.id,
      severity: 'info',
      sheet,
      cell: mc.address,
      message: noteAfterPeriodMessage(lang, when, periodWords(period, lang), periodWindow(period, lang)),
      expected: periodWindow(period, lang),
      actual: text,
    });
  }
  return out;
}
