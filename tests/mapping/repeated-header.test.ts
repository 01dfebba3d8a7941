/** A header printed again at a page break continues the table and is no data (repeated-header.ts). */
import { analyzeWorkbook } from '../../src/domain/analyze';
import { gridOf, type CellSpec } from './grid-builder';

const HEADER: CellSpec[] = ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'];
const NUMBERS: CellSpec[] = ['1', '2', '3', '4'];

test('the rows under a repeated header stay the rows of the table above it', () => {
  const rows: CellSpec[][] = [
    ['Realisasi Anggaran Triwulan II Tahun 2024'],
    HEADER,
    NUMBERS,
    ['4.01.02', 'Program', 300000000, 120000000],
    ['4.01.02.1.01', 'Kegiatan', 300000000, 120000000],
    ['4.01.02.1.01.0001', 'Sub kegiatan satu', 100000000, 40000000],
    HEADER,
    NUMBERS,
    ['4.01.02.1.01.0002', 'Sub kegiatan dua', 200000000, 80000000],
  ];
  const analysis = analyzeWorkbook([gridOf('Tabel 3.1', rows)]);
  expect(analysis.mapping.sheets).toHaveLength(1);
  expect(analysis.budgets[0].table.rows.map((r) => r.kode)).toEqual(['4.01.02', '4.01.02.1.01', '4.01.02.1.01.0001', '4.01.02.1.01.0002']);
  expect(analysis.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('a header with other columns below still starts a new table', () => {
  const rows: CellSpec[][] = [
    HEADER,
    ['4.01.02', 'Program', 300000000, 120000000],
    [],
    ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Indeks kepuasan', 80, 76, 95],
  ];
  expect(analyzeWorkbook([gridOf('S', rows)]).mapping.sheets.map((s) => s.kind)).toEqual(['tabel-3.1', 'capaian-pk']);
});
