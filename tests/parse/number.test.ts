import { parseIndonesianNumber, type Expect } from '../../src/domain/parse/number';

describe('parseIndonesianNumber: amounts and percents as planners type them', () => {
  test.each<[string, Expect, number, number]>([
    ['Rp. 1.500.000.000,-', 'amount', 1_500_000_000, 0],
    ['Rp 1.500.000', 'amount', 1_500_000, 0],
    ['Rp. 299.373.023,00', 'amount', 299_373_023, 2],
    ['Rp 23.716.600,-.', 'amount', 23_716_600, 0],
    ['Rp. 228.000', 'amount', 228_000, 0],
    ['661.473.673', 'amount', 661_473_673, 0],
    ['Rp.168.615.100', 'amount', 168_615_100, 0],
    ['1.500,50', 'amount', 1500.5, 2],
    ['-1.500', 'amount', -1500, 0],
    ['(2.100.000)', 'amount', -2_100_000, 0],
    ['25,49 %', 'percent', 25.49, 2],
    ['25,49', 'percent', 25.49, 2],
    ['100%', 'percent', 100, 0],
    ['100 %', 'percent', 100, 0],
    ['0 %', 'percent', 0, 0],
    ['39,39', 'percent', 39.39, 2],
    ['1.000', 'number', 1000, 0],
    ['12', 'number', 12, 0],
  ])('%s (%s) → %d with %d decimals', (text, kind, value, decimals) => {
    const r = parseIndonesianNumber(text, kind);
    expect(r.issue).toBeUndefined();
    expect(r.value).toBe(value);
    expect(r.decimals).toBe(decimals);
  });

  test.each<[string, number | null]>([
    ['', null],
    ['   ', null],
    ['-', 0],
    ['Rp. -', 0],
    ['Rp -', 0],
    ['Rp.-', 0],
    ['–', 0],
  ])('%j reads as %p without an issue', (text, value) => {
    const r = parseIndonesianNumber(text, 'amount');
    expect(r.value).toBe(value);
    expect(r.issue).toBeUndefined();
  });
});

describe('parseIndonesianNumber: the seed faults', () => {
  test.each<[string, number[], string, string]>([
    // Tabel 3.1 JUMLAH realisasi: the last group lost a zero
    ['375.000.00', [375_000_000, 37_500_000], '"00"', 'terakhir'],
    // Tabel 3.2 ATK realisasi: one digit too many
    ['Rp. 22.8000', [228_000, 22_800], '"8000"', 'terakhir'],
    // Tabel 3.6 Belanja Lembur pagu: a four-digit middle group
    ['Rp. 5.3475.000', [53_475_000], '"3475"', 'ke-2'],
  ])('%s is refused with candidates %j', (text, candidates, group, which) => {
    const r = parseIndonesianNumber(text, 'amount');
    expect(r.value).toBeNull();
    expect(r.issue).toMatchObject({ rule: 'number-format', severity: 'error', reason: 'digit-groups', candidates });
    expect(r.issue?.message.id).toContain(group);
    expect(r.issue?.message.id).toContain(which);
    expect(r.issue?.message.en).toContain(group);
  });

  test('a too-long first group is refused with the digits as typed', () => {
    const r = parseIndonesianNumber('1500.000', 'amount');
    expect(r.value).toBeNull();
    expect(r.issue?.reason).toBe('digit-groups');
    expect(r.issue?.candidates?.[0]).toBe(1_500_000);
  });

  test('a short middle group: concatenated digits first, padded second', () => {
    expect(parseIndonesianNumber('5.30.000', 'amount').issue?.candidates).toEqual([530_000, 5_300_000]);
  });

  test('bad grouping keeps the Indonesian decimals in the candidates', () => {
    expect(parseIndonesianNumber('375.000.00,50', 'amount').issue?.candidates?.[0]).toBe(375_000_000.5);
  });


  test('in a percent column a comma with three digits stays a decimal comma', () => {
    expect(parseIndonesianNumber('0,125', 'percent')).toEqual({ value: 0.125, decimals: 3 });
  });

  // separator-style's cases ("Rp. 2,100,000", "13.36%") are in tests/rules/separator-style.test.ts.
  test('the same "13.36" in an amount column is a bad digit group, not a decimal', () => {
    expect(parseIndonesianNumber('13.36', 'amount').issue?.reason).toBe('digit-groups');
  });

  test.each<[string, Expect, number[] | undefined]>([
    ['Rp. 1.5OO.000', 'amount', [1_500_000, 15_000]],
    ['12a', 'amount', [12]],
    ['tiga', 'number', undefined],
    ['25,4,9', 'percent', undefined],
    ['1.000,00,5', 'amount', undefined],
    ['50%', 'amount', [50]],
  ])('%s (%s) is refused as stray characters', (text, kind, candidates) => {
    const r = parseIndonesianNumber(text, kind);
    expect(r.value).toBeNull();
    expect(r.issue).toMatchObject({ rule: 'number-format', severity: 'error', reason: 'stray-characters' });
    expect(r.issue?.candidates).toEqual(candidates);
  });
});

describe('Excel error values', () => {
  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!'])('%s is its own finding, with nothing suggested', (text) => {
    const r = parseIndonesianNumber(text, 'amount');
    expect(r.value).toBeNull();
    expect(r.issue).toMatchObject({ rule: 'number-format', severity: 'error', reason: 'excel-error' });
    expect(r.issue?.candidates).toBeUndefined();
    expect(r.issue?.message.id).toContain(`galat Excel ${text}`);
  });
});
