/** Why a file could not be read, said in one line for the planner (Bahasa Indonesia) and in English. */
import type { Bilingual } from '../domain/errors';

export type WorkbookReadProblem = 'not-found' | 'not-xlsx' | 'xls' | 'corrupt' | 'encrypted' | 'xlsb' | 'not-workbook' | 'no-sheets' | 'folder' | 'no-access' | 'too-large';

const MESSAGES: Record<WorkbookReadProblem, { id: string; en: string }> = {
  'not-found': { id: 'Berkas tidak ditemukan', en: 'File not found' },
  'not-xlsx': {
    id: 'Berkas ini bukan workbook Excel .xlsx (mungkin CSV atau teks yang diganti namanya); simpan ulang sebagai .xlsx',
    en: 'This file is not an Excel .xlsx workbook (perhaps a renamed CSV or text file); save it again as .xlsx',
  },
  xls: {
    id: 'Berkas ini format Excel lama (.xls); buka di Excel lalu simpan sebagai .xlsx',
    en: 'This file is in the old Excel format (.xls); open it in Excel and save it as .xlsx',
  },
  corrupt: { id: 'Berkas .xlsx ini rusak dan tidak dapat dibaca', en: 'This .xlsx file is damaged and cannot be read' },
  encrypted: {
    id: 'Berkas ini dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan ulang',
    en: 'This file is password-protected; open it in Excel, remove the password and save it again',
  },
  xlsb: { id: 'Format biner Excel (.xlsb) tidak didukung; simpan sebagai .xlsx', en: 'The Excel binary format (.xlsb) is not supported; save it as .xlsx' },
  'no-sheets': {
    id: 'Buku kerja ini tidak memuat sheet yang dapat dibaca',
    en: 'This workbook has no sheet that can be read',
  },
  'no-access': { id: 'Berkas tidak dapat dibuka: izin membaca ditolak', en: 'The file cannot be opened: permission to read it was denied' },
  folder: { id: 'Ini sebuah folder, bukan berkas .xlsx', en: 'This is a folder, not an .xlsx file' },
  'too-large': { id: 'Berkas ini melampaui batas yang dibaca Lapkin', en: 'This file is beyond the limits Lapkin reads' },
  'not-workbook': {
    id: 'Berkas ini bukan workbook Excel (mungkin dokumen Word atau berkas zip lain)',
    en: 'This file is not an Excel workbook (perhaps a Word document or another zip file)',
  },
};

export class WorkbookReadError extends Error {
  /** The same message in English. */
  readonly en: string;
  readonly problem: WorkbookReadProblem;

  /** What was found, kept so the error can be named again with the file (detail in one or both languages). */
  readonly detail?: string | Bilingual;

  constructor(problem: WorkbookReadProblem, fileName?: string, detail?: string | Bilingual) {
    const m = MESSAGES[problem];
    const where = fileName ? `: ${fileName}` : '';
    const why = (text: string | undefined) => (text ? ` (${text.replace(/\s+/g, ' ').trim()})` : '');
    const bilingual = typeof detail === 'string' ? { id: detail, en: detail } : detail;
    super(`${m.id}${where}${why(bilingual?.id)}`);
    this.name = 'WorkbookReadError';
    this.en = `${m.en}${where}${why(bilingual?.en)}`;
    this.problem = problem;
    this.detail = detail;
  }

  messageIn(lang: 'id' | 'en'): string {
    return lang === 'en' ? this.en : this.message;
  }
}
