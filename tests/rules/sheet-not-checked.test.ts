/** sheet-not-checked: a sheet with a table of figures that detection could not map, what was missing and how to map it (worded by mapping/notes.ts). */
import type { Grid } from '../../src/domain/grid/grid';
import type { Lang } from '../../src/domain/settings';
import { gridOf } from '../mapping/grid-builder';
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
    ['figures under an unknown header', REKAP, 'id', [['warning', 'Rekap', 'A2', "Sheet ini berisi tabel angka tetapi tidak diperiksa: judul kolom tidak dikenali: 'Jumlah'. Petakan lewat Pemetaan di panel tugas, atau dengan `lapkin map` lalu `lapkin check --mapping`."]]],
    ['figures under an unknown header', REKAP, 'en', [['warning', 'Rekap', 'A2', "This sheet holds a table of figures but was not checked: column headers not recognised: 'Jumlah'. Map it in the task pane's Pemetaan, or with `lapkin map` then `lapkin check --mapping`."]]],
    ['a sheet of text only: not a table', NOTES_ONLY, 'id', []],
    ['a Tabel 3.1 detection maps', TABEL_31, 'id', []],
  ])('%s (%s)', (_, grid, lang, expected) => {
    expect(findingsOf('sheet-not-checked', [grid], lang)).toEqual(expected);
  });
});
