/**
 * A Setda sheet with one block per Biro: the same codes in each block, a "Jumlah Biro …" under each, and the
 * grand total under the blocks. Codes repeat across blocks legitimately; each block's total is its own sum and
 * the grand total the sum of the block totals.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { percentOf } from '../layout-kit';

interface Line {
  code: string;
  uraian: string;
  pagu: number;
  realisasi: number;
}

function block(biro: string, scale: number): Line[] {
  const lines: [string, string, number, number][] = [
    ['4.01.01', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', 400, 200],
    ['4.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 150, 60],
    ['4.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 150, 60],
    ['4.01.01.2.02', 'Administrasi Keuangan', 250, 140],
    ['4.01.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 250, 140],
  ];
  return [
    { code: '', uraian: biro.toUpperCase(), pagu: 400 * scale * 1000000, realisasi: 200 * scale * 1000000 },
    ...lines.map(([code, uraian, p, r]) => ({ code, uraian, pagu: p * scale * 1000000, realisasi: r * scale * 1000000 })),
  ];
}

function rowsOf(lines: Line[]): Row[] {
  return lines.map((l) => [l.code, l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)]);
}

const rows: Row[] = [
  /* 5-10 */ ...rowsOf(block('Biro Pemerintahan', 1)),
  /* 11 */ ['', 'Jumlah Biro Pemerintahan', 400000000, 200000000, 50],
  /* 12-17 */ ...rowsOf(block('Biro Hukum', 2)),
  /* 18 */ ['', 'Jumlah Biro Hukum', 810000000, 400000000, percentOf(400000000, 810000000)],
  /* 19 */ ['', 'JUMLAH TOTAL SETDA', 1200000000, 650000000, 54.17],
];

const layout: LayoutCase = {
  name: 'layout-unit-blocks',
  about: 'Setda sheet with one block per Biro repeating the same codes, "Jumlah Biro …" subtotals and a grand total (issue 7, per-unit blocks).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    {
      name: 'Setda',
      title: [['REALISASI ANGGARAN SEKRETARIAT DAERAH'], ['Triwulan II Tahun 2024']],
      header: [['Kode', 'Uraian', 'Pagu', 'Realisasi', '%']],
      rows,
      boldRows: [0, 6, 7, 13, 14],
      amountColumns: [2, 3],
      percentColumns: [4],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Setda', cell: 'C17', expected: '800.000.000' },
    { rule: 'sum-mismatch', sheet: 'Setda', cell: 'D18', expected: '600.000.000' },
  ],
};

export default layout;
