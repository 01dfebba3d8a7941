/**
 * Two tables on one sheet: a Tabel 3.1, then under it (after a blank row and its own title) the Perjanjian
 * Kinerja capaian. The PK table's header starts a new table; none of its rows is read as the Tabel 3.1's.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

const budget: Row[] = DINAS_BUDGET.map((line) => [
  line.code,
  line.uraian,
  line.pagu,
  line.realisasi,
  line.code === '2.15.02' ? '40,5' : percentOf(line.realisasi, line.pagu),
]);
budget.push(['', 'JUMLAH', DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-two-tables',
  about: 'A Tabel 3.1 and a PK capaian table on one sheet, each under its own header (issue 7, several tables on one sheet).',
  sheets: [
    {
      name: 'Laporan TW II',
      title: [['LAPORAN KINERJA TRIWULAN II TAHUN 2024'], ['Tabel 3.1 Realisasi Anggaran'], []],
      header: [['Kode', 'Uraian', 'Pagu', 'Realisasi', '% Realisasi']],
      rows: [
        ...budget,
        /* 16 */ [],
        /* 17 */ ['Tabel 3.2 Capaian Perjanjian Kinerja'],
        /* 18 */ ['No', 'Sasaran', 'Indikator', 'Satuan', 'Target 2024', 'Realisasi TW II', 'Capaian (%)'],
        /* 19 */ [1, 'Meningkatnya keselamatan lalu lintas', 'Persentase penurunan angka kecelakaan', '%', 20, 8, 40],
        /* 20 */ [2, 'Meningkatnya kualitas layanan angkutan', 'Indeks kepuasan layanan angkutan umum', 'Indeks', 80, 76, 90],
      ],
      amountColumns: [2, 3],
    },
  ],
  faults: [
    { rule: 'percent-mismatch', sheet: 'Laporan TW II', cell: 'E11', expected: '40,00' },
    { rule: 'capaian-mismatch', sheet: 'Laporan TW II', cell: 'G20', expected: '95,00' },
  ],
};

export default layout;
