/**
 * date-order (error): an activity that ends before it starts — a range in one cell written backwards
 * ("28–26 Februari 2024", "Maret s.d. Januari"), or a "Tanggal Selesai" column before its "Tanggal Mulai".
 * With the two columns, the end date is checked against the report period too (date-out-of-period, error):
 * the start column is the table's waktu column, which the activity rules already check.
 */
import { periodWords } from '../period-words';
import type { Finding } from '../findings';
import { a1, columnIndex, type Grid } from '../grid/grid';
import type { SheetMapping } from '../mapping/types';
import type { ActivityDate, ActivityTable } from '../model';
import { normalizeText } from '../mapping/text';
import { compareYMD, firstDay, formatYMD, lastDay } from '../parse/date';
import { headerTexts, rowCell } from './budget/extra-columns';
import type { Lang, Period } from '../settings';
import { periodWindow, quarterEnd, readActivityDate } from '../activities/dates';
import { dateOutOfPeriod, endAfterPeriodMessage } from './date-out-of-period';
import { defineRule } from './rule';

export const dateOrder = defineRule({
  id: 'date-order',
  severity: 'error',
  label: { id: 'Tanggal selesai sebelum mulai', en: 'End date before start' },
  meaning: {
    id: 'kegiatan yang selesai sebelum dimulai ("28–26 Februari 2024", Tanggal Selesai sebelum Tanggal Mulai)',
    en: 'an activity that ends before it starts ("28–26 Februari 2024", a Tanggal Selesai before its Tanggal Mulai)',
  },
  /** Found where its cells are read (analysis-steps/read-tables.ts calls it with the grid). */
  source: { over: 'read' },
});

const DATE_WORD = /\b(tanggal|tgl|waktu|jadwal)\b/;
const START_WORD = /\b(mulai|awal|dimulai)\b/;
const END_WORD = /\b(selesai|akhir|berakhir|sampai)\b/;

/** The 0-based column of a "Tanggal Selesai" header beside a "Tanggal Mulai" one; undefined without the pair. */
export function endDateColumn(grid: Grid, sheet: SheetMapping): number | undefined {
  const mapped = sheet.columns.find((c) => c.role === 'tanggalSelesai');
  if (mapped) return columnIndex(mapped.column);
  let start: number | undefined;
  let end: number | undefined;
  for (const [col, text] of headerTexts(grid, sheet)) {
    const t = normalizeText(text);
    if (!DATE_WORD.test(t) && !/^(mulai|selesai)\b/.test(t)) continue;
    if (START_WORD.test(t)) start ??= col;
    else if (END_WORD.test(t)) end ??= col;
  }
  return start !== undefined && end !== undefined ? end : undefined;
}

function ends(end: ActivityDate, start: ActivityDate): boolean {
  return compareYMD(lastDay(end), firstDay(start)) < 0;
}

function orderMessage(lang: Lang, uraian: string, start: ActivityDate, end: ActivityDate): string {
  const name = uraian.length > 80 ? `${uraian.slice(0, 79)}…` : uraian;
  return lang === 'en'
    ? `Activity "${name}" ends (${formatYMD(end, 'en')}) before it starts (${formatYMD(start, 'en')})`
    : `Kegiatan "${name}" selesai (${formatYMD(end, 'id')}) sebelum dimulai (${formatYMD(start, 'id')})`;
}

export function dateOrderFindings(table: ActivityTable, grid: Grid, sheet: SheetMapping, period: Period | undefined, lang: Lang): Finding[] {
  const endCol = endDateColumn(grid, sheet);
  const out: Finding[] = [];
  for (const a of table.activities) {
    if (!a.start) continue;
    const address = endCol === undefined ? '' : a1(a.row - 1, endCol);
    const reading = endCol === undefined ? undefined : readActivityDate({ cell: rowCell(grid, a.row, endCol), address }, period?.year);
    // Without an end date of its own (no end column, or the row's left blank), the range in one cell decides.
    if (endCol === undefined || !reading?.ok) {
      if (a.end && ends(a.end, a.start)) {
        out.push({ rule: dateOrder.id, severity: dateOrder.severity, sheet: table.sheet, cell: a.cell, message: orderMessage(lang, a.uraian, a.start, a.end), actual: a.raw });
      }
      continue;
    }
    const raw = rowCell(grid, a.row, endCol)?.text ?? formatYMD(reading.end, lang);
    if (ends(reading.end, a.start)) {
      out.push({ rule: dateOrder.id, severity: dateOrder.severity, sheet: table.sheet, cell: address, message: orderMessage(lang, a.uraian, a.start, reading.end), expected: formatYMD(a.start, lang), actual: raw });
    } else if (period && compareYMD(lastDay(reading.end), quarterEnd(period)) > 0) {
      out.push({
        rule: dateOutOfPeriod.id,
        severity: dateOutOfPeriod.severity,
        sheet: table.sheet,
        cell: address,
        message: endAfterPeriodMessage(lang, formatYMD(reading.end, lang), periodWords(period, lang), periodWindow(period, lang)),
        expected: periodWindow(period, lang),
        actual: raw,
      });
    }
  }
  return out;
}
