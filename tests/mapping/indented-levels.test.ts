/**
 * A budget table without kode or No whose levels show only by leading spaces in the Uraian: read as a tree
 * (programme flush left, kegiatan and sub kegiatan deeper), its sums checked; flat names stay unchecked.
 */
import { detectSheet } from '../../src/domain/mapping/detect';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { placeNumberedColumns } from '../../src/domain/budget/hierarchy';
import { gridOf } from './grid-builder';

const header = ['Uraian', 'Anggaran', 'Realisasi', '%'];
const indented = (pad: string, kegiatanRealisasi: number) => [
  header,
  ['PROGRAM A', 500000000, 200000000, 40],
  [`${pad}Kegiatan a`, 500000000, kegiatanRealisasi, 40],
  [`${pad}${pad}Sub a1`, 300000000, 120000000, 40],
  [`${pad}${pad}Sub a2`, 200000000, 80000000, 40],
  ['Jumlah', 500000000, 200000000, 40],
];

test.each(['  ', '   ', '\u00a0\u00a0'])('names indented by %j make a checked table, its sums compared level by level', (pad) => {
  expect(detectSheet(gridOf('S', indented(pad, 200000000)), 2024).mapping.kind).toBe('detail');
  const findings = analyzeWorkbook([gridOf('S', indented(pad, 190000000))]).findings.filter((f) => f.severity === 'error');
  expect(findings.map((f) => `${f.rule} ${f.cell} ${f.expected ?? ''}`)).toEqual(['sum-mismatch C3 200.000.000']);
});

test('names without indents (or at two depths only) leave the table unchecked, as before', () => {
  const flat = indented('', 200000000);
  expect(detectSheet(gridOf('S', flat), 2024).mapping.kind).toBe('unknown');
  const twoDepths = flat.map((r, i) => (i === 3 || i === 4 ? [`  ${String(r[0])}`, ...r.slice(1)] : r));
  expect(detectSheet(gridOf('S', twoDepths), 2024).mapping.kind).toBe('unknown');
});

test('placement by indent without a numbering column: each row under the nearest row above indented less', () => {
  const uraian = ['JUMLAH', 'P1', 'K1', 'S1', 'S2', 'K2', 'S3', 'P2', 'K3', 'S4'];
  const indent = [0, 0, 2, 4, 4, 2, 4, 0, 2, 4];
  const placed = placeNumberedColumns({ kode: uraian.map(() => ''), uraian, indent });
  expect(Array.from(placed.parent)).toEqual([-1, -1, 1, 2, 2, 1, 5, -1, 7, 8]);
});
