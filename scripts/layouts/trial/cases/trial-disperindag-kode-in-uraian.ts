/**
 * Disperindag, TW II: as some SIPD exports print it, the code is not a column of its own but the start of the
 * name ("3.31.02.2.01 Penyusunan …"), under "Program / Kegiatan / Sub Kegiatan". Planted: a kegiatan realisasi off,
 * a sub kegiatan % off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['3.31.02', 'PROGRAM PERIZINAN USAHA INDUSTRI', [
    ['3.31.02.2.01', 'Penerbitan Izin Usaha Industri (IUI)', [
      ['3.31.02.2.01.0001', 'Fasilitasi Penerbitan IUI Kecil', 80000000, 36000000],
      ['3.31.02.2.01.0002', 'Pengawasan Izin Usaha Industri', 120000000, 42000000],
    ]],
  ]],
  ['3.30.06', 'PROGRAM PENGEMBANGAN EKSPOR', [
    ['3.30.06.2.01', 'Penyelenggaraan Promosi Dagang melalui Pameran Dagang Internasional', [
      ['3.30.06.2.01.0001', 'Pameran Dagang Internasional', 450000000, 112500000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 4;
const REAL_OFF = '3.31.02.2.01';
const PCT_OFF = '3.30.06.2.01.0001';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));

const rows: Row[] = lines.map((l, i) => [i + 1, `${l.code} ${l.uraian}`, l.pagu, l.code === REAL_OFF ? l.realisasi + 7000000 : l.realisasi, l.code === PCT_OFF ? 52 : pct(l.realisasi, l.pagu)]);
rows.push(['', 'JUMLAH', total.pagu, total.realisasi, pct(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-disperindag-kode-in-uraian',
  about: 'Blind trial: Disperindag TW II, codes written at the start of the name column, no kode column of their own.',
  sheets: [
    {
      name: 'Realisasi',
      title: [['DINAS PERINDUSTRIAN DAN PERDAGANGAN'], ['Realisasi Anggaran Triwulan II Tahun 2024'], []],
      header: [['No', 'Program / Kegiatan / Sub Kegiatan', 'Anggaran', 'Realisasi', 'Capaian (%)']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [5, 80, 16, 16, 10],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi', cell: `D${rowOf(REAL_OFF)}`, expected: rp(78000000) },
    { rule: 'percent-mismatch', sheet: 'Realisasi', cell: `E${rowOf(PCT_OFF)}`, expected: pctText(25) },
  ],
};

export default layout;
