/**
 * Every word the task pane shows, in Bahasa Indonesia (default) and English.
 * One table per language with the same shape, so a missing translation is a type error.
 */
import type { AdviceWords } from '../domain/findings';
import type { Lang, Period } from '../domain/settings';
import { periodWords, ruleWord } from '../domain/glossary';

export interface PaneStrings {
  appTitle: string;
  loading: string;
  runCheck: string;
  runRecalc: string;
  runReport: string;
  actionsLabel: string;
  tabFindings: string;
  tabMapping: string;
  tabSettings: string;
  period(p: Period | undefined): string;
  sheetsDetected(n: number): string;
  notChecked: string;
  noFindings: string;
  findingsCount(n: number): string;
  checkDone(n: number): string;
  filterSeverity: string;
  filterSheet: string;
  allSeverities: string;
  allSheets: string;
  findingsListLabel: string;
  cellLabel: string;
  /** A finding's advice as the pane words it: the pane's own Pemetaan tab, never a command line. */
  advice: AdviceWords;
  expected: string;
  actual: string;
  suggestion: string;
  selectCellHint(sheet: string, cell: string): string;
  sheetKind: string;
  headerRow: string;
  columnsLabel: string;
  columnLabel(column: string, header: string | undefined, hidden?: boolean): string;
  roleNone: string;
  mappingSaved: string;
  mappingHint: string;
  formulaLabel: string;
  formula2TR: string;
  formulaTR: string;
  bandsLabel: string;
  bandMin(label: string): string;
  toleranceLabel: string;
  toleranceHint: string;
  dpaLabel: string;
  dpaHint: string;
  invalidDpa(entry: string): string;
  languageLabel: string;
  settingsSaved: string;
  summaryTitle: string;
  totalPagu: string;
  totalRealisasi: string;
  totalCapaian: string;
  findingsTotal: string;
  sheetsNotChecked: string;
  writtenSheets: string;
  chartTitle: string;
  chartEmpty: string;
  progressWorking: string;
  runDone(kind: 'recalc' | 'report', sheets: number): string;
  errorRead: string;
  errorAnalyze: string;
  errorSave: string;
  errorSelect: string;
  errorWrite: string;
  noTabel31: string;
  dismiss: string;
  invalidNumber: string;
}


const id: PaneStrings = {
  appTitle: 'Lapkin — Laporan Kinerja',
  loading: 'Membaca workbook…',
  runCheck: 'Periksa',
  runRecalc: 'Hitung Ulang Tabel 3.1',
  runReport: 'Buat Sheet Laporan',
  actionsLabel: 'Tindakan',
  tabFindings: 'Temuan',
  tabMapping: 'Pemetaan',
  tabSettings: 'Pengaturan',
  period: (p) => periodWords(p, 'id'),
  sheetsDetected: (n) => `${n} sheet terbaca`,
  notChecked: 'Klik Periksa untuk menjalankan pemeriksaan.',
  noFindings: 'Tidak ada temuan. Semua angka sesuai.',
  findingsCount: (n) => `${n} temuan`,
  checkDone: (n) => `Pemeriksaan selesai: ${n} temuan.`,
  filterSeverity: 'Tingkat',
  filterSheet: 'Sheet',
  allSeverities: 'Semua tingkat',
  allSheets: 'Semua sheet',
  findingsListLabel: 'Daftar temuan',
  cellLabel: 'Sel',
  advice: {
    'map-sheet': 'Buka tab Pemetaan untuk memetakannya, lalu periksa lagi.',
    'change-mapping': 'Ubah di tab Pemetaan bila keliru.',
  },
  expected: 'Seharusnya',
  actual: 'Tertulis',
  suggestion: 'Saran',
  selectCellHint: (sheet, cell) => `Pilih sel ${cell} di sheet ${sheet}`,
  sheetKind: 'Jenis sheet',
  headerRow: 'Baris judul kolom',
  columnsLabel: 'Peran kolom',
  columnLabel: (c, h, hidden) => `${h ? `Kolom ${c} — ${h}` : `Kolom ${c}`}${hidden ? ' (kolom tersembunyi)' : ''}`,
  roleNone: '(tidak dipetakan)',
  mappingSaved: 'Pemetaan disimpan di workbook.',
  mappingHint: 'Perbaiki jenis sheet, baris judul dan peran kolom bila deteksi keliru.',
  formulaLabel: 'Rumus capaian indikator negatif',
  formula2TR: '(2T − R) / T × 100 (PermenPAN-RB)',
  formulaTR: 'T / R × 100',
  bandsLabel: 'Batas bawah kategori capaian (%)',
  bandMin: (label) => `Batas bawah ${label}`,
  toleranceLabel: 'Toleransi persentase (poin)',
  toleranceHint: 'Contoh: 0,01',
  dpaLabel: 'Pagu menurut DPA',
  dpaHint: 'Seluruh unit: 1.500.000.000; per program: 4.01.02=838.526.327; beberapa dipisah ";". Memutuskan jumlah yang diperdebatkan.',
  invalidDpa: (entry) => `"${entry}" tidak terbaca`,
  languageLabel: 'Bahasa',
  settingsSaved: 'Pengaturan disimpan di workbook.',
  summaryTitle: 'Ringkasan',
  totalPagu: 'Total pagu',
  totalRealisasi: 'Total realisasi',
  totalCapaian: 'Capaian',
  findingsTotal: 'Jumlah temuan',
  sheetsNotChecked: ruleWord('sheet-not-checked', 'id'),
  writtenSheets: 'Sheet ditulis',
  chartTitle: 'Capaian per program (%)',
  chartEmpty: 'Tidak ada program untuk digambar.',
  progressWorking: 'Sedang bekerja…',
  runDone: (k, n) => (k === 'recalc' ? `Tabel 3.1 dihitung ulang: ${n} sheet ditulis.` : `Laporan dibuat: ${n} sheet ditulis.`),
  errorRead: 'Gagal membaca workbook',
  errorAnalyze: 'Pemeriksaan gagal',
  errorSave: 'Gagal menyimpan ke workbook',
  errorSelect: 'Gagal memilih sel',
  errorWrite: 'Gagal menulis sheet laporan',
  noTabel31: 'Tidak ada sheet Tabel 3.1 yang bisa dihitung ulang. Periksa pemetaan sheet.',
  dismiss: 'Tutup',
  invalidNumber: 'Bukan angka yang sah',
};

