/** Why a file could not be read, said in one line for the planner (Bahasa Indonesia) and in English. */

export type WorkbookReadProblem = 'not-found' | 'not-xlsx' | 'xls' | 'corrupt' | 'encrypted' | 'xlsb' | 'not-workbook';

const MESSAGES: Record<WorkbookReadProblem, { id: string; en: string }> = {
  'not-found': { id: 'Berkas tidak ditemukan', en: 'File not found' },
  'not-xlsx': {
    id: 'Berkas ini bukan buku kerja Excel .xlsx (mungkin CSV atau teks yang diganti namanya); simpan ulang sebagai .xlsx',
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
  'not-workbook': {
    id: 'Berkas ini bukan buku kerja Excel (mungkin dokumen Word atau berkas zip lain)',
    en: 'This file is not an Excel workbook (perhaps a Word document or another zip file)',
  },
};

export class WorkbookReadError extends Error {
  /** The same message in English. */
  readonly en: string;
  readonly problem: WorkbookReadProblem;

  constructor(problem: WorkbookReadProblem, fileName?: string, detail?: string) {
    const m = MESSAGES[problem];
    const where = fileName ? `: ${fileName}` : '';
    const why = detail ? ` (${detail.replace(/\s+/g, ' ').trim()})` : '';
    super(`${m.id}${where}${why}`);
    this.name = 'WorkbookReadError';
    this.en = `${m.en}${where}${why}`;
    this.problem = problem;
  }
}
