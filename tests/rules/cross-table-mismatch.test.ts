import { buildBudgetTable } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import type { RecomputedTable } from '../../src/domain/model';
import { checkCrossTables } from '../../src/domain/rules/cross-table-mismatch';
import { nameSimilarity, SIMILAR_NAME } from '../../src/domain/rules/budget/name-match';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { mappedRows, sheetMapping, type Layout, type Typed } from '../budget/fixture';

describe('nameSimilarity: the seed names the same sub kegiatan differently', () => {
  const same: [string, string][] = [
    ['Penataan Analisi Jabatan', 'Fasilitasi Analisis Jabatan'],
    ['Pembinaan Pelaksanaan RB', 'Pelaksanaan Reformasi Birokrasi'],
    ['Monitoring dan Evaluasi AK', 'Monitoring dan Evaluasi Akuntabilitas kinerja'],
    ['Fasilitasi Penataan Kelembagaan Kab/kota', 'Fasilitasi Kelembagaan Kabupaten/ Kota'],
    ['Fasilitasi Penataan Kelembagaan Provinsi', 'Fasilitasi Kelembagaan Provinsi'],
    ['Pengelolaan tatalaksana Pemerintah', 'Pengelolaan Tata Laksana Pemerintahan'],
    ['Fasilitasi Kelembagaan dan Anjab', 'Kegiatan Fasilitasi Kelembagaan dan Analisis Jabatan'],
    ['Fasilitasi RB dan AK', 'Kegiatan Fasilitasi Reformasi Birokrasi dan Akuntabilitas kinerja'],
    ['Program penunjang urusan pemerintahan', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi'],
  ];
  test.each(same)('%p ~ %p', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(SIMILAR_NAME);
    expect(nameSimilarity(b, a)).toBeGreaterThanOrEqual(SIMILAR_NAME);
  });

  const different: [string, string][] = [
    ['Fasilitasi Peningkatan Pelayanan Publik', 'Evaluasi pelaksanaan Budaya Kerja'],
    ['Pembinaan Pelaksanaan RB', 'Monitoring dan Evaluasi AK'],
    ['Penataan Analisi Jabatan', 'Pengelolaan tatalaksana Pemerintah'],
    ['Total', 'Fasilitasi Kelembagaan dan Anjab'],
  ];
  test.each(different)('%p ≁ %p', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(SIMILAR_NAME);
  });

  test('identical names score 1, names with no words 0', () => {
    expect(nameSimilarity('Belanja Lembur', 'belanja  lembur')).toBe(1);
    expect(nameSimilarity('', 'Belanja Lembur')).toBe(0);
  });
});

const MAIN: Layout = {
  sheet: 'T3.1',
  kind: 'tabel-3.1',
  firstRow: 6,
  columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D'], ['capaian', 'E']],
};
const DETAIL: Layout = {
  sheet: 'Detail',
  kind: 'detail',
  firstRow: 5,
  columns: [['no', 'A'], ['kode', 'B'], ['uraian', 'C'], ['pagu', 'D'], ['realisasi', 'E'], ['capaian', 'F']],
};

const recomputed = (layout: Layout, lines: Typed[][]): RecomputedTable =>
  recalculate(buildBudgetTable(sheetMapping(layout), mappedRows(layout, lines), 'id').table);

const main = recomputed(MAIN, [
  /* 6 */ ['4.01.02.1.02', 'Fasilitasi RB dan AK', 358034375, 79198717, 22.12],
  /* 7 */ ['4.01.02.1.02.01', 'Pembinaan Pelaksanaan RB', 102678125, 26371770, 25.68],
  /* 8 */ ['4.01.02.1.02.02', 'Monitoring dan Evaluasi AK', 255356250, 52826947, 20.69],
]);

describe('checkCrossTables', () => {
  const cases: [string, Typed[][], [string, string | undefined, string][]][] = [
    ['same values under other names: nothing', [[1, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 26.371.770', '25,68 %']], []],
    ['realisasi differs (matched by pagu and name)', [[1, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 26.317.770', '25,63 %']], [['E5', '26.371.770', 'T3.1!D7'], ['F5', '25,68', 'T3.1!E7']]],
    ['pagu differs: found only by code', [[1, '4.01.02.1.02.02', 'Monev AK', 'Rp. 255.356.000', 'Rp. 52.826.947', '20,69 %']], [['D5', '255.356.250', 'T3.1!C8']]],
    ['equal pagu but an unrelated name: not the same sub kegiatan', [[1, '', 'Belanja Modal Gedung', 'Rp. 102.678.125', 'Rp. 1.000', '0,00 %']], []],
    ['capaian differs but is wrong for its own row: left to percent-mismatch', [[1, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 26.371.770', '24,68 %']], []],
    ['a refused cell is left to its number-format finding', [[1, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 26.371.77', '25,68 %']], []],
    ['line items are not compared', [[1, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 26.371.770', '25,68 %'], ['', '', 'Monitoring dan Evaluasi AK', 'Rp. 255.356.250', 'Rp. 1', '']], []],
  ];
  test.each(cases)('%s', (_name, lines, expected) => {
    const found = checkCrossTables([recomputed(DETAIL, lines), main], DEFAULT_SETTINGS);
    // The message names the Tabel 3.1 cell the value was compared with: "… di T3.1 (D7) …".
    const comparedWith = (message: string) => `T3.1!${/T3\.1 \((\w+)\)/.exec(message)?.[1] ?? '?'}`;
    expect(found.map((f) => [f.cell, f.expected, comparedWith(f.message)])).toEqual(expected);
    for (const f of found) expect(f).toMatchObject({ rule: 'cross-table-mismatch', severity: 'warning', sheet: 'Detail' });
  });

  test('in English the message names both tables', () => {
    const detail = recomputed(DETAIL, [[1, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 26.317.770', '25,63 %']]);
    const [first] = checkCrossTables([main, detail], { ...DEFAULT_SETTINGS, lang: 'en' });
    expect(first.message).toBe('Realisasi of "Pelaksanaan Reformasi Birokrasi" is 26.317.770 here but 26.371.770 in T3.1 (D7)');
  });

  test('two detail tables are not compared with each other', () => {
    const a = recomputed(DETAIL, [[1, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 1.000', '0,00 %']]);
    const b = recomputed({ ...DETAIL, sheet: 'Other' }, [[1, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 2.000', '0,00 %']]);
    expect(checkCrossTables([a, b], DEFAULT_SETTINGS)).toEqual([]);
  });
});
