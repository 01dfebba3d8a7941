/**
 * A Perjanjian Kinerja target table by year and the Capaian PK table of the same indicators: the capaian table
 * must score each indicator against the PK's target for the report year. Planted: one indicator whose Capaian PK
 * target is the next year's (copied from the wrong column), its capaian computed consistently from that wrong
 * target, so only the comparison with the PK finds it.
 */
import type { LayoutCase } from '../case';

const layout: LayoutCase = {
  name: 'layout-pk-targets-mismatch',
  about: 'PK target table by year beside the Capaian PK table; one Capaian PK target is the next year\u2019s (issue 7, PK target against the capaian table).',
  sheets: [
    {
      name: 'PK',
      title: [['PERJANJIAN KINERJA TAHUN 2024'], ['BADAN KEPEGAWAIAN DAERAH'], []],
      header: [['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal 2023', 'Target 2024', 'Target 2025', 'Target 2026']],
      rows: [
        /* 5 */ ['1', 'Meningkatnya profesionalitas ASN', 'Indeks Profesionalitas ASN', 'Indeks', '68,00', '70,00', '72,00', '74,00'],
        /* 6 */ ['', '', 'Persentase ASN yang mengikuti pengembangan kompetensi', '%', '35 %', '40 %', '45 %', '50 %'],
        /* 7 */ ['2', 'Meningkatnya kualitas manajemen ASN', 'Nilai Sistem Merit', 'Nilai', '250', '275', '300', '325'],
        /* 8 */ ['', '', 'Predikat SAKIP BKD', 'Predikat', 'B', 'BB', 'BB', 'A'],
      ],
      widths: [5, 35, 45, 10, 14, 12, 12, 12],
    },
    {
      name: 'Capaian PK',
      title: [['CAPAIAN KINERJA TRIWULAN II TAHUN 2024'], []],
      header: [['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi TW II', 'Capaian (%)']],
      rows: [
        /* 4 */ ['1', 'Indeks Profesionalitas ASN', 'Indeks', '70,00', '63,00', '90,00'],
        /* 5 */ ['2', 'Persentase ASN yang mengikuti pengembangan kompetensi', '%', '45 %', '18 %', '40,00'],
        /* 6 */ ['3', 'Nilai Sistem Merit', 'Nilai', '275', '220', '80,00'],
        /* 7 */ ['4', 'Predikat SAKIP BKD', 'Predikat', 'BB', 'BB', '100,00'],
      ],
      widths: [5, 45, 10, 12, 14, 12],
    },
  ],
  faults: [{ rule: 'target-pk-mismatch', sheet: 'Capaian PK', cell: 'D5', expected: '40 %' }],
};

export default layout;
