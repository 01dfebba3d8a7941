import { percentAgrees } from '../../src/domain/parse/agreement';

describe('percentAgrees', () => {
  test.each<[string, number, number, number, boolean]>([
    // Tabel 3.1 Biro Organisasi: 168.615.100 / 661.473.673 = 25,4906…
    ['168.615.100/661.473.673 vs 25,49', 25.49, 2, (168_615_100 / 661_473_673) * 100, true],
    // seed faults: stated capaian that the amounts do not give
    ['28.331.441/75.000.000 = 37,775… vs 37,35', 37.35, 2, (28_331_441 / 75_000_000) * 100, false],
    ['33.992.062/78.575.000 vs 42,26', 42.26, 2, (33_992_062 / 78_575_000) * 100, false],
    ['33.992.062/78.575.000 vs 43,26', 43.26, 2, (33_992_062 / 78_575_000) * 100, true],
    ['39.003.000/105.256.250 vs 37,02', 37.02, 2, (39_003_000 / 105_256_250) * 100, false],
    // DOMAIN: 13/33 = 39,3939… truncated
    ['13/33 vs 39,39', 39.39, 2, (13 / 33) * 100, true],
    // truncation and rounding differ: 2/3 = 66,666…
    ['2/3 truncated to 66,66', 66.66, 2, (2 / 3) * 100, true],
    ['2/3 rounded to 66,67', 66.67, 2, (2 / 3) * 100, true],
    ['2/3 rounded to one decimal 66,7', 66.7, 1, (2 / 3) * 100, true],
    ['2/3 stated as 66,6 (one decimal, truncated)', 66.6, 1, (2 / 3) * 100, true],
    ['2/3 stated as 66,5', 66.5, 1, (2 / 3) * 100, false],
    ['375/1500 vs 25,00', 25, 2, 25, true],
    ['a whole percent: 25 vs 25,4906', 25, 0, 25.4906, true],
    ['a whole percent: 26 vs 25,4906', 26, 0, 25.4906, false],
    ['within 0,01 points though written with 3 decimals', 25.495, 3, 25.4906, true],
    ['3 decimals, neither rounded nor truncated nor within 0,01', 25.475, 3, 25.4906, false],
    ['within tolerance', 25.5, 2, 25.4906, true],
    ['not a number computed', 25, 2, Number.NaN, false],
  ])('%s → %p', (_name, stated, decimals, computed, agrees) => {
    expect(percentAgrees(stated, decimals, computed)).toBe(agrees);
  });

  test('a wider tolerance lets a near value agree', () => {
    const computed = (39_003_000 / 105_256_250) * 100;
    expect(percentAgrees(37.02, 2, computed, 0.05)).toBe(true);
    expect(percentAgrees(37.02, 2, computed, 0.01)).toBe(false);
  });
});
