/** Codes with the bidang and program written as plain numbers (4.1.2, 4.1.2.2.1, 4.1.2.2.1.1). */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

/** 2.15.01.2.01.0001 → 4.1.1.2.1.1: the Biro's urusan 4, bidang 1, every part without its leading zeros. */
function bare(code: string): string {
  const s = code.split('.').map((p) => String(Number(p)));
  s[0] = '4';
  s[1] = '1';
  return s.join('.');
}

const rows: Row[] = DINAS_BUDGET.map((line) => [
  bare(line.code),
  line.uraian,
  line.pagu,
  line.code === '2.15.01.2.01' ? 160000000 : line.realisasi,
  percentOf(line.realisasi, line.pagu),
]);
rows.push(['TOTAL', '', DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-bidang-number',
  about: 'Tabel 3.1 with codes whose bidang and program are plain numbers, 4.1.1 for 4.01.01 (issue 7, code forms).',
  sheets: [
    {
      name: 'Realisasi Anggaran',
      title: [['BIRO PEMERINTAHAN SETDA'], ['Realisasi Anggaran Triwulan II Tahun 2024'], []],
      header: [['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi', '%']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
    },
  ],
  faults: [{ rule: 'sum-mismatch', sheet: 'Realisasi Anggaran', cell: 'D6', expected: '150.000.000' }],
};

export default layout;