const en: PaneStrings = {
  appTitle: 'Lapkin — Performance Report',
  loading: 'Reading the workbook…',
  runCheck: 'Check',
  runRecalc: 'Recalculate Table 3.1',
  runReport: 'Build report sheets',
  actionsLabel: 'Actions',
  tabFindings: 'Findings',
  tabMapping: 'Mapping',
  tabSettings: 'Settings',
  period: (p) => periodWords(p, 'en'),
  sheetsDetected: (n) => `${n} sheet${n === 1 ? '' : 's'} read`,
  notChecked: 'Click Check to run the checks.',
  noFindings: 'No findings. All numbers agree.',
  findingsCount: (n) => `${n} finding${n === 1 ? '' : 's'}`,
  checkDone: (n) => `Check finished: ${n} finding${n === 1 ? '' : 's'}.`,
  filterSeverity: 'Severity',
  filterSheet: 'Sheet',
  allSeverities: 'All severities',
  allSheets: 'All sheets',
  findingsListLabel: 'Findings',
  cellLabel: 'Cell',
  advice: {
    'map-sheet': 'Open the Mapping tab to map it, then check again.',
    'change-mapping': 'Change it in the Mapping tab if wrong.',
  },
  expected: 'Expected',
  actual: 'Stated',
  suggestion: 'Suggestion',
  selectCellHint: (sheet, cell) => `Select cell ${cell} on sheet ${sheet}`,
  sheetKind: 'Sheet kind',
  headerRow: 'Header row',
  columnsLabel: 'Column roles',
  columnLabel: (c, h, hidden) => `${h ? `Column ${c} — ${h}` : `Column ${c}`}${hidden ? ' (hidden column)' : ''}`,
  roleNone: '(not mapped)',
  mappingSaved: 'Mapping saved in the workbook.',
  mappingHint: 'Correct the sheet kind, header row and column roles where detection got them wrong.',
  formulaLabel: 'Capaian formula for negative indicators',
  formula2TR: '(2T − R) / T × 100 (PermenPAN-RB)',
  formulaTR: 'T / R × 100',
  bandsLabel: 'Lower bounds of the capaian categories (%)',
  bandMin: (label) => `Lower bound of ${label}`,
  toleranceLabel: 'Percentage tolerance (points)',
  toleranceHint: 'Example: 0.01',
  dpaLabel: 'Pagu as the DPA states it',
  dpaHint: 'Whole unit: 1.500.000.000; per programme: 4.01.02=838.526.327; several joined by ";". It settles disputed totals.',
  invalidDpa: (entry) => `cannot read "${entry}"`,
  languageLabel: 'Language',
  settingsSaved: 'Settings saved in the workbook.',
  summaryTitle: 'Summary',
  totalPagu: 'Total pagu',
  totalRealisasi: 'Total realisasi',
  totalCapaian: 'Capaian',
  findingsTotal: 'Findings',
  sheetsNotChecked: ruleWord('sheet-not-checked', 'en'),
  writtenSheets: 'Sheets written',
  chartTitle: 'Capaian per program (%)',
  chartEmpty: 'No programs to chart.',
  progressWorking: 'Working…',
  runDone: (k, n) => (k === 'recalc' ? `Table 3.1 recalculated: ${n} sheet(s) written.` : `Report built: ${n} sheet(s) written.`),
  errorRead: 'Could not read the workbook',
  errorAnalyze: 'The check failed',
  errorSave: 'Could not save to the workbook',
  errorSelect: 'Could not select the cell',
  errorWrite: 'Could not write the report sheets',
  noTabel31: 'No Table 3.1 sheet to recalculate. Check the sheet mapping.',
  dismiss: 'Dismiss',
  invalidNumber: 'Not a valid number',
};

export const STRINGS: Record<Lang, PaneStrings> = { id, en };

export const LANGUAGE_NAMES: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };
