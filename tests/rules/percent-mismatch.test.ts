/** percent-mismatch: its cases on small hand-built tables (see budget-cases.ts). */
import { T31, DETAIL, check, type Case } from './budget-cases';
import { type Typed } from '../budget/fixture';

describe('percent-mismatch', () => {
  const cases: Case[] = [
    ['rounded to the stated decimals: fine', T31, [['4.01.01', 'P', 661473673, 168615100, 25.49]], []],
    ['truncated: fine (25,4909 → 25,49; 37,7752 → 37,77)', T31, [['4.01.02.1.01.01', 'S', 75000000, 28331441, 37.77]], []],
    ['text percent "37,35 %" against 37,78', DETAIL, [['1', 'S', 'Rp. 75.000.000', 'Rp. 28.331.441', '37,35 %']], [['percent-mismatch', 'E2', '37,78']]],
    ['a fraction under a % format (0,2549 shown 25,49%) is read in percent', T31, [['4.01.01', 'P', 661473673, 168615100, { value: 0.2549, numberFormat: '0.00%', text: '25,49%' }]], []],
    ['"-" capaian for "-" realisasi is fine', T31, [['4.01.02.1.01.02', 'S', 30356250, '-', '-']], []],
    ['"-" capaian where realisasi is not 0', T31, [['4.01.02.1.01.02', 'S', 1000, 100, '-']], [['percent-mismatch', 'E2', '10,00']]],
    ['neither rounded nor truncated but within 0,01 points (25,51 for 25,50)', T31, [['4.01.02.1.01.01', 'S', 1000, 255, 25.51]], []],
    ['whole-number capaian rounded: 25,68 → "26"', T31, [['4.01.02.1.02.01', 'S', 102678125, 26371770, '26']], []],
    [
      'a parent % computed from its wrong stated amounts is not named again',
      T31,
      [['4.01.02.1.01', 'K', 183931250, 62303503, 33.87], ['4.01.02.1.01.01', 'S1', 105356250, 28331441, 26.89], ['4.01.02.1.01.03', 'S3', 78575000, 33992062, 43.26]],
      [['sum-mismatch', 'D2', '62.323.503']],
    ],
    [
      'a parent % that is right for the recomputed amounts is not named',
      T31,
      [['4.01.02.1.01', 'K', 183931250, 62303503, 33.88], ['4.01.02.1.01.01', 'S1', 105356250, 28331441, 26.89], ['4.01.02.1.01.03', 'S3', 78575000, 33992062, 43.26]],
      [['sum-mismatch', 'D2', '62.323.503']],
    ],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });

  test('a wider tolerance accepts more', () => {
    const lines: Typed[][] = [['4.01.02.1.01.01', 'S', 1000, 255, 25.4]];
    expect(check(T31, lines)).toEqual([['percent-mismatch', 'E2', '25,50']]);
    expect(check(T31, lines, { percentTolerance: 0.2 })).toEqual([]);
  });
});
