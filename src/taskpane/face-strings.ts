/**
 * Words the pane gained with the standalone page and the accessibility fixes, in Bahasa Indonesia and English.
 * Kept apart from strings.ts, whose rule, severity and kind labels come from the shared glossary.
 */
import type { Lang } from '../domain/settings';
import { formatRupiah } from '../domain/parse/format';

export interface FaceStrings {
  skipFindings: string;
  afterFindings: string;
  /** a blank stated value */
  blank: string;
  progressRows(done: number, total: number): string;
  progressReading(bytes: number): string;
  progressChecking(rows: number): string;
  progressWritingReport(sheets: number): string;
  openWorkbook: string;
  openAnother: string;
  dropHint: string;
  pageIntro: string;
  privacyNote: string;
  downloadReport: string;
  reportReady(fileName: string): string;
  tooLarge(mb: string, limitMb: string): string;
  notXlsxName: string;
  openFailed: string;
  previewTitle(sheet: string, cell: string): string;
  previewRow: string;
  offlineReady: string;
  openedFile(name: string, rows: number): string;
}

/** Bytes as megabytes, the Indonesian way: 5242880 → "5,0". */
export function megabytes(bytes: number, lang: Lang): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return lang === 'id' ? mb.replace('.', ',') : mb;
}

function count(n: number, lang: Lang): string {
  return lang === 'id' ? formatRupiah(n) : n.toLocaleString('en-US');
}

const id: FaceStrings = {
  skipFindings: 'Lewati daftar temuan',
  afterFindings: 'Akhir daftar temuan',
  blank: '(kosong)',
  progressRows: (d, t) => `Menulis baris ${count(d, 'id')} dari ${count(t, 'id')}`,
  progressReading: (b) => `Membaca workbook (${megabytes(b, 'id')} MB)…`,
  progressChecking: (r) => `Memeriksa ${count(r, 'id')} baris…`,
  progressWritingReport: (s) => `Menulis ${count(s, 'id')} sheet laporan ke salinan workbook…`,
  openWorkbook: 'Buka workbook',
  openAnother: 'Buka workbook lain',
  dropHint: 'Pilih berkas .xlsx, atau seret ke sini.',
  pageIntro: 'Periksa Laporan Kinerja triwulanan tanpa Excel: buka workbook, lihat temuannya, unduh laporannya.',
  privacyNote: 'Berkas dibaca di komputer ini saja; tidak ada yang dikirim ke mana pun.',
  downloadReport: 'Unduh laporan',
  reportReady: (f) => `Laporan diunduh sebagai ${f}.`,
  tooLarge: (mb, limit) => `Berkas terlalu besar (${mb} MB); batasnya ${limit} MB.`,
  notXlsxName: 'Pilih berkas Excel .xlsx.',
  openFailed: 'Workbook tidak dapat dibuka',
  previewTitle: (sheet, cell) => `Pratinjau ${sheet}, sel ${cell}`,
  previewRow: 'Baris',
  offlineReady: 'Halaman ini tersimpan dan bisa dibuka tanpa internet.',
  openedFile: (name, rows) => `${name} · ${count(rows, 'id')} baris`,
};

const en: FaceStrings = {
  skipFindings: 'Skip the findings list',
  afterFindings: 'End of the findings list',
  blank: '(blank)',
  progressRows: (d, t) => `Writing row ${count(d, 'en')} of ${count(t, 'en')}`,
  progressReading: (b) => `Reading the workbook (${megabytes(b, 'en')} MB)…`,
  progressChecking: (r) => `Checking ${count(r, 'en')} rows…`,
  progressWritingReport: (s) => `Writing ${count(s, 'en')} report sheets into a copy of the workbook…`,
  openWorkbook: 'Open workbook',
  openAnother: 'Open another workbook',
  dropHint: 'Choose an .xlsx file, or drop it here.',
  pageIntro: 'Check a quarterly Laporan Kinerja without Excel: open the workbook, see its findings, download the report.',
  privacyNote: 'The file is read on this computer only; nothing is sent anywhere.',
  downloadReport: 'Download report',
  reportReady: (f) => `Report downloaded as ${f}.`,
  tooLarge: (mb, limit) => `The file is too large (${mb} MB); the limit is ${limit} MB.`,
  notXlsxName: 'Choose an Excel .xlsx file.',
  openFailed: 'The workbook could not be opened',
  previewTitle: (sheet, cell) => `Preview of ${sheet}, cell ${cell}`,
  previewRow: 'Row',
  offlineReady: 'This page is saved and opens without internet.',
  openedFile: (name, rows) => `${name} · ${count(rows, 'en')} rows`,
};

export const FACE_STRINGS: Record<Lang, FaceStrings> = { id, en };
