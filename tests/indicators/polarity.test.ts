import fc from 'fast-check';
import { parsePolaritas } from '../../src/domain/indicators/polarity';

describe('parsePolaritas', () => {
  const cases: [string | undefined, 'positif' | 'negatif', boolean][] = [
    ['Positif', 'positif', true],
    ['POSITIF', 'positif', true],
    ['Negatif', 'negatif', true],
    ['negatif ', 'negatif', true],
    ['+', 'positif', true],
    ['(+)', 'positif', true],
    ['-', 'negatif', true],
    ['(-)', 'negatif', true],
    ['Maksimal', 'positif', true],
    ['Maximize', 'positif', true],
    ['Minimal', 'negatif', true],
    ['minimize', 'negatif', true],
    ['Negative', 'negatif', true],
    ['', 'positif', false],
    [undefined, 'positif', false],
    ['Tetap', 'positif', false],
  ];
  test.each(cases)('%p → %p (stated %p)', (text, polaritas, stated) => {
    expect(parsePolaritas(text)).toEqual({ polaritas, stated });
  });
});

describe('parsePolaritas: properties', () => {
  /** Any casing and surrounding spaces of a word. */
  const typed = (word: string) =>
    fc
      .tuple(fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }), fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' '))
      .map(([upper, before, after]) => before + [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('') + after);

  test.each([
    ['negatif', 'negatif'],
    ['minimal', 'negatif'],
    ['minimize', 'negatif'],
    ['positif', 'positif'],
    ['maksimal', 'positif'],
    ['maximize', 'positif'],
  ] as const)('any casing of %p is stated %p', (word, polaritas) => {
    fc.assert(fc.property(typed(word), (text) => expect(parsePolaritas(text)).toEqual({ polaritas, stated: true })));
  });

  test('text that names no polarity defaults to positive, not stated', () => {
    const known = /^\(?\s*(positi[fv]e?|negati[fv]e?|\+|-|−|–|maksimal(kan)?|maximi[sz]e|max|minimal(kan)?|minimi[sz]e|min)\s*\)?$/i;
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }).filter((s) => !known.test(s.trim())), (text) => {
        expect(parsePolaritas(text)).toEqual({ polaritas: 'positif', stated: false });
      }),
    );
  });
});
