/**
 * Kegiatan date rule cases: a kegiatan table typed the way planners type it (tests/activities/seed-kegiatan.ts),
 * read by buildActivityTable and checked by checkActivities for a report period.
 */
import { buildActivityTable } from '../../src/domain/activities/build';
import { checkActivities } from '../../src/domain/activities/check';
import type { Finding } from '../../src/domain/findings';
import type { Lang, Period } from '../../src/domain/settings';
import { FIRST_DATA_ROW, kegiatanSheet, mappedRows, type Line } from '../activities/seed-kegiatan';

export const TW1_2024: Period = { year: 2024, quarter: 1 };

export function checkKegiatan(name: string, lines: Line[], period: Period | undefined, lang: Lang = 'id'): Finding[] {
  const rows = mappedRows(lines);
  const table = buildActivityTable(kegiatanSheet(name, ''), rows, period?.year);
  return checkActivities(table, rows, period, lang);
}

/** The 1-based sheet row of the first line `pred` picks. */
export const rowWhere = (lines: Line[], pred: (l: Line) => boolean): number => FIRST_DATA_ROW + lines.findIndex(pred);

/** One kegiatan line with this waktu and keterangan. */
export const oneActivity = (waktu: string, ket = ''): Line[] => [['1', 'Rapat koordinasi', waktu, 'Notulen', ket]];

export const brief = (f: Finding) => [f.rule, f.severity, f.cell];
