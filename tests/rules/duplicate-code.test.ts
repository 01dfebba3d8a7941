/** duplicate-code: its cases on small hand-built tables (see budget-cases.ts). */
import { T31, check, type Case } from './budget-cases';

describe('duplicate-code', () => {
  const cases: Case[] = [
    [
      'the same sub kegiatan code twice: the second cell is named',
      T31,
      [['2.16.03.1.02', 'K', 535250000, 168900000, 31.56], ['2.16.03.1.02.0003', 'A', 385250000, 101400000, 26.32], ['2.16.03.1.02.0003', 'B', 150000000, 67500000, 45]],
      [['duplicate-code', 'A4', undefined]],
    ],
    [
      'the same kode rekening under two sub kegiatan is fine',
      T31,
      [['4.01.02.1.01.0001', 'S1', 100, 10, 10], ['5.1.02.01.01.0024', 'ATK', 100, 10], ['4.01.02.1.01.0002', 'S2', 100, 10, 10], ['5.1.02.01.01.0024', 'ATK', 100, 10]],
      [],
    ],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });
});
