import fc from 'fast-check';
import { computeCapaian } from '../../src/domain/indicators/capaian';
import type { Polarity } from '../../src/domain/model';
import { DEFAULT_SETTINGS, type NegativePolarityFormula, type Settings } from '../../src/domain/settings';

const withFormula = (negativeFormula: NegativePolarityFormula): Settings => ({ ...DEFAULT_SETTINGS, negativeFormula });

describe('computeCapaian: defined values', () => {
  // Values from the seed's PK table (section 3.4) and DOMAIN.md's negative-polarity example.
  const cases: [string, number, number, Polarity, NegativePolarityFormula, number][] = [
    ['Hasil Evaluasi Kelembagaan: T 100 %, R 37,35', 100, 37.35, 'positif', '2T-R', 37.35],
    ['Anjab Provinsi: T 96,96 %, R 0 %', 96.96, 0, 'positif', '2T-R', 0],
    ['Anjab Kab/Kota: T 100 %, R 13,36 %', 100, 13.36, 'positif', '2T-R', 13.36],
    ['Level Maturitas: T 45, R 47 (over 100, not capped)', 45, 47, 'positif', '2T-R', 104.444444],
    ['predikat RB: T 45,45, R 39,39', 45.45, 39.39, 'positif', '2T-R', 86.666667],
    ['negative, (2T − R)/T: T 8, R 9', 8, 9, 'negatif', '2T-R', 87.5],
    ['negative, T/R: T 8, R 9', 8, 9, 'negatif', 'T/R', 88.888889],
    ['negative, (2T − R)/T: T 10, R 25 (below zero, kept)', 10, 25, 'negatif', '2T-R', -50],
    ['negative, (2T − R)/T: T 10, R 5 (better than target)', 10, 5, 'negatif', '2T-R', 150],
    ['negative, (2T − R)/T: T 10, R 0', 10, 0, 'negatif', '2T-R', 200],
  ];
  test.each(cases)('%s', (_name, t, r, pol, formula, expected) => {
    const result = computeCapaian(t, r, pol, withFormula(formula));
    expect(result.reason).toBeUndefined();
    expect(result.capaian).toBeCloseTo(expected, 5);
  });
});

describe('computeCapaian: undefined values say why and never divide', () => {
  const cases: [string, number | null, number | null, Polarity, NegativePolarityFormula, RegExp][] = [
    ['target blank', null, 37.35, 'positif', '2T-R', /target kosong/],
    ['target 0', 0, 5, 'positif', '2T-R', /target 0/],
    ['target 0, negative', 0, 5, 'negatif', '2T-R', /target 0/],
    ['realisasi blank (Indeks Kepuasan masyarakat)', 100, null, 'positif', '2T-R', /realisasi kosong/],
    ['both blank: the target is named first', null, null, 'positif', '2T-R', /target kosong/],
    ['negative T/R with realisasi 0', 8, 0, 'negatif', 'T/R', /realisasi 0/],
    ['target NaN is treated as blank', Number.NaN, 1, 'positif', '2T-R', /target kosong/],
  ];
  test.each(cases)('%s', (_name, t, r, pol, formula, reason) => {
    const result = computeCapaian(t, r, pol, withFormula(formula));
    expect(result.capaian).toBeNull();
    expect(result.reason?.id).toMatch(reason);
    expect(result.reason?.en).toMatch(/cannot be computed/);
  });
});

describe('computeCapaian: properties', () => {
  const target = fc.double({ min: 0.01, max: 1e9, noNaN: true });
  const realisasi = fc.double({ min: 0, max: 1e9, noNaN: true });
  const formula = fc.constantFrom<NegativePolarityFormula>('2T-R', 'T/R');

  test('realisasi equal to target is 100 % for either polarity and formula', () => {
    fc.assert(
      fc.property(target, fc.constantFrom<Polarity>('positif', 'negatif'), formula, (t, pol, f) => {
        expect(computeCapaian(t, t, pol, withFormula(f)).capaian).toBe(100);
      }),
    );
  });

  test('positive polarity: capaian rises with realisasi', () => {
    fc.assert(
      fc.property(target, realisasi, realisasi, (t, r1, r2) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const a = computeCapaian(t, lo, 'positif', DEFAULT_SETTINGS).capaian;
        const b = computeCapaian(t, hi, 'positif', DEFAULT_SETTINGS).capaian;
        expect(a).not.toBeNull();
        expect(b as number).toBeGreaterThanOrEqual(a as number);
      }),
    );
  });

  test('negative polarity: capaian falls as realisasi rises, under both formulas', () => {
    fc.assert(
      fc.property(target, fc.double({ min: 0.01, max: 1e9, noNaN: true }), fc.double({ min: 0.01, max: 1e9, noNaN: true }), formula, (t, r1, r2, f) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const a = computeCapaian(t, lo, 'negatif', withFormula(f)).capaian;
        const b = computeCapaian(t, hi, 'negatif', withFormula(f)).capaian;
        expect(a).not.toBeNull();
        expect(b as number).toBeLessThanOrEqual(a as number);
      }),
    );
  });

  test('target 0 or blank never yields a number', () => {
    fc.assert(
      fc.property(fc.constantFrom<number | null>(0, null), fc.option(realisasi), fc.constantFrom<Polarity>('positif', 'negatif'), formula, (t, r, pol, f) => {
        expect(computeCapaian(t, r, pol, withFormula(f)).capaian).toBeNull();
      }),
    );
  });
});
