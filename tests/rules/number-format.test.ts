/** number-format and separator-style found while buildBudgetTable reads the cells: their cases on small tables. */
import { buildBudgetTable } from '../../src/domain/budget/build';
import { T31, DETAIL, check, type Case } from './budget-cases';
import { mappedRows, sheetMapping, type Typed } from '../budget/fixture';

describe('cell findings from buildBudgetTable', () => {
  const cases: Case[] = [
    ['"375.000.00" where its siblings make 375.000.000', T31, [['1.01.01', 'P1', 1000000000, 375000000, 37.5], ['1.01.02', 'P2', 1000000000, 0, 0], ['JUMLAH', '', 2000000000, '375.000.00', 18.75]], [['number-format', 'D4', undefined]]],
    ['"Rp. 2,100,000" is read and warned', DETAIL, [['1', 'S', 'Rp. 2,100,000', 'Rp. 2.100.000', '100 %']], [['separator-style', 'C2', undefined]]],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });

  test.each([
    // 375.000.000 is the first candidate and agrees with the programmes' sum
    ['375.000.00', [375000000, 0], '375.000.000', 'jumlah baris yang dijumlahkannya'],
    // 37.500.000 is the second candidate, and the one the sum confirms
    ['375.000.00', [37500000, 0], '37.500.000', 'jumlah baris yang dijumlahkannya'],
    // nothing confirms either: the first, and the message says so
    ['375.000.00', [1, 0], '375.000.000', 'kemungkinan pertama'],
  ] as [string, number[], string, string][])('JUMLAH %p over programmes %p → %p', (typed, programmes, suggestion, why) => {
    const lines: Typed[][] = [...programmes.map((r, i) => [`1.01.0${i + 1}`, `P${i}`, 1000000000, r, '']), ['JUMLAH', '', 2000000000, typed, '']];
    const layout = { ...T31, columns: T31.columns.slice(0, 4) };
    const { findings } = buildBudgetTable(sheetMapping(layout), mappedRows(layout, lines), 'id');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'number-format', severity: 'error', actual: typed, suggestion });
    expect(findings[0].message).toContain(why);
  });
});
