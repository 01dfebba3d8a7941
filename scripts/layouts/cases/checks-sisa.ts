/** A Sisa Anggaran column (pagu − realisasi), one sub kegiatan's sisa off by 10.000.000. */
import type { LayoutCase } from '../case';
import { DINAS_TOTAL, percentOf, rowOf, tabel31 } from '../checks-kit';

const PLANTED = rowOf('2.15.02.1.01.0001');

const layout: LayoutCase = {
  name: 'checks-sisa',
  about: 'Tabel 3.1 with Sisa Anggaran beside realisasi, one wrong sisa (issue 7, Sisa Anggaran = Pagu − Realisasi).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    tabel31(
      'Serapan',
      'Triwulan II Tahun 2024',
      ['Kode Rekening', 'Uraian', 'Pagu', 'Realisasi', 'Sisa Anggaran', 'Capaian (%)'],
      (line, row) => [line.pagu, line.realisasi, line.pagu - line.realisasi + (row === PLANTED ? 10000000 : 0), percentOf(line.realisasi, line.pagu)],
      [DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu - DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)],
    ),
  ],
  faults: [{ rule: 'sisa-mismatch', sheet: 'Serapan', cell: `E${PLANTED}`, expected: '150.000.000' }],
};

export default layout;
