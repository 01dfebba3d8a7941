/**
 * A Renstra / Perjanjian Kinerja target table on its own (the PK's Tabel 2.2): Indikator | Satuan | Kondisi Awal |
 * Target over 2024 | 2025 | 2026 on two header rows, values as numbers, percentages typed as text, grades,
 * "Tersedia", "Level 3", "≥ 80 %". Read as a table of targets ('target-pk'), never left unchecked; planted: a
 * target whose digit groups are not three long, and one written with English separators.
 */
import type { LayoutCase } from '../case';

const layout: LayoutCase = {
  name: 'layout-pk-targets',
  about: 'Renstra target table by year (Kondisi Awal, Target 2024 | 2025 | 2026 under a merged group), numbers, percentages, grades and qualitative targets (issue 7, PK target table).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    {
      name: 'Target Renstra',
      title: [['TARGET KINERJA RENSTRA 2024-2026'], ['DINAS KOMUNIKASI DAN INFORMATIKA'], []],
      header: [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal', 'Target', '', ''],
        ['', '', '', '', '2023', '2024', '2025', '2026'],
      ],
      headerMerges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'F4:H4'],
      rows: [
        /* 6 */ ['1.', 'Meningkatnya kualitas layanan informasi publik', 'Indeks Keterbukaan Informasi Publik', 'Indeks', '78,50', '80,25', '82,00', '84,00'],
        /* 7 */ ['', '', 'Persentase PD yang terhubung jaringan intra pemerintah', '%', '60 %', '70 %', '80%', '90 %'],
        /* 8 */ ['', '', 'Jumlah layanan publik terintegrasi', 'Layanan', 12, 15, '1.800.0', 25],
        /* 9 */ ['2.', 'Meningkatnya akuntabilitas kinerja', 'Predikat SAKIP Dinas', 'Predikat', 'B', 'BB', 'BB', 'A'],
        /* 10 */ ['', '', 'Dokumen Rencana Induk SPBE', 'Dokumen', 'Belum ada', 'Tersedia', 'Tersedia', 'Tersedia'],
        /* 11 */ ['', '', 'Tingkat kematangan SPBE', 'Level', 'Level 2', 'Level 3', 'Level 3', 'Level 4'],
        /* 12 */ ['', '', 'Persentase aduan masyarakat yang ditindaklanjuti', '%', '75 %', '≥ 80 %', '≥ 85 %', '≥ 90 %'],
        /* 13 */ ['', '', 'Persentase sistem informasi yang aman', '%', '55%', '62.5%', '70 %', '75 %'],
      ],
      bodyMerges: ['A6:A8', 'B6:B8', 'A9:A13', 'B9:B13'],
      widths: [5, 35, 45, 10, 12, 10, 10, 10],
    },
  ],
  faults: [
    // "1.800.0": digit groups that are not three long (1.800 or 18.000?).
    { rule: 'number-format', sheet: 'Target Renstra', cell: 'G8' },
    { rule: 'separator-style', sheet: 'Target Renstra', cell: 'F13' },
  ],
};

export default layout;
