import fc from 'fast-check';
import { cellShape, isBudgetCode, valueKind, type ColumnProfile } from '../../src/domain/mapping/content';
import type { Cell } from '../../src/domain/grid/grid';

describe('cellShape on values as planners type them', () => {
  const cases: [Cell | undefined, ReturnType<typeof cellShape>][] = [
    [undefined, 'empty'],
    [{ value: null }, 'empty'],
    [{ value: '  ' }, 'empty'],
    [{ value: '-' }, 'dash'],
    [{ value: 'Rp. -' }, 'dash'],
    [{ value: 0 }, 'dash'],
    [{ value: 'Rp. 75.000.000' }, 'amount'],
    [{ value: 'Rp. 1.500.000.000,-' }, 'amount'],
    [{ value: 'Rp. 2,100,000' }, 'amount'],
    [{ value: 'Rp. 22.8000' }, 'amount'],
    [{ value: 'Rp. 5.3475.000' }, 'amount'],
    [{ value: '375.000.00' }, 'amount'],
    [{ value: '28.331.441' }, 'amount'],
    [{ value: 661473673, numberFormat: '#,##0' }, 'amount'],
    [{ value: '37,35 %' }, 'percent'],
    [{ value: '13.36%' }, 'percent'],
    [{ value: '100 %' }, 'percent'],
    [{ value: 0.2549, numberFormat: '0.00%' }, 'percent'],
    [{ value: 25.49, numberFormat: '0.00' }, 'small'],
    [{ value: '25,49' }, 'small'],
    [{ value: '4.01.02' }, 'code'],
    [{ value: '4.01.02.1.01' }, 'code'],
    [{ value: '4.01.02.1.01.0001' }, 'code'],
    [{ value: '4.01.02.1.01.01' }, 'code'],
    [{ value: '5.1.02.01.01.0024' }, 'code'],
    [{ value: 'X.XX.01' }, 'code'],
    [{ value: 'Biro Organisasi' }, 'text'],
    [{ value: 'JUMLAH' }, 'text'],
    [{ value: 'Tanggal 26 Februari 2024' }, 'text'],
  ];
  test.each(cases)('%j → %s', (cell, shape) => {
    expect(cellShape(cell)).toBe(shape);
  });
});

const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

describe('cellShape properties', () => {
  test('any rupiah amount typed the Indonesian way, with or without "Rp.", is an amount and never a code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999_999_999 }), fc.constantFrom('', 'Rp. ', 'Rp ', 'Rp.'), fc.constantFrom('', ',-', ',00'), (n, prefix, suffix) => {
        const text = `${prefix}${grouped(n, '.')}${suffix}`;
        expect(cellShape({ value: text })).toBe('amount');
        expect(isBudgetCode(text)).toBe(false);
      }),
    );
  });

  test('any fraction under a % format, and any "n,dd %" text, is a percentage', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0001, max: 2, noNaN: true }), fc.integer({ min: 0, max: 10000 }), (fraction, hundredths) => {
        expect(cellShape({ value: fraction, numberFormat: '0.00%' })).toBe('percent');
        const text = `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')} %`;
        expect(cellShape({ value: text })).toBe('percent');
      }),
    );
  });

  test('every program, kegiatan and sub kegiatan code is a code', () => {
    const two = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), two, two, fc.integer({ min: 1, max: 9 }), two, fc.integer({ min: 1, max: 9999 }), fc.boolean(), (u, bb, pp, k, kk, s, fourDigits) => {
        const sub = fourDigits ? String(s).padStart(4, '0') : String(s % 100 || 1).padStart(2, '0');
        for (const code of [`${u}.${bb}.${pp}`, `${u}.${bb}.${pp}.${k}.${kk}`, `${u}.${bb}.${pp}.${k}.${kk}.${sub}`]) {
          expect(cellShape({ value: code })).toBe('code');
        }
      }),
    );
  });
});

describe('valueKind', () => {
  const p = (over: Partial<ColumnProfile>): ColumnProfile => ({ empty: 0, dash: 0, amount: 0, percent: 0, small: 0, code: 0, text: 0, ...over });
  const cases: [Partial<ColumnProfile>, ReturnType<typeof valueKind>][] = [
    [{ amount: 12, dash: 2 }, 'amount'],
    [{ percent: 3, empty: 12 }, 'percent'],
    // Tabel 3.1's capaian as plain numbers 25.49 …
    [{ small: 11, dash: 2, text: 1 }, 'percent'],
    // … but small numbers among rupiah are just small amounts.
    [{ amount: 10, small: 3 }, 'amount'],
    [{ text: 5 }, 'unclear'],
    [{ empty: 4 }, 'unclear'],
  ];
  test.each(cases)('%j → %s', (profile, kind) => {
    expect(valueKind(p(profile))).toBe(kind);
  });
});
