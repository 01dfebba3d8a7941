import fc from 'fast-check';
import type { Cell } from '../../src/domain/grid/grid';
import { readCell, showsText } from '../../src/domain/parse/cell';

describe('showsText: whether a value cell shows anything, without reading it', () => {
  test.each<[string, Cell | undefined, boolean]>([
    ['no cell', undefined, false],
    ['an empty cell', { value: null }, false],
    ['blanks', { value: '   ' }, false],
    ['a typed amount', { value: 'Rp. 1.500.000' }, true],
    ['a dash (zero)', { value: '-' }, true],
    ['a number under a format', { value: 231000000, numberFormat: '#,##0' }, true],
    ['host text over a blank value', { value: null, text: '  ' }, false],
    ['a boolean', { value: false }, true],
  ])('%s → %p', (_name, cell, shows) => {
    expect(showsText(cell)).toBe(shows);
  });

  const cell: fc.Arbitrary<Cell> = fc.record(
    {
      value: fc.oneof(fc.constant(null), fc.string({ maxLength: 6 }), fc.constantFrom(' ', '\u00a0', ' - '), fc.double({ noNaN: true }), fc.boolean()),
      text: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('', ' ')),
      numberFormat: fc.constantFrom('General', '#,##0', '0.00%', 'dd mmmm yyyy', '@'),
    },
    { requiredKeys: ['value'] },
  );
  test('property: agrees with the raw text readCell gives the cell', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom('amount' as const, 'percent' as const), (c, kind) => {
        expect(showsText(c)).toBe(readCell(c, 'C5', kind).amount.raw.trim() !== '');
      }),
    );
  });
});
