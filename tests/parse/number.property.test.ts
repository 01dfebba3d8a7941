import fc from 'fast-check';
import { formatPercent, formatRupiah } from '../../src/domain/parse/format';
import { parseIndonesianNumber } from '../../src/domain/parse/number';

describe('parseIndonesianNumber properties', () => {
  test('formatRupiah of any integer reads back as that integer, with or without "Rp." and ",-"', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('', 'Rp. ', 'Rp ', 'Rp.'), fc.constantFrom('', ',-', ',00'), (n, prefix, suffix) => {
        const body = formatRupiah(n);
        const text = n < 0 ? `-${prefix}${body.slice(1)}${suffix}` : `${prefix}${body}${suffix}`;
        const r = parseIndonesianNumber(text, 'amount');
        expect(r.issue).toBeUndefined();
        expect(r.value).toBe(n);
      }),
    );
  });

  test('formatRupiah of any amount with cents reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (cents) => {
        const n = cents / 100;
        const r = parseIndonesianNumber(formatRupiah(n), 'amount');
        expect(r.issue).toBeUndefined();
        expect(r.value).toBe(n);
      }),
    );
  });

  test('formatPercent of any 2-decimal percentage reads back, with or without " %"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('', '%', ' %'), (hundredths, sign) => {
        const n = hundredths / 100;
        const r = parseIndonesianNumber(formatPercent(n) + sign, 'percent');
        expect(r.issue).toBeUndefined();
        expect(r.value).toBe(n);
        expect(r.decimals).toBe(2);
      }),
    );
  });

  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
  const leading = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(0, 2)).map(([d, rest]) => `${d}${rest}`);
  const badGroup = fc.oneof(digits(1, 2), digits(4, 6));

  test('a digit group that is not three long after a thousands dot is refused with candidates', () => {
    fc.assert(
      fc.property(leading, fc.array(digits(3, 3), { maxLength: 3 }), badGroup, fc.array(digits(3, 3), { maxLength: 2 }), (first, good, bad, after) => {
        const text = [first, ...good, bad, ...after].join('.');
        // a lone "12.34" in a percent column is an English decimal; in an amount it is always a fault
        const r = parseIndonesianNumber(text, 'amount');
        expect(r.value).toBeNull();
        expect(r.issue?.reason).toBe('digit-groups');
        expect(r.issue?.candidates?.length).toBeGreaterThan(0);
        // the digits as typed are always among the candidates
        expect(r.issue?.candidates).toContain(Number(text.replace(/\./g, '')));
        expect(r.issue?.message.id).toContain(`"${bad}"`);
      }),
    );
  });

  test('English-formatted integers from 1.000 up are read with a separator-style warning', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e12 }), fc.constantFrom('', 'Rp. ', 'Rp '), (n, prefix) => {
        const r = parseIndonesianNumber(prefix + n.toLocaleString('en-US'), 'amount');
        expect(r.value).toBe(n);
        expect(r.issue?.rule).toBe('separator-style');
        expect(r.issue?.severity).toBe('warning');
      }),
    );
  });
});
