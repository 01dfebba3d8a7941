/** items-below-total: its cases on small hand-built tables (see budget-cases.ts). */
import { buildBudgetTable } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import { T31, DETAIL, check, type Case } from './budget-cases';
import { mappedRows, sheetMapping } from '../budget/fixture';

describe('items-below-total', () => {
  const cases: Case[] = [
    ['items equal the sub kegiatan: nothing', DETAIL, [['1', 'Sub', 'Rp. 1.000.000', 'Rp. 100.000', '10,00 %'], ['', 'ATK', 'Rp. 600.000', 'Rp. 60.000'], ['', 'Lembur', 'Rp. 400.000', 'Rp. 40.000']], []],
    ['items below pagu and realisasi: two notes', DETAIL, [['1', 'Sub', 'Rp. 1.000.000', 'Rp. 100.000', '10,00 %'], ['', 'ATK', 'Rp. 600.000', 'Rp. 60.000']], [['items-below-total', 'C2', undefined], ['items-below-total', 'D2', undefined]]],
    ['kode rekening items under a Tabel 3.1 sub kegiatan', T31, [['4.01.02.1.01.0001', 'S', 1000, 100, 10], ['5.1.02.01.01.0024', 'Belanja ATK', 300, 100], ['5.1.02.01.01.0026', 'Belanja Cetak', 200, '-']], [['items-below-total', 'C2', undefined]]],
    ['kode rekening groups that add up: nothing', T31, [['4.01.02.1.01.0001', 'S', 1000, 100, 10], ['5.1', 'Belanja Operasi', 1000, 100, 10], ['5.1.02', 'Belanja Barang dan Jasa', 1000, 100, 10], ['5.1.02.01.01.0024', 'Belanja ATK', 600, 60, 10], ['5.1.02.01.01.0026', 'Belanja Cetak', 400, 40, 10]], []],
    ['a group off its items: on the group, the items\' sum expected', T31, [['4.01.02.1.01.0001', 'S', 1000, 100, 10], ['5.1.02', 'Belanja Barang dan Jasa', 1000, 110, 11], ['5.1.02.01.01.0024', 'Belanja ATK', 600, 60, 10], ['5.1.02.01.01.0026', 'Belanja Cetak', 400, 40, 10]], [['sum-mismatch', 'D3', '100']]],
    ['a blank group is not checked; its sub kegiatan is compared with its items through it', T31, [['4.01.02.1.01.0001', 'S', 1000, 100, 10], ['5.1.02', 'Belanja Barang dan Jasa', '', '', ''], ['5.1.02.01.01.0024', 'Belanja ATK', 600, 60, 10], ['5.1.02.01.01.0026', 'Belanja Cetak', 400, 40, 10]], []],
    ['groups short of their sub kegiatan: an error, not a note (they are its whole belanja)', T31, [['4.01.02.1.01.0001', 'S', 1200, 100, 8.33], ['5.1.02', 'Belanja Barang dan Jasa', 1000, 100, 10], ['5.1.02.01.01.0024', 'Belanja ATK', 600, 60, 10], ['5.1.02.01.01.0026', 'Belanja Cetak', 400, 40, 10]], [['sum-mismatch', 'C2', '1.000']]],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });

  test('items never change the sub kegiatan they belong to', () => {
    const { table } = buildBudgetTable(sheetMapping(DETAIL), mappedRows(DETAIL, [['1', 'Sub', 'Rp. 1.000.000', 'Rp. 100.000'], ['', 'ATK', 'Rp. 600.000', 'Rp. 60.000']]), 'id');
    expect(recalculate(table).rows[0]).toMatchObject({ pagu: 1000000, realisasi: 100000, summed: false });
  });
});
