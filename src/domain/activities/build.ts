/**
 * The kegiatan table (Tabel 3.3/3.5/3.7): one activity per numbered row, with the date its
 * waktu cell states. Section headings ("A. Kelembagaan") become the group of the rows beneath;
 * rows a page break split off ("daerah berdasarkan PerMenPAN RB …") are joined to the activity above.
 */
import { a1 } from '../grid/grid';
import type { MappedCell, MappedRow, SheetMapping } from '../mapping/types';
import type { Activity, ActivityTable } from '../model';
import { cellText, readActivityDate, waktuCell } from './dates';

/** "A", "B.", "II." in the No column: a section heading, not an activity. */
const SECTION_MARK = /^(?:[A-Z]|[IVX]+)\.?$/;
/** "A. Kelembagaan" written in the uraian column itself. */
const SECTION_IN_URAIAN = /^([A-Z])[.)]\s+(\S.*)$/;
/** "1. Desk Evaluasi …", "2) Rapat …": the activity's own number written in the uraian. */
const NUMBERED_URAIAN = /^\d+\s*[.)]\s*\S/;

/**
 * Build the activity table of a kegiatan sheet. Rows without a waktu are kept, undated.
 * `defaultYear` (the report's year) dates a text such as "Januari- Maret" that names no year.
 */
export function buildActivityTable(sheet: SheetMapping, rows: MappedRow[], defaultYear?: number): ActivityTable {
  const activities: Activity[] = [];
  let group: string | undefined;
  let numbered = false;

  for (const r of rows) {
    const no = cellText(r.cells.no);
    const uraian = cellText(r.cells.uraian);
    const waktu = cellText(waktuCell(r));
    const hasil = cellText(r.cells.hasil);
    const keterangan = cellText(r.cells.keterangan);
    if (!no && !uraian && !waktu && !hasil && !keterangan) continue;
    if (isColumnNumberRow([no, uraian, waktu, hasil, keterangan])) continue;

    const inUraian = SECTION_IN_URAIAN.exec(uraian);
    if (!waktu && (SECTION_MARK.test(no) || (!no && inUraian && !NUMBERED_URAIAN.test(uraian)))) {
      group = SECTION_MARK.test(no) ? `${no.replace(/\.$/, '')}. ${uraian}`.trim() : uraian;
      continue;
    }

    const prev = activities[activities.length - 1];
    const ownNumber = no !== '' || NUMBERED_URAIAN.test(uraian);
    if (prev && numbered && !ownNumber && !waktu) {
      joinContinuation(prev, uraian, hasil, keterangan, r.cells.keterangan);
      continue;
    }
    numbered = numbered || ownNumber;
    activities.push(activityOf(r, uraian, waktu, hasil, keterangan, group, defaultYear));
  }
  return { sheet: sheet.sheet, ...(sheet.title ? { title: sheet.title } : {}), activities };
}

function activityOf(
  r: MappedRow,
  uraian: string,
  waktu: string,
  hasil: string,
  keterangan: string,
  group: string | undefined,
  defaultYear: number | undefined,
): Activity {
  const cell = waktuCell(r)?.address ?? r.cells.uraian?.address ?? a1(r.row - 1, 0);
  const a: Activity = { row: r.row, cell, uraian, raw: waktu };
  const reading = readActivityDate(waktuCell(r), defaultYear);
  if (reading?.ok) {
    a.start = reading.start;
    a.end = reading.end;
  }
  if (group) a.group = group;
  if (hasil) a.hasil = hasil;
  if (keterangan) {
    a.keterangan = keterangan;
    if (r.cells.keterangan) a.keteranganCell = r.cells.keterangan.address;
  }
  return a;
}

function joinContinuation(prev: Activity, uraian: string, hasil: string, keterangan: string, ketCell: MappedCell | undefined): void {
  if (uraian) prev.uraian = `${prev.uraian} ${uraian}`.trim();
  if (hasil) prev.hasil = prev.hasil ? `${prev.hasil} ${hasil}` : hasil;
  if (keterangan) {
    prev.keterangan = prev.keterangan ? `${prev.keterangan} ${keterangan}` : keterangan;
    if (!prev.keteranganCell && ketCell) prev.keteranganCell = ketCell.address;
  }
}

/** The "1 2 3 4 5" row some tables carry under the header. */
function isColumnNumberRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  return filled.length >= 2 && filled.every((t) => /^\(?\d{1,2}\)?$/.test(t));
}
