/**
 * sheet-not-checked: a sheet with a table of figures that detection could not map and what was missing (worded by
 * mapping/notes.ts); how to map it is an advice key each face words (tests/cli/not-checked-advice.test.ts,
 * tests/taskpane/not-checked-advice.test.tsx). A DPA or PK sheet whose figures the settlement reads is not one.
 */
import type { Grid } from '../../src/domain/grid/grid';
import type { Lang } from '../../src/domain/settings';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { gridOf } from '../mapping/grid-builder';
import { workbook } from '../settle/workbook';
import { findingsOf, rp, tabel31With } from './mapping-cases';

const REKAP = gridOf('Rekap', [
  ['Rekap Belanja'],
  ['Nama', 'Jumlah', 'Keterangan'],
  ['Belanja ATK', rp(1_500_000), 'Triwulan I'],
  ['Belanja Modal', rp(2_500_000), 'Triwulan I'],
  ['Total', rp(4_000_000), ''],
]);
const NOTES_ONLY = gridOf('Catatan', [['Catatan Biro Organisasi'], ['Laporan disusun berdasarkan data SIPD per 31 Maret 2024.']]);
const TABEL_31 = tabel31With(['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)'], [['4.01.01', 'Program Penunjang Urusan Pemerintahan', rp(1_000_000), rp(250_000), '25,00']]);

describe('sheet-not-checked', () => {
  test.each<[string, Grid, Lang, [string, string, string, string][]]>([
    ['figures under an unknown header', REKAP, 'id', [['warning', 'Rekap', 'A2', "Sheet ini berisi tabel angka tetapi tidak diperiksa: judul kolom tidak dikenali: 'Jumlah'."]]],
    ['figures under an unknown header', REKAP, 'en', [['warning', 'Rekap', 'A2', "This sheet holds a table of figures but was not checked: column headers not recognised: 'Jumlah'."]]],
    ['a sheet of text only: not a table', NOTES_ONLY, 'id', []],
    ['a Tabel 3.1 detection maps', TABEL_31, 'id', []],
  ])('%s (%s)', (_, grid, lang, expected) => {
    expect(findingsOf('sheet-not-checked', [grid], lang)).toEqual(expected);
  });
});

describe('the advice on how to map it', () => {
  it.each<Lang>(['id', 'en'])('is a key the faces word, no command line in the message (%s)', (lang) => {
    const found = analyzeWorkbook([REKAP], { settings: { lang } }).findings.filter((f) => f.rule === 'sheet-not-checked');
    expect(found.map((f) => f.advice)).toEqual(['map-sheet']);
    expect(found[0].message).not.toMatch(/lapkin|Pemetaan|panel|task pane/);
  });
});

describe('a sheet read as a witness is not "not checked"', () => {
  const unchecked = (grids: Grid[]): string[] => analyzeWorkbook(grids).findings.filter((f) => f.rule === 'sheet-not-checked').map((f) => f.sheet);

  it.each<[string, Grid[]]>([
    ['a DPA sheet (kode, uraian, pagu DPA, no realisasi) beside Tabel 3.1', workbook({}, { dpa: 'sheet' })],
    ['a titled DPA block under the Rencana Kerja list', workbook({}, { dpa: 'block' })],
    ['the Perjanjian Kinerja with its budget block', workbook({}, { pk: true })],
    ['a DPA sheet and the Perjanjian Kinerja together', workbook({}, { dpa: 'sheet', pk: true })],
  ])('%s', (_, grids) => {
    expect(unchecked(grids)).toEqual([]);
  });

  it('while an unmapped table on another sheet is still reported', () => {
    expect(unchecked([...workbook({}, { dpa: 'sheet' }), { ...REKAP, index: 9 }])).toEqual(['Rekap']);
  });

  it('and the DPA figures are indeed read: a wrong programme pagu is named against the DPA', () => {
    const analysis = analyzeWorkbook(workbook({ 'T3.1!C8': 312_345_000 }, { dpa: 'sheet' }));
    expect(analysis.findings.find((f) => f.rule === 'sum-mismatch' && f.cell === 'C8')?.expected).toBe('300.000.000');
  });
});
