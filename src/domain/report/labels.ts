/**
 * Every word the report sheets print, in Bahasa Indonesia and English.
 * Kept in one place so a planner-facing wording change touches one file; severities and rule names
 * are the glossary's (glossary.ts, rules/registry.ts), as on every other face.
 */
import type { AdviceWords, RuleName, Severity } from '../findings';
import { ruleWord, SEVERITY_WORDS } from '../glossary';
import { periodWords } from '../period-words';
import type { Period, Lang } from '../settings';
import type { Polarity } from '../model';

export interface ReportLabels {
  sheetTabel31: string;
  sheetDetail: string;
  sheetCapaianPk: string;
  sheetTemuan: string;

  tabel31Title: string;
  /** "Realisasi Anggaran Triwulan I Tahun 2024" or, without a period, "Realisasi Anggaran". */
  tabel31Subtitle(period?: Period): string;
  kodeRek: string;
  uraian: string;
  pagu(period?: Period): string;
  targetTriwulan(period?: Period): string;
  realisasiTriwulan(period?: Period): string;
  capaianPct: string;
  statedGroup: string;
  statedPagu: string;
  statedTarget: string;
  statedRealisasi: string;
  statedCapaian: string;
  catatan: string;
  jumlah: string;
  chartTitle: string;
  chartData: string;
  program: string;

  detailTitle(sheet: string): string;
  no: string;
  subKegiatanRincian: string;
  alokasiDana: string;
  realisasi: string;
  pct: string;
  total: string;

  capaianPkTitle: string;
  /** "Triwulan I Tahun 2024"; empty without a period. */
  periodLine(period?: Period): string;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: string;
  targetYear(period?: Period): string;
  realisasiYear(period?: Period): string;
  kategori: string;
  polarity(p: Polarity): string;

  temuanTitle: string;
  sheet: string;
  sel: string;
  aturan: string;
  tingkat: string;
  pesan: string;
  nilaiTertulis: string;
  seharusnya: string;
  saran: string;
  noFindings: string;
  /** Page footer in Excel's codes: &A sheet name, &P page, &N pages. */
  pageFooter: string;
  severity(s: Severity): string;
  rule(r: RuleName): string;
  /**
   * A finding's advice as the report sheet words it: the sheet is read in Excel or anywhere it is sent, whichever
   * face wrote it, so it names both ways (the task pane words it for the pane alone, the CLI for the terminal).
   */
  advice: AdviceWords;
}


const ID: ReportLabels = {
  sheetTabel31: 'Lapkin Tabel 3.1',
  sheetDetail: 'Lapkin Rincian',
  sheetCapaianPk: 'Lapkin Capaian PK',
  sheetTemuan: 'Lapkin Temuan',

  tabel31Title: 'Tabel 3.1 Realisasi Anggaran',
  tabel31Subtitle: (p) => (p ? `Realisasi Anggaran ${periodWords(p, 'id')}` : 'Realisasi Anggaran'),
  kodeRek: 'Kode Rek',
  uraian: 'Uraian',
  pagu: (p) => (p ? `Pagu Anggaran ${p.year}` : 'Pagu Anggaran'),
  targetTriwulan: (p) => (p ? `Target ${periodWords(p, 'id')}` : 'Target Triwulan'),
  realisasiTriwulan: (p) => (p ? `Realisasi ${periodWords(p, 'id')}` : 'Realisasi'),
  capaianPct: 'Capaian (%)',
  statedGroup: 'Tertulis di sumber',
  statedPagu: 'Pagu',
  statedTarget: 'Target',
  statedRealisasi: 'Realisasi',
  statedCapaian: 'Capaian (%)',
  catatan: 'Catatan',
  jumlah: 'JUMLAH',
  chartTitle: 'Pagu dan Realisasi per Program',
  chartData: 'Data grafik: Pagu dan Realisasi per Program (dari baris program Tabel 3.1 di atas)',
  program: 'Program',

  detailTitle: (sheet) => `Rincian Realisasi Anggaran: ${sheet}`,
  no: 'No',
  subKegiatanRincian: 'Sub Kegiatan / Rincian',
  alokasiDana: 'Alokasi Dana',
  realisasi: 'Realisasi',
  pct: '%',
  total: 'Total',

  capaianPkTitle: 'Capaian Kinerja berdasarkan Perjanjian Kinerja',
  periodLine: (p) => (p ? periodWords(p, 'id') : ''),
  sasaran: 'Sasaran Strategis',
  indikator: 'Indikator Kinerja',
  satuan: 'Satuan',
  polaritas: 'Polaritas',
  targetYear: (p) => (p ? `Target ${p.year}` : 'Target'),
  realisasiYear: (p) => (p ? `Realisasi ${p.year}` : 'Realisasi'),
  kategori: 'Kategori',
  polarity: (p) => (p === 'negatif' ? 'Negatif' : 'Positif'),

  temuanTitle: 'Temuan Pemeriksaan',
  sheet: 'Sheet',
  sel: 'Sel',
  aturan: 'Aturan',
  tingkat: 'Tingkat',
  pesan: 'Pesan',
  nilaiTertulis: 'Nilai tertulis',
  seharusnya: 'Seharusnya',
  saran: 'Saran',
  noFindings: 'Tidak ada temuan.',
  pageFooter: '&A – Halaman &P dari &N',
  severity: (s) => SEVERITY_WORDS.id[s],
  rule: (r) => ruleWord(r, 'id'),
  advice: {
    'map-sheet': 'Petakan lewat tab Pemetaan di panel Lapkin, atau dengan `lapkin map` lalu `lapkin check --mapping`.',
    'change-mapping': 'Bila keliru, ubah di tab Pemetaan panel Lapkin, atau dengan `lapkin map` lalu `lapkin check --mapping`.',
  },
};

