/**
 * Where the header's words leave pagu or realisasi columns tied, the rows decide (choice-evidence.ts): the capaian,
 * the months and the Sisa each bear out one pair of columns.
 */
import { detectMapping } from '../../src/domain/mapping';
import { gridOf, type CellSpec } from './grid-builder';

interface Line {
  code: string;
  pagu: number;
  realisasi: number;
}
const LINES: Line[] = [
  { code: '4.01.02', pagu: 600000000, realisasi: 240000000 },
  { code: '4.01.02.1.01', pagu: 600000000, realisasi: 240000000 },
  { code: '4.01.02.1.01.0001', pagu: 400000000, realisasi: 100000000 },
  { code: '4.01.02.1.01.0002', pagu: 200000000, realisasi: 140000000 },
];

function roles(header: CellSpec[], row: (l: Line) => CellSpec[]): Record<string, string> {
  const grid = gridOf('Tabel 3.1', [['Realisasi Anggaran Triwulan II Tahun 2024'], header, ...LINES.map((l) => [l.code, 'Uraian', ...row(l)])]);
  const sheet = detectMapping([grid]).sheets[0];
  return Object.fromEntries(sheet.columns.map((c) => [c.column, c.role]));
}

test('the capaian tells the pagu in force from the one before it', () => {
  const r = roles(['Kode', 'Uraian', 'Anggaran Semula', 'Anggaran Menjadi', 'Realisasi', '%'], (l) => [l.pagu * 0.8, l.pagu, l.realisasi, Math.round((l.realisasi / l.pagu) * 10000) / 100]);
  expect([r.C, r.D]).toEqual(['paguMurni', 'pagu']);
});

test('the Sisa tells the cumulative realisasi from the quarter\'s own', () => {
  const r = roles(['Kode', 'Uraian', 'Pagu', 'Realisasi Triwulan Berjalan', 'Realisasi', 'Sisa'], (l) => [l.pagu, l.realisasi / 2, l.realisasi, l.pagu - l.realisasi]);
  expect([r.D, r.E]).toEqual(['ignore', 'realisasi']);
});

test('months from Januari tell the cumulative realisasi', () => {
  const r = roles(['Kode', 'Uraian', 'Pagu', 'Januari', 'Februari', 'Maret', 'Realisasi Triwulan Berjalan', 'Realisasi'], (l) => [
    l.pagu, l.realisasi / 4, l.realisasi / 4, l.realisasi / 2, l.realisasi / 2, l.realisasi,
  ]);
  expect([r.G, r.H]).toEqual(['ignore', 'realisasi']);
});

test('without evidence either way the words\' choice stands', () => {
  const r = roles(['Kode', 'Uraian', 'Pagu', 'Realisasi Triwulan Berjalan', 'Realisasi'], (l) => [l.pagu, l.realisasi / 2, l.realisasi]);
  expect([r.D, r.E]).toEqual(['realisasi', 'ignore']);
});

test('"% thd Pagu" is the capaian, "% thd Target" is passed over, in either order', () => {
  const row = (l: Line): CellSpec[] => [l.pagu, l.pagu / 2, l.realisasi, Math.round((l.realisasi / (l.pagu / 2)) * 10000) / 100, Math.round((l.realisasi / l.pagu) * 10000) / 100];
  const r = roles(['Kode', 'Uraian', 'Pagu', 'Target Anggaran Kas', 'Realisasi', '% thd Target', '% thd Pagu'], row);
  expect([r.F, r.G]).toEqual(['ignore', 'capaian']);
});

test('of two percentage columns the words cannot tell apart, the capaian is the one that is realisasi / pagu', () => {
  const r = roles(['Kode', 'Uraian', 'Pagu', 'Realisasi', '%', '%'], (l) => [l.pagu, l.realisasi, Math.round((l.realisasi / (l.pagu / 2)) * 10000) / 100, Math.round((l.realisasi / l.pagu) * 10000) / 100]);
  expect([r.E, r.F]).toEqual(['ignore', 'capaian']);
});
