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
