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

/** One part of a split kode: "Urusan", "Bidang Urusan", "Kode Program" under a merged "Kode" reads as the part alone. */
const KODE_PART = /^(bidang urusan|bidang|urusan|kd urusan|kd bidang)$/;

/** "Jumlah s.d. TW II", "Jumlah s/d Triwulan II": the cumulative realisasi beside monthly columns. */
const CUMULATIVE_JUMLAH = /^jumlah (s d|sd|sampai dengan|sampai) /;

/** A budget before its change: "Anggaran Murni", "APBD Murni", "Pagu Sebelum Perubahan", "DPA Awal". */
const BEFORE_CHANGE = /\b(murni|sebelum perubahan|awal|induk)\b/;

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const MONTH_WORD = new RegExp(`\\b(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|okt|nov|des)\\b`);

/** A header naming one month ("Januari", "Realisasi Februari 2024"), not a span to it ("s.d. Juni", "Januari - Juni"). */
function isSingleMonth(t: string): boolean {
  if (!MONTH_WORD.test(t) || /\b(s d|sd|sampai|hingga)\b/.test(t)) return false;
  const words = t.split(' ').filter((w) => MONTH_WORD.test(w));
  if (words.length !== 1) return false;
  // A month header is short: the month, perhaps "Realisasi"/"Bulan" and a year or "(Rp)".
  return /^((realisasi|serapan|bulan|bln) )*[a-z]+( (19|20)\d{2})?( rp)?$/.test(t);
}

/** The 1-based month a monthly realisasi header names, or undefined. */
export function monthOfHeader(text: string): number | undefined {
  const t = normalizeText(text);
  for (const w of t.split(' ')) {
    const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
    if (i >= 0) return i + 1;
  }
  return undefined;
}

/**
 * Header words as planners shorten them to fit a printed column ("Real. Keu. (Rp)", "Pagu Angg.", "Jml", "Tgt"),
 * written out so the patterns below read them like the full words.
 */
const ABBREVIATIONS: Record<string, string> = {
  real: 'realisasi',
  angg: 'anggaran',
  ang: 'anggaran',
  keu: 'keuangan',
  jml: 'jumlah',
  jmlh: 'jumlah',
  tgt: 'target',
  trgt: 'target',
  cap: 'capaian',
  kum: 'kumulatif',
  thd: 'terhadap',
  thdp: 'terhadap',
  trhdp: 'terhadap',
};
const ABBREVIATED = new RegExp(`\\b(${Object.keys(ABBREVIATIONS).join('|')})\\b`, 'g');

/** Normalized header text with its abbreviations written out. */
export function headerWords(text: string): string {
  return normalizeText(text).replace(ABBREVIATED, (w) => ABBREVIATIONS[w] ?? w);
}

function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * The words a role's header starts with (after the abbreviations are written out, so their short forms too), as the
 * patterns of readHeader below spell them; a header naming no role starts with none of them. Capaian's words and
 * "%" may run on ("capaiannya", "%realisasi"); months start a single-month header.
 */
const FIRST_WORDS = new Set([
  'kode', 'kd', 'no', 'nomor', 'rekening', 'rek', 'bidang', 'urusan', 'definisi', 'formula', 'rumus', 'sasaran',
  'indikator', 'satuan', 'polaritas', 'polarisasi', 'kondisi', 'tanggal', 'tgl', 'waktu', 'mulai', 'selesai', 'jadwal',
  'ket', 'keterangan', 'kategori', 'predikat', 'hasil', 'output', 'keluaran', 'sisa', 'realisasi', 'serapan', 'bulan',
  'bln', 'jumlah', 'target', 'anggaran', 'rencana', 'pagu', 'alokasi', 'dpa', 'nilai', 'apbd', 'uraian', 'program',
  'kegiatan', 'sub', 'subkegiatan', 'nama', 'rincian', 'nomenklatur',
  ...MONTHS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'sep', 'okt', 'nov', 'des',
  ...Object.keys(ABBREVIATIONS),
]);
const RUN_ON_FIRST_WORD = /^(capaian|persentase|prosentase|%)/;

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 37;
}

/**
 * False when readHeader names no role for `text` nor for any text starting with it (a header's parts joined):
 * its first word (as normalizeText would part it) starts no role's header and it says nothing of "fisik".
 * A cheap test before the text is normalized, for the data rows that header detection passes over.
 */
export function mayNameRole(text: string): boolean {
  // ASCII text (nearly every cell) is read without lowering all of it; elsewhere lowering may make ASCII letters.
  const n = text.length;
  let start = 0;
  let code = 0;
  while (start < n) {
    code = text.charCodeAt(start);
    if (code >= 0x80) return firstWordMayNameRole(text.toLowerCase());
    if (isWordChar(asciiLower(code))) break;
    start++;
  }
  if (start < n && (code < 48 || code > 57)) {
    // A first word starting with a digit is none of the words (a code, an amount, a year).
    let end = start + 1;
    while (end < n && isWordChar(asciiLower(text.charCodeAt(end)))) end++;
    if (end < n && text.charCodeAt(end) >= 0x80) return firstWordMayNameRole(text.toLowerCase());
    if (isFirstWord(text, start, end)) return true;
    const lower = asciiLower(code);
    if ((lower === 99 || lower === 112 || lower === 37) && RUN_ON_FIRST_WORD.test(text.slice(start, end).toLowerCase())) return true;
  }
  if (!FISIK_OR_NON_ASCII.test(text)) return false;
  return NON_ASCII.test(text) ? firstWordMayNameRole(text.toLowerCase()) : true;
}

const NON_ASCII = /[^\t\n\r -~]/;
const FISIK_OR_NON_ASCII = /fisik|[^\t\n\r -~]/i;

