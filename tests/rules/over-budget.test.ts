/** over-budget: its cases on small hand-built tables (see budget-cases.ts). */
import { buildBudgetTable } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import { T31, check, type Case } from './budget-cases';
import { checkBudget } from '../../src/domain/rules/budget/check';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { mappedRows, sheetMapping } from '../budget/fixture';

describe('over-budget', () => {
  const cases: Case[] = [
    ['realisasi above pagu', T31, [['2.16.02.1.01.0005', 'Layanan Hubungan Media', 210500000, 231000000, 109.74]], [['over-budget', 'D2', undefined]]],
    ['realisasi equal to pagu is fine', T31, [['2.16.02.1.01.0005', 'S', 1000, 1000, 100]], []],
    [
      'a parent over budget only because a child is: named once, at the child',
      T31,
      [['2.16.02.1.01', 'K', 100, 120, 120], ['2.16.02.1.01.0001', 'S1', 50, 80, 160], ['2.16.02.1.01.0002', 'S2', 50, 40, 80]],
      [['over-budget', 'D3', undefined]],
    ],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });

  test('the message says by how much', () => {
    const { table } = buildBudgetTable(sheetMapping(T31), mappedRows(T31, [['2.16.02.1.01.0005', 'S', 210500000, 231000000, 109.74]]), 'id');
    expect(checkBudget(recalculate(table), DEFAULT_SETTINGS)[0].message).toBe('Realisasi 231.000.000 melebihi pagu 210.500.000 sebesar 20.500.000');
  });
});
