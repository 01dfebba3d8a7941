/**
 * Hidden columns and rows of the corpus workbooks, read through the .xlsx reader: the visible columns are read
 * and the hidden ones named; a sum over a hidden row says so, in both languages.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import { gridsOf } from './corpus-kit';

test('hidden Anggaran Murni and last quarter\'s realisasi: named as hidden, passed over', async () => {
  const grids = await gridsOf('layout-hidden-columns');
  expect(grids[0].hiddenCols).toEqual([2, 4]);
  const choices = analyzeWorkbook(grids).findings.filter((f) => f.rule === 'column-choice');
  expect(choices.map((f) => f.cell)).toEqual(['D4', 'F4']);
  expect(choices[0].message).toContain("kolom C ('Anggaran Murni', kolom tersembunyi) dibaca sebagai pagu murni");
  expect(choices[1].message).toContain("Realisasi dibaca dari kolom F ('Realisasi s.d. TW II'): judulnya menyebut triwulan laporan; kolom E ('Realisasi s.d. TW I', kolom tersembunyi) dilewati");
});

test.each([
  ['id', '(baris 13 tersembunyi: tetap dijumlahkan Excel; tampilkan barisnya untuk memeriksa)'],
  ['en', "(row 13 is hidden: Excel's SUM still counts it; unhide to check)"],
] as const)('a sum over a hidden sub kegiatan says the row is hidden (%s)', async (lang, words) => {
  const grids = await gridsOf('layout-hidden-rows');
  expect(grids[0].hiddenRows).toEqual([6, 12]);
  const sums = analyzeWorkbook(grids, { settings: { lang } }).findings.filter((f) => f.rule === 'sum-mismatch');
  expect(sums.map((f) => f.cell)).toEqual(['C11']);
  expect(sums[0].message.endsWith(words)).toBe(true);
});

test('a sum finding away from hidden rows carries no hidden-row words', async () => {
  const grids = await gridsOf('layout-hidden-columns');
  const sum = analyzeWorkbook(grids).findings.find((f) => f.rule === 'sum-mismatch');
  expect(sum?.message).not.toContain('tersembunyi');
});
