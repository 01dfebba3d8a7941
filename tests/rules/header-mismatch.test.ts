/** header-mismatch: a column whose header says one thing and whose contents another, read by its contents (worded by mapping/warnings.ts). */
import type { Grid } from '../../src/domain/grid/grid';
import type { Lang } from '../../src/domain/settings';
import { seedWorkbook, tabel31, tabel32 } from '../mapping/seed-sheets';
import { findingsOf } from './mapping-cases';

describe('header-mismatch', () => {
  test.each<[string, Grid[], Lang, [string, string, string, string][]]>([
    // The seed's detail table: rupiah under "Target Triwulan I %"
    ['the seed workbook', seedWorkbook(), 'id', [['info', 'Kelembagaan', 'D5', "Kolom D berjudul 'Target Triwulan I %' berisi nilai rupiah; dibaca sebagai realisasi"]]],
    ['the seed workbook', seedWorkbook(), 'en', [['info', 'Kelembagaan', 'D5', "Column D headed 'Target Triwulan I %' holds rupiah amounts; read as realisasi"]]],
    ['Tabel 3.2 alone', [tabel32()], 'id', [['info', 'Kelembagaan', 'D5', "Kolom D berjudul 'Target Triwulan I %' berisi nilai rupiah; dibaca sebagai realisasi"]]],
    ['Tabel 3.1, headers and contents agree', [tabel31()], 'id', []],
  ])('%s (%s)', (_, grids, lang, expected) => {
    expect(findingsOf('header-mismatch', grids, lang)).toEqual(expected);
  });
});
