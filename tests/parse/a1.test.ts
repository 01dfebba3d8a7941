import fc from 'fast-check';
import { readA1 } from '../../src/domain/parse/a1';

/** The pattern findings were ordered by before: row, then letters read base 26. */
function byPattern(cell: string): [number, number] | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? [Number(m[2]), [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)] : undefined;
}

describe('readA1', () => {
  test.each<[string, [number, number] | undefined]>([
    ['E12', [12, 5]],
    ['AA1', [1, 27]],
    ['XFD1048576', [1048576, 16384]],
    ['D007', [7, 4]],
    ['', undefined],
    ['12', undefined],
    ['E', undefined],
    ['e12', undefined],
    ['E12:F13', undefined],
    ['$E$12', undefined],
  ])('%j → %p', (cell, expected) => {
    const rows = new Float64Array(1);
    const cols = new Float64Array(1);
    const read = readA1(cell, 0, rows, cols);
    expect(read ? [rows[0], cols[0]] : undefined).toEqual(expected);
  });

  test('property: reads what the pattern reads, and leaves long letter runs to the caller', () => {
    const cell = fc.oneof(fc.stringMatching(/^[A-Z]{1,12}[0-9]{1,18}$/), fc.stringMatching(/^[A-Za-z0-9$:]{0,8}$/));
    fc.assert(
      fc.property(cell, (text) => {
        const rows = new Float64Array(1);
        const cols = new Float64Array(1);
        const read = readA1(text, 0, rows, cols);
        const letters = /^[A-Z]*/.exec(text)?.[0].length ?? 0;
        if (read) expect([rows[0], cols[0]]).toEqual(byPattern(text));
        else expect(byPattern(text) === undefined || letters > 10).toBe(true);
      }),
    );
  });
});
