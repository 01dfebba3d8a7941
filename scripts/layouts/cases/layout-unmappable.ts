/**
 * A workbook whose budget sheet cannot be mapped: amounts without any kode or No. column, and a recap of figures
 * with no header at all. Both are told on the sheet (sheet-not-checked); the Tabel 3.1 beside them is checked.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

const checked: Row[] = DINAS_BUDGET.map((line) => [line.code, line.uraian, line.pagu, line.realisasi, percentOf(line.realisasi, line.pagu)]);
checked.push(['', 'JUMLAH', DINAS_TOTAL.pagu, 590000000, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-unmappable',
  about: 'A budget sheet without a kode or No. column and a headerless recap: each carries sheet-not-checked; the checked sheet still gets its findings (issue 7, never a silent skip).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    {
      name: 'Tabel 3.1',
      title: [['Tabel 3.1 Realisasi Anggaran Triwulan II Tahun 2024'], []],
      header: [['Kode', 'Uraian', 'Pagu', 'Realisasi', '%']],
      rows: checked,
      amountColumns: [2, 3],
      percentColumns: [4],
    },
    {
      name: 'Anggaran Bidang',
      title: [['Rekap Anggaran per Bidang'], []],
      header: [['Bidang', 'Pagu', 'Realisasi', 'Sisa']],
      rows: [
        ['Sekretariat', 800000000, 400000000, 400000000],
        ['Bidang Lalu Lintas', 450000000, 180000000, 270000000],
        ['Bidang Angkutan', 300000000, 90000000, 210000000],
      ],
      amountColumns: [1, 2, 3],
    },
    {
      name: 'Rekap',
      title: [],
      header: [],
      rows: [
        ['Sekretariat', 800000000, 400000000],
        ['Lalu Lintas', 450000000, 180000000],
        ['Angkutan', 300000000, 90000000],
      ],
      amountColumns: [1, 2],
    },
    {
      name: 'Catatan',
      title: [],
      header: [],
      rows: [['Catatan penyusunan laporan'], ['Data diambil dari SIPD per 30 Juni 2024.']],
    },
  ],
  faults: [{ rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: 'D14', expected: '580.000.000' }],
  uncheckedSheets: ['Anggaran Bidang', 'Rekap'],
};

export default layout;
