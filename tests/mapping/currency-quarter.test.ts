/**
 * Two layouts planners print: "Rp" in a column of its own left of each amount under one merged header, and the
 * previous quarter's cumulative realisasi beside the report quarter's.
 */
import { detectSheet } from '../../src/domain/mapping/detect';
import type { SheetMapping } from '../../src/domain/mapping/types';
import { gridOf } from './grid-builder';

const roles = (sheet: SheetMapping): string => sheet.columns.map((c) => `${c.column}:${c.role}`).join(' ');

describe('a column of "Rp" under an amount\'s merged header', () => {
  const rows = (mark: string) => [
    ['Kode', 'Uraian', 'Pagu', null, 'Realisasi', null, 'Sisa Anggaran', null],
    ['4.01.02', 'PROGRAM X', mark, 300000000, mark, 120000000, mark, 180000000],
    ['4.01.02.1.01', 'Kegiatan', mark, 300000000, mark, 120000000, mark, 180000000],
    ['4.01.02.1.01.0001', 'Sub', mark, 300000000, mark, 120000000, null, 180000000],
  ];
  test.each(['Rp', 'Rp.', ' rp ', 'IDR'])('is no column at all when it holds %j: the amounts beside it fill the role', (mark) => {
    const grid = gridOf('S', rows(mark), { merges: ['C1:D1', 'E1:F1', 'G1:H1'] });
    expect(roles(detectSheet(grid, 2024).mapping)).toBe('A:kode B:uraian D:pagu F:realisasi H:sisa');
  });

  test('a column that holds a figure in any row is read as before', () => {
    const grid = gridOf('S', rows('Rp').map((r, i) => (i === 3 ? r.map((v, c) => (c === 2 ? 5 : v)) : r)), { merges: ['C1:D1', 'E1:F1', 'G1:H1'] });
    expect(roles(detectSheet(grid, 2024).mapping)).toContain('C:pagu');
  });
});

describe('cumulative realisasi of two quarters side by side', () => {
  const grid = () =>
    gridOf(
      'S',
      [
        ['Kode', 'Uraian', 'Pagu', 'Realisasi s.d. Triwulan I', null, 'Realisasi s.d. Triwulan II', null],
        [null, null, null, 'Rp', '%', 'Rp', '%'],
        ['4.01.02', 'PROGRAM X', 1000000000, 200000000, 20, 450000000, 45],
        ['4.01.02.1.01', 'Kegiatan', 1000000000, 200000000, 20, 450000000, 45],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1'] },
    );
  test.each([
    [2, 'F:realisasi G:capaian'],
    [1, 'D:realisasi E:capaian'],
  ])('in a report of quarter %i the quarter\'s columns are read', (quarter, read) => {
    expect(roles(detectSheet(grid(), { year: 2024, quarter }).mapping)).toContain(read);
  });
});