const EN: ReportLabels = {
  sheetTabel31: 'Lapkin Table 3.1',
  sheetDetail: 'Lapkin Detail',
  sheetCapaianPk: 'Lapkin PK Achievement',
  sheetTemuan: 'Lapkin Findings',

  tabel31Title: 'Table 3.1 Budget Realisation',
  tabel31Subtitle: (p) => (p ? `Budget Realisation, ${periodWords(p, 'en')}` : 'Budget Realisation'),
  kodeRek: 'Code',
  uraian: 'Description',
  pagu: (p) => (p ? `Budget (pagu) ${p.year}` : 'Budget (pagu)'),
  targetTriwulan: (p) => (p ? `Target ${periodWords(p, 'en')}` : 'Quarter target'),
  realisasiTriwulan: (p) => (p ? `Realisation ${periodWords(p, 'en')}` : 'Realisation'),
  capaianPct: 'Achievement (%)',
  statedGroup: 'Stated in source',
  statedPagu: 'Budget',
  statedTarget: 'Target',
  statedRealisasi: 'Realisation',
  statedCapaian: 'Achievement (%)',
  catatan: 'Notes',
  jumlah: 'TOTAL',
  chartTitle: 'Budget and realisation per programme',
  chartData: 'Chart data: budget and realisation per programme (from the programme rows of Table 3.1 above)',
  program: 'Programme',

  detailTitle: (sheet) => `Budget realisation detail: ${sheet}`,
  no: 'No',
  subKegiatanRincian: 'Sub-activity / Item',
  alokasiDana: 'Allocation',
  realisasi: 'Realisation',
  pct: '%',
  total: 'Total',

  capaianPkTitle: 'Performance Achievement against the Performance Agreement (PK)',
  periodLine: (p) => (p ? periodWords(p, 'en') : ''),
  sasaran: 'Strategic Objective',
  indikator: 'Performance Indicator',
  satuan: 'Unit',
  polaritas: 'Polarity',
  targetYear: (p) => (p ? `Target ${p.year}` : 'Target'),
  realisasiYear: (p) => (p ? `Realisation ${p.year}` : 'Realisation'),
  kategori: 'Category',
  polarity: (p) => (p === 'negatif' ? 'Negative' : 'Positive'),

  temuanTitle: 'Review Findings',
  sheet: 'Sheet',
  sel: 'Cell',
  aturan: 'Rule',
  tingkat: 'Severity',
  pesan: 'Message',
  nilaiTertulis: 'Stated value',
  seharusnya: 'Expected',
  saran: 'Suggestion',
  noFindings: 'No findings.',
  pageFooter: '&A – Page &P of &N',
  severity: (s) => SEVERITY_WORDS.en[s],
  rule: (r) => ruleWord(r, 'en'),
  advice: {
    'map-sheet': "Map it in the Lapkin pane's Mapping tab, or with `lapkin map` then `lapkin check --mapping`.",
    'change-mapping': "If wrong, change it in the Lapkin pane's Mapping tab, or with `lapkin map` then `lapkin check --mapping`.",
  },
};

export function reportLabels(lang: Lang): ReportLabels {
  return lang === 'en' ? EN : ID;
}
