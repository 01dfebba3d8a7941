/**
 * "Urusan/Bidang/Program/Kegiatan/Sub Kegiatan" as the uraian header, and two-row headers whose lower row says
 * only "Jumlah (Rp)" under "Anggaran" and "Realisasi".
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

const rows: Row[] = DINAS_BUDGET.map((line) => [
  line.code,
  line.uraian,
  line.pagu,
  line.realisasi,
  line.code === '2.15.01.2.02.0001' ? 5 : percentOf(line.realisasi, line.pagu),
]);
rows.push(['', 'JUMLAH', DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-uraian-levels',
  about: 'Tabel 3.1 headed "Urusan/Bidang/Program/Kegiatan/Sub Kegiatan", with "Jumlah (Rp)" under merged Anggaran and Realisasi groups (issue 7, header words, two-row headers).',
  sheets: [
    {
      name: 'Tabel 3.1',
      title: [['Realisasi Anggaran Triwulan II Tahun 2024'], []],
      header: [
        ['Kode', 'Urusan/Bidang/Program/Kegiatan/Sub Kegiatan', 'Anggaran', 'Realisasi', 'Capaian'],
        ['', '', 'Jumlah (Rp)', 'Jumlah (Rp)', '(%)'],
      ],
      headerMerges: ['A3:A4', 'B3:B4'],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
    },
  ],
  faults: [{ rule: 'percent-mismatch', sheet: 'Tabel 3.1', cell: 'E10', expected: '50,00' }],
};

export default layout;
