import { detectMapping, detectSheet } from '../../src/domain/mapping/detect';
import type { SheetMapping } from '../../src/domain/mapping/types';
import type { Grid } from '../../src/domain/grid/grid';
import { gridOf } from './grid-builder';
import { capaianPk, indikatorPolaritas, reorderedBudget, seedWorkbook, tabel22, tabel31, tabel32, tabel33 } from './seed-sheets';

/** "A:kode B:uraian …" — the roles of a mapping in one readable line. */
function roles(sheet: SheetMapping): string {
  return sheet.columns.map((c) => `${c.column}:${c.role}`).join(' ');
}

describe('detectSheet on the seed tables and other layouts', () => {
  const cases: [string, () => Grid, Partial<SheetMapping>, string][] = [
    ['Tabel 3.1', tabel31, { kind: 'tabel-3.1', headerRow: 4, headerRows: 1, firstDataRow: 5, lastDataRow: 18 }, 'A:kode B:uraian C:pagu D:realisasi E:capaian'],
    // The header lies: D holds rupiah realisasi, E the percentages.
    ['Tabel 3.2 (detail)', tabel32, { kind: 'detail', headerRow: 5, headerRows: 1, firstDataRow: 6, lastDataRow: 20, title: 'Bagian Kelembagaan dan Analisis Jabatan' }, 'A:no B:uraian C:pagu D:realisasi E:capaian F:hasil G:keterangan'],
    ['Tabel 3.3 (kegiatan)', tabel33, { kind: 'kegiatan', headerRow: 5, headerRows: 1, firstDataRow: 6, lastDataRow: 13, title: 'Bagian Kelembagaan dan Analisis Jabatan' }, 'A:no B:uraian C:waktu D:hasil E:keterangan'],
    // Two-row merged header, the column-number row skipped, the 2023 target before the amendment ignored.
    ['3.4 Capaian PK', capaianPk, { kind: 'capaian-pk', headerRow: 2, headerRows: 2, firstDataRow: 5, lastDataRow: 14 }, 'A:no B:sasaran C:indikator D:kondisiAwal E:ignore F:target G:realisasi H:capaian'],
    ['reordered, two-row header on row 8', reorderedBudget, { kind: 'tabel-3.1', headerRow: 8, headerRows: 2, firstDataRow: 11, lastDataRow: 19 }, 'A:uraian B:kode C:realisasi D:pagu E:capaian H:keterangan'],
    ['indicators with Polaritas', indikatorPolaritas, { kind: 'capaian-pk', headerRow: 3, headerRows: 1, firstDataRow: 4, lastDataRow: 5 }, 'A:sasaran B:indikator C:satuan D:polaritas E:target F:realisasi G:capaian H:kategori'],
  ];

  test.each(cases)('%s', (_name, make, expected, expectedRoles) => {
    const { mapping } = detectSheet(make(), 2024);
    expect(mapping).toMatchObject(expected);
    expect(roles(mapping)).toBe(expectedRoles);
  });

  test('a second table under a first whose amounts are typed as text is found under its own header', () => {
    // Every data row of the first table holds its amounts as "Rp. …" text: no cell is a number.
    const grid = gridOf('Laporan', [
      ['Kode', 'Uraian', 'Pagu Anggaran', 'Realisasi', 'Capaian (%)'],
      ['4.01.01', 'Program Penunjang', 'Rp. 100.000.000', 'Rp. 25.000.000', '25,00'],
      ['4.01.01.1.01', 'Kegiatan Perencanaan', 'Rp. 100.000.000', 'Rp. 25.000.000', '25,00'],
      ['4.01.01.1.01.0001', 'Penyusunan Dokumen', 'Rp. 100.000.000', 'Rp. 25.000.000', '25,00'],
      [],
      ['Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
      ['Meningkatnya kinerja', 'Nilai SAKIP', 'B', 'B', '100'],
    ]);
    const { tables } = detectSheet(grid, 2024);
    expect(tables.map((t) => [t.kind, t.headerRow, t.firstDataRow, t.lastDataRow])).toEqual([
      ['tabel-3.1', 1, 2, 4],
      ['capaian-pk', 6, 7, 7],
    ]);
  });

  test('Tabel 2.2 (Renstra targets by year, no realisasi) is a table of PK targets: the report year\'s is the target', () => {
    const { mapping, notes } = detectSheet(tabel22(), 2024);
    expect(mapping).toMatchObject({ sheet: 'Tabel 2.2', kind: 'target-pk', headerRow: 3, headerRows: 2, firstDataRow: 6 });
    expect(roles(mapping)).toBe('A:no B:sasaran C:indikator D:definisi E:kondisiAwal F:target G:ignore H:ignore I:formula');
    expect(notes).toEqual([]);
  });

  test('a target table with a column of figures under a header Lapkin does not read stays unknown, and is said so', () => {
    const grid = tabel22();
    grid.rows[2][8] = { value: 'Skor Evaluasi' };
    for (let r = 5; r <= 7; r++) grid.rows[r][8] = { value: 40 + r };
    const { mapping, notes } = detectSheet(grid, 2024);
    expect(mapping.kind).toBe('unknown');
    expect(notes.map((n) => n.rule)).toEqual(['sheet-not-checked']);
  });

  test('the detail table records why column D is read as realisasi', () => {
    const { corrections } = detectSheet(tabel32(), 2024);
    expect(corrections.map((c) => [c.column.leafCell, c.from, c.to, c.contents])).toEqual([['D5', 'target', 'realisasi', 'amount']]);
  });

  test('headers keep their text for display, joined over the two header rows', () => {
    const { mapping } = detectSheet(capaianPk(), 2024);
    expect(mapping.columns.find((c) => c.column === 'F')?.header).toBe('TARGET / TARGET TAHUN 2024');
    expect(mapping.columns.find((c) => c.column === 'G')?.header).toBe('OUTPUT / REALISASI TAHUN 2024');
  });
});

describe('detectMapping', () => {
  test('maps every input sheet in workbook order, skips generated sheets, and finds the period', () => {
    const mapping = detectMapping(seedWorkbook());
    expect(mapping.version).toBe(1);
    expect(mapping.period).toEqual({ year: 2024, quarter: 1 });
    expect(mapping.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ['Tabel 2.2', 'target-pk'],
      ['Tabel 3.1', 'tabel-3.1'],
      ['Kelembagaan', 'detail'],
      ['Kegiatan Kelembagaan', 'kegiatan'],
      ['Capaian PK', 'capaian-pk'],
    ]);
  });

  test('the other layout reads as TW II 2024', () => {
    expect(detectMapping([reorderedBudget(), indikatorPolaritas()]).period).toEqual({ year: 2024, quarter: 2 });
  });

  test('the report year decides which "Target Tahun …" column is the target', () => {
    const grid = gridOf('PK 2025', [
      ['Perjanjian Kinerja Triwulan III Tahun 2025'],
      ['Indikator Kinerja', 'Target Tahun 2024', 'Target Tahun 2025', 'Realisasi', 'Capaian'],
      ['Indeks Kepuasan Masyarakat', 78, 80, 79, 98.75],
    ]);
    const mapping = detectMapping([grid]);
    expect(mapping.period).toEqual({ year: 2025, quarter: 3 });
    expect(roles(mapping.sheets[0])).toBe('A:indikator B:ignore C:target D:realisasi E:capaian');
  });

  test('a sheet with no header at all is unknown', () => {
    const grid = gridOf('Catatan', [['Catatan rapat'], ['Hadir: Kabag, Kasubag'], [12, 14]]);
    expect(detectMapping([grid]).sheets).toEqual([{ sheet: 'Catatan', kind: 'unknown', columns: [] }]);
  });

  test('a kode column without budget codes does not make a Tabel 3.1', () => {
    const grid = gridOf('Daftar', [
      ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
      ['A', 'Belanja Lembur', 1000000, 500000],
      ['B', 'Belanja ATK', 2000000, 500000],
    ]);
    expect(detectMapping([grid]).sheets[0].kind).toBe('unknown');
  });

  test('a plan numbered on two levels ("I" program, "1.1" kegiatan) with pagu only is a detail table', () => {
    const grid = gridOf('Rencana Kerja', [
      ['3.1 Rencana Kerja pada Tahun 2024 pada Biro Organisasi meliputi program sebagai berikut :'],
      [],
      ['No', 'Program / Kegiatan', 'Anggaran'],
      ['I', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', 'Rp. 661.473.673,-'],
      ['1.1', 'Kegiatan Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah', 'Rp. 150.880.650,-'],
      ['1.2', 'Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD', 'Rp. 31.230.800,-'],
      ['II', 'Program Penataan Organisasi', 'Rp. 838.526.327,-'],
      ['2.1', 'Kegiatan Fasilitasi Kelembagaan dan Analisis Jabatan', 'Rp. 183.931.250,-'],
    ]);
    const { mapping } = detectSheet(grid, 2024);
    expect(mapping).toMatchObject({ kind: 'detail', headerRow: 3, firstDataRow: 4, lastDataRow: 8 });
    expect(roles(mapping)).toBe('A:no B:uraian C:pagu');
  });

  test('a flat numbered list with pagu has no hierarchy to check and is unknown', () => {
    const grid = gridOf('Daftar Sub Kegiatan', [
      ['No', 'Sub Kegiatan', 'Pagu'],
      [1, 'Fasilitasi Penataan Kelembagaan Provinsi', 75000000],
      [2, 'Penataan Analisis Jabatan', 78575000],
    ]);
    expect(detectSheet(grid, 2024).mapping.kind).toBe('unknown');
  });

  test('a budget table whose headers agree with its contents is not corrected', () => {
    expect(detectSheet(tabel31(), 2024).corrections).toEqual([]);
    expect(detectSheet(reorderedBudget(), 2024).corrections).toEqual([]);
  });

  test('a shifted header without "%" marks is corrected too: "Realisasi" over percentages, "Target" over rupiah', () => {
    const grid = gridOf('Rincian', [
      ['No', 'Uraian', 'Pagu', 'Target', 'Realisasi'],
      [1, 'Pembinaan Pelaksanaan RB', 102678125, 26371770, 25.68],
      [null, 'Belanja Lembur', 18406000, 4555000, null],
    ]);
    const { mapping, corrections } = detectSheet(grid);
    expect(mapping.kind).toBe('detail');
    expect(roles(mapping)).toBe('A:no B:uraian C:pagu D:realisasi E:capaian');
    expect(corrections.map((c) => `${c.column.leafCell}:${c.from}>${c.to}`)).toEqual(['E1:realisasi>capaian', 'D1:target>realisasi']);
  });
});