/** FIRST_WORDS by first letter and length, to compare a word in place (no lowered copy of it). */
const FIRST_WORDS_BY_START = new Map<number, string[]>();
for (const w of FIRST_WORDS) {
  const key = w.charCodeAt(0) * 64 + Math.min(w.length, 63);
  FIRST_WORDS_BY_START.set(key, [...(FIRST_WORDS_BY_START.get(key) ?? []), w]);
}

/** Whether text[start, end) is one of FIRST_WORDS in any ASCII case. */
function isFirstWord(text: string, start: number, end: number): boolean {
  const length = end - start;
  const words = FIRST_WORDS_BY_START.get(asciiLower(text.charCodeAt(start)) * 64 + Math.min(length, 63));
  if (!words) return false;
  for (const w of words) {
    if (w.length !== length) continue;
    let k = 1;
    while (k < length && w.charCodeAt(k) === asciiLower(text.charCodeAt(start + k))) k++;
    if (k === length) return true;
  }
  return false;
}

function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** mayNameRole of text already lowered (toLowerCase): the first word and "fisik" read as they stand. */
export function firstWordMayNameRole(lower: string): boolean {
  if (lower.includes('fisik')) return true;
  let start = 0;
  while (start < lower.length && !isWordChar(lower.charCodeAt(start))) start++;
  if (start === lower.length) return false;
  let end = start;
  while (end < lower.length && isWordChar(lower.charCodeAt(end))) end++;
  const first = lower.slice(start, end);
  return FIRST_WORDS.has(first) || RUN_ON_FIRST_WORD.test(first);
}

/**
 * The role a header text names, or undefined when it names none.
 * `reportYear` decides which "Target Tahun …" is the report year's target; the others are ignored.
 */
export function readHeader(text: string, reportYear?: number): HeaderReading | undefined {
  // Every role below starts with a letter or "%", and text starting with an ASCII digit still starts with it
  // once normalized: codes, amounts and years met while locateHeader tries data rows as headers name no role.
  if (startsWithDigit(text)) return undefined;
  if (!mayNameRole(text)) return undefined;
  return readHeaderWords(text, reportYear);
}

/** readHeader's patterns alone, without the pre-filter (mayNameRole's test checks the one against the other). */
export function readHeaderWords(text: string, reportYear?: number): HeaderReading | undefined {
  const t = headerWords(text);
  if (t === '' || t.length > MAX_HEADER_LENGTH) return undefined;
  const percentMarked = t.includes('%') || /\bpersen/.test(t);
  const is = (role: ColumnRole): HeaderReading => ({ role, percentMarked });

  if (/^(kode|kd)\b/.test(t) || /^(no |nomor )?(rekening|rek)\b/.test(t)) return is('kode');
  if (KODE_PART.test(t)) return is('kodeBagian');
  if (/^(no|nomor|no urut)$/.test(t)) return is('no');
  if (/^definisi\b/.test(t)) return is('definisi');
  if (/^(formula|rumus)\b/.test(t)) return is('formula');
  if (/^sasaran\b/.test(t)) return is('sasaran');
  if (/^indikator\b/.test(t)) return is('indikator');
  if (/^satuan\b/.test(t)) return is('satuan');
  if (/^polar(itas|isasi)\b/.test(t)) return is('polaritas');
  if (/^kondisi awal\b/.test(t)) return is('kondisiAwal');
  if (/^(tanggal|tgl|waktu) (mulai|awal)\b|^mulai\b/.test(t)) return is('tanggalMulai');
  if (/^(tanggal|tgl|waktu) (selesai|akhir)\b|^selesai\b/.test(t)) return is('tanggalSelesai');
  if (/^(waktu|tanggal|tgl|jadwal)\b/.test(t)) return is('waktu');
  if (/^(ket|keterangan)\b/.test(t)) return is('keterangan');
  if (/^(kategori|predikat)\b/.test(t)) return is('kategori');
  if (/^(hasil|output|keluaran)\b/.test(t)) return is('hasil');
  if (/^sisa\b/.test(t)) return is('sisa');
  if (/\bfisik\b/.test(t)) return is(/^target\b/.test(t) ? 'ignore' : 'fisik');
  if (/^(capaian|persentase|prosentase|%)/.test(t)) return is('capaian');
  if (isSingleMonth(t)) return is(otherYear(t, reportYear) ? 'ignore' : 'realisasiBulan');
  if (/^(realisasi|serapan)\b/.test(t) || CUMULATIVE_JUMLAH.test(t)) {
    if (otherYear(t, reportYear)) return is('ignore');
    // "% Realisasi" and "Realisasi (%)" are the capaian, written as a realisasi percentage.
    return is(percentMarked ? 'capaian' : 'realisasi');
  }
  if (/^target\b/.test(t) && /\b(tahunan|setahun|1 tahun)\b/.test(t)) return is('targetTahunan');
  if (/^(target|anggaran kas|rencana penarikan)\b/.test(t)) {
    if (/\bsebelum perubahan\b/.test(t) || otherYear(t, reportYear)) return is('ignore');
    return is('target');
  }
  if (/^(pagu|alokasi|anggaran|dpa|nilai anggaran|jumlah anggaran|apbd|dpa)\b/.test(t)) {
    if (otherYear(t, reportYear)) return is('ignore');
    return is(BEFORE_CHANGE.test(t) ? 'paguMurni' : 'pagu');
  }
  // "Nomenklatur" (the Kepmendagri word for a programme's or kegiatan's name) heads the names in SIPD exports.
  if (/^(uraian|program|kegiatan|sub kegiatan|subkegiatan|nama|rincian|urusan|nomenklatur)\b/.test(t)) return is('uraian');
  return undefined;
}
