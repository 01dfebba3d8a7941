/**
 * "Kode Rekening | Uraian | Anggaran | Realisasi | Sisa Anggaran | %", a long title block, a column-number row
 * "(1) (2) …" under the header and blank rows between the programmes.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

const rows: Row[] = [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']];
DINAS_BUDGET.forEach((line) => {
  if (line.code === '2.15.02') rows.push([]);
  rows.push([line.code, line.uraian, line.pagu, line.realisasi, line.pagu - line.realisasi, percentOf(line.realisasi, line.pagu)]);
});
rows.push([]);
rows.push(['', 'JUMLAH', 1350000000, DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu - DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-rekening-numbered',
  about: 'Tabel 3.1 headed Kode Rekening | Anggaran | Sisa Anggaran under a six-row title block, with a column-number row and blank separators (issue 7, header words).',
  sheets: [
    {
      name: 'LRA',
      title: [
        ['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR'],
        ['DINAS PERHUBUNGAN'],
        ['LAPORAN REALISASI ANGGARAN'],
        ['TRIWULAN II TAHUN ANGGARAN 2024'],
        ['Keadaan s.d. 30 Juni 2024'],
        [],
      ],
      header: [['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi', 'Sisa Anggaran', '%']],
      rows,
      amountColumns: [2, 3, 4],
      percentColumns: [5],
    },
  ],
  faults: [{ rule: 'sum-mismatch', sheet: 'LRA', cell: 'C21', expected: '1.250.000.000' }],
};

export default layout;
