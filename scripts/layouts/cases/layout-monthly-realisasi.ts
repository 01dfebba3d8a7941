/**
 * Monthly realisasi (Januari … Juni) beside "Jumlah s.d. TW II": the cumulative column is the realisasi, the
 * months are read as monthly realisasi.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

/** Six months adding up to the total: equal parts, the rest in June. */
function months(total: number): number[] {
  const part = Math.floor(total / 6 / 1000) * 1000;
  return [part, part, part, part, part, total - 5 * part];
}

const rows: Row[] = DINAS_BUDGET.map((line) => [
  line.code,
  line.uraian,
  line.code === '2.15.01.2.01' ? 310000000 : line.pagu,
  ...months(line.realisasi),
  line.realisasi,
  line.code === '2.15.02.1.01.0001' ? 4 : percentOf(line.realisasi, line.pagu),
]);
rows.push(['', 'JUMLAH', DINAS_TOTAL.pagu, ...months(DINAS_TOTAL.realisasi), DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-monthly-realisasi',
  about: 'Tabel 3.1 with Januari … Juni realisasi columns and their "Jumlah s.d. TW II" (issue 7, column choice: the cumulative is the realisasi).',
  sheets: [
    {
      name: 'Realisasi Bulanan',
      title: [['REALISASI ANGGARAN PER BULAN'], ['Semester I / Triwulan II Tahun 2024'], []],
      header: [['Kode', 'Uraian', 'Pagu', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Jumlah s.d. TW II', '%']],
      rows,
      amountColumns: [2, 3, 4, 5, 6, 7, 8, 9],
      percentColumns: [10],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi Bulanan', cell: 'C6', expected: '300.000.000' },
    { rule: 'percent-mismatch', sheet: 'Realisasi Bulanan', cell: 'K13', expected: '40,00' },
  ],
};

export default layout;
