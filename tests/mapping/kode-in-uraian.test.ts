/** Codes written at the start of the name column, with no kode column (kode-in-uraian.ts). */
import { analyzeWorkbook } from '../../src/domain/analyze';
import { leadingCode } from '../../src/domain/mapping/kode-in-uraian';
import { gridOf, type CellSpec } from './grid-builder';

test.each([
  ['4.01.02 Program Penunjang', ['4.01.02', 'Program Penunjang']],
  ['4.01.02.1.01. Perencanaan', ['4.01.02.1.01', 'Perencanaan']],
  ['X.XX.01.2.02.0001 Penyediaan Gaji', ['X.XX.01.2.02.0001', 'Penyediaan Gaji']],
  ['2024 Tahun Anggaran', undefined],
  ['1. Rapat koordinasi', undefined],
  ['Program Penunjang', undefined],
])('%s → %j', (text, expected) => {
  expect(leadingCode(text)).toEqual(expected);
});

test('a table whose names start with codes is read as coded: its sums are checked by code', () => {
  const rows: CellSpec[][] = [
    ['Realisasi Anggaran Triwulan II Tahun 2024'],
    ['No', 'Program / Kegiatan / Sub Kegiatan', 'Anggaran', 'Realisasi'],
    [1, '3.31.02 Program Perizinan Usaha Industri', 200000000, 78000000],
    [2, '3.31.02.2.01 Penerbitan Izin Usaha Industri', 200000000, 85000000],
    [3, '3.31.02.2.01.0001 Fasilitasi Penerbitan IUI Kecil', 80000000, 36000000],
    [4, '3.31.02.2.01.0002 Pengawasan Izin Usaha Industri', 120000000, 42000000],
  ];
  const analysis = analyzeWorkbook([gridOf('Realisasi', rows)]);
  expect(analysis.budgets[0].table.rows.map((r) => [r.kode, r.level, r.uraian])).toEqual([
    ['3.31.02', 'program', 'Program Perizinan Usaha Industri'],
    ['3.31.02.2.01', 'kegiatan', 'Penerbitan Izin Usaha Industri'],
    ['3.31.02.2.01.0001', 'subKegiatan', 'Fasilitasi Penerbitan IUI Kecil'],
    ['3.31.02.2.01.0002', 'subKegiatan', 'Pengawasan Izin Usaha Industri'],
  ]);
  expect(analysis.findings.filter((f) => f.rule === 'sum-mismatch').map((f) => [f.cell, f.expected])).toEqual([['D4', '78.000.000']]);
});

describe('a column of codes under no kode header', () => {
  const body: CellSpec[][] = [
    ['4.01.02', 'Program Penunjang', 300000000, 120000000],
    ['4.01.02.1.01', 'Perencanaan', 300000000, 120000000],
    ['4.01.02.1.01.0001', 'Penyusunan Dokumen', 100000000, 40000000],
    ['4.01.02.1.01.0002', 'Evaluasi Kinerja', 200000000, 80000000],
  ];
  const rolesOf = (header: CellSpec[], merges: string[] = []): string[] =>
    analyzeWorkbook([gridOf('S', [header, ...body], { merges })]).mapping.sheets[0].columns.map((c) => `${c.column}:${c.role}`);

  test('its header cell left blank', () => {
    expect(rolesOf(['', 'Uraian', 'Pagu', 'Realisasi'])).toEqual(['A:kode', 'B:uraian', 'C:pagu', 'D:realisasi']);
  });

  test('under an "Uraian" header merged over it and the names', () => {
    expect(rolesOf(['Uraian', null, 'Pagu', 'Realisasi'], ['A1:B1'])).toEqual(['A:kode', 'B:uraian', 'C:pagu', 'D:realisasi']);
  });
});
