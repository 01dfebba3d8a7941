import fc from 'fast-check';
import { parseIndonesianNumber, readWrittenNumber, type Expect } from '../../src/domain/parse/number';
import { readPlainNumber } from '../../src/domain/parse/plain-number';

const EXPECTS: Expect[] = ['amount', 'percent', 'number'];

describe('readPlainNumber: the one-pass reader of the usual shape', () => {
  test.each<[string, Expect, number, number]>([
    ['Rp. 1.500.000.000,-', 'amount', 1_500_000_000, 0],
    ['Rp. 299.373.023,00', 'amount', 299_373_023, 2],
    ['Rp.168.615.100', 'amount', 168_615_100, 0],
    ['IDR 2.500', 'amount', 2500, 0],
    ['661.473.673', 'amount', 661_473_673, 0],
    ['1.500,50', 'amount', 1500.5, 2],
    ['25,49 %', 'percent', 25.49, 2],
    ['39,39', 'percent', 39.39, 2],
    ['0,125', 'percent', 0.125, 3],
    ['100%', 'percent', 100, 0],
  ])('%s (%s) → %d with %d decimals', (text, kind, value, decimals) => {
    expect(readPlainNumber(text, kind)).toEqual({ value, decimals });
  });

  // Everything that needs a sign, a warning, a refusal or the general reader's whitespace rules.
  test.each<[string, Expect]>([
    ['-1.500', 'amount'],
    ['(2.100.000)', 'amount'],
    ['-', 'amount'],
    ['Rp. -', 'amount'],
    ['375.000.00', 'amount'],
    ['Rp. 22.8000', 'amount'],
    ['1500.000', 'amount'],
    ['Rp. 2,100,000', 'amount'],
    ['2,100', 'amount'],
    ['50%', 'amount'],
    ['13.36%', 'percent'],
    ['Rp. 1.5OO.000', 'amount'],
    ['Rp\u00a01.500', 'amount'],
    ['1.500,', 'amount'],
    ['1234567890123456', 'amount'],
    ['', 'amount'],
  ])('%j (%s) is left to the general reader', (text, kind) => {
    expect(readPlainNumber(text, kind)).toBeUndefined();
  });

  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
  const group = fc.oneof(digits(3, 3), digits(3, 3), digits(1, 4));
  const integer = fc.tuple(digits(1, 4), fc.array(group, { maxLength: 5 })).map(([first, rest]) => [first, ...rest].join('.'));
  const piece = fc.oneof(
    integer,
    fc.constantFrom('Rp. ', 'Rp ', 'Rp.', 'rp', 'IDR ', 'Rp :', '-', '−', '(', ')', ',', ',-', ',-.', '.', ' ', '  ', '%', ' %', '\u00a0', 'O', 'l', ','),
    digits(1, 3),
  );
  const written = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

  test('property: on texts built from the pieces planners type, it agrees with the general reader whenever it answers', () => {
    fc.assert(
      fc.property(written, fc.constantFrom(...EXPECTS), (text, kind) => {
        const plain = readPlainNumber(text, kind);
        if (plain !== undefined) expect(plain).toEqual(readWrittenNumber(text, kind));
        expect(parseIndonesianNumber(text, kind)).toEqual(readWrittenNumber(text, kind));
      }),
      { numRuns: 3000 },
    );
  });

  test('property: well-formed amounts and percentages take the shortcut and read as written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('', 'Rp. ', 'Rp '),
        fc.constantFrom('', ',-'),
        (n, decimals, prefix, suffix) => {
          const whole = String(Math.floor(n / 10 ** decimals)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
          const fraction = decimals > 0 ? `,${String(n % 10 ** decimals).padStart(decimals, '0')}` : '';
          const text = `${prefix}${whole}${fraction}${decimals > 0 ? '' : suffix}`;
          const plain = readPlainNumber(text, 'percent');
          expect(plain).toEqual(readWrittenNumber(text, 'percent'));
          expect(plain?.value).toBe(Number(`${Math.floor(n / 10 ** decimals)}.${String(n % 10 ** decimals).padStart(decimals, '0')}`));
        },
      ),
    );
  });
});
