/**
 * A Perjanjian Kinerja table with the year's target beside a target per quarter: a TW II report scores each
 * indicator against its Target TW II.
 */
import type { LayoutCase } from '../case';

const layout: LayoutCase = {
  name: 'layout-target-quarters',
  about: 'PK capaian table with Target Tahunan and Target TW I … TW IV; the quarter\u2019s target is scored against (issue 7, column choice).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    {
      name: 'Capaian PK',
      title: [['CAPAIAN PERJANJIAN KINERJA'], ['Dinas Perhubungan Tahun 2024'], []],
      header: [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', '', '', '', '', 'Realisasi TW II', 'Capaian (%)'],
        ['', '', '', '', 'Tahunan', 'TW I', 'TW II', 'TW III', 'TW IV', '', ''],
      ],
      headerMerges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:I4', 'J4:J5', 'K4:K5'],
      rows: [
        /* 6 */ [1, 'Meningkatnya keselamatan lalu lintas', 'Persentase penurunan angka kecelakaan', '%', 20, 5, 10, 15, 20, 8, 80],
        /* 7 */ [2, 'Meningkatnya kualitas layanan angkutan', 'Indeks kepuasan layanan angkutan umum', 'Indeks', 80, 75, 76, 78, 80, 76, 100],
        /* 8 */ [3, 'Meningkatnya kinerja pengujian kendaraan', 'Jumlah kendaraan yang diuji', 'Unit', 4000, 1000, 2000, 3000, 4000, 1500, 37.5],
      ],
      widths: [5, 35, 40, 10, 10, 8, 8, 8, 8, 12, 12],
    },
  ],
  faults: [{ rule: 'capaian-mismatch', sheet: 'Capaian PK', cell: 'K8', expected: '75,00' }],
};

export default layout;
