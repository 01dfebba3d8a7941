/**
 * Header vocabulary: what a column's header text says it holds. Indonesian forms and their common
 * synonyms, matched on normalized text (case, spacing and punctuation do not matter).
 */
import type { ColumnRole } from './types';
import { normalizeText } from './text';

export interface HeaderReading {
  role: ColumnRole;
  /** The header promises percentages ("Target Triwulan I %"); contents may say otherwise. */
  percentMarked: boolean;
}

/** Headers are short; longer text is a title or a data cell that happens to start with "Program …". */
const MAX_HEADER_LENGTH = 60;

function yearsIn(t: string): number[] {
  return (t.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number);
}

/** A year-bound column of another year than the report's ("Target Tahun 2025" in a 2024 report). */
function otherYear(t: string, reportYear: number | undefined): boolean {
  const years = yearsIn(t);
  return reportYear !== undefined && years.length > 0 && !years.includes(reportYear);
}

function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * The role a header text names, or undefined when it names none.
 * `reportYear` decides which "Target Tahun …" is the report year's target; the others are ignored.
 */
export function readHeader(text: string, reportYear?: number): HeaderReading | undefined {
  // Every role below starts with a letter or "%", and text starting with an ASCII digit still starts with it
  // once normalized: codes, amounts and years met while locateHeader tries data rows as headers name no role.
  if (startsWithDigit(text)) return undefined;
  const t = normalizeText(text);
  if (t === '' || t.length > MAX_HEADER_LENGTH) return undefined;
  const percentMarked = t.includes('%') || /\bpersen/.test(t);
  const is = (role: ColumnRole): HeaderReading => ({ role, percentMarked });

  if (/^(kode|kd)\b/.test(t)) return is('kode');
  if (/^(no|nomor|no urut)$/.test(t)) return is('no');
  if (/^definisi\b/.test(t)) return is('definisi');
  if (/^(formula|rumus)\b/.test(t)) return is('formula');
  if (/^sasaran\b/.test(t)) return is('sasaran');
  if (/^indikator\b/.test(t)) return is('indikator');
  if (/^satuan\b/.test(t)) return is('satuan');
  if (/^polar(itas|isasi)\b/.test(t)) return is('polaritas');
  if (/^kondisi awal\b/.test(t)) return is('kondisiAwal');
  if (/^(waktu|tanggal|tgl|jadwal)\b/.test(t)) return is('waktu');
  if (/^(ket|keterangan)\b/.test(t)) return is('keterangan');
  if (/^(kategori|predikat)\b/.test(t)) return is('kategori');
  if (/^(hasil|output|keluaran)\b/.test(t)) return is('hasil');
  if (/^(capaian|persentase|prosentase|%)/.test(t)) return is('capaian');
  if (/^realisasi\b/.test(t)) {
    if (otherYear(t, reportYear)) return is('ignore');
    // "% Realisasi" and "Realisasi (%)" are the capaian, written as a realisasi percentage.
    return is(percentMarked ? 'capaian' : 'realisasi');
  }
  if (/^(target|anggaran kas|rencana penarikan)\b/.test(t)) {
    if (/\bsebelum perubahan\b/.test(t) || otherYear(t, reportYear)) return is('ignore');
    return is('target');
  }
  if (/^(pagu|alokasi|anggaran|dpa|nilai anggaran|jumlah anggaran)\b/.test(t)) return is('pagu');
  if (/^(uraian|program|kegiatan|sub kegiatan|subkegiatan|nama|rincian)\b/.test(t)) return is('uraian');
  return undefined;
}
