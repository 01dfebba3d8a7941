/** separator-style: a number read, but written with English separators; found by parse/number.ts, worded by rules/separator-style.ts. */
import { parseIndonesianNumber, type Expect } from '../../src/domain/parse/number';
import { DETAIL, check } from './budget-cases';

describe('separator-style: what the parser reads, and the warning it words', () => {
  // [typed, column kind, value read, decimals, reason, Indonesian message, English message]
  test.each<[string, Expect, number, number, string, string, string]>([
    // Tabel 3.2 of the seed
    ['Rp. 2,100,000', 'amount', 2_100_000, 0, 'english-separators',
      '"Rp. 2,100,000" memakai pemisah gaya Inggris; dibaca sebagai 2.100.000 — tulis dengan titik untuk ribuan dan koma untuk desimal',
      '"Rp. 2,100,000" uses English separators; read as 2.100.000 — Indonesian tables use "." for thousands and "," for decimals'],
    ['1,500,000.50', 'amount', 1_500_000.5, 2, 'english-separators',
      '"1,500,000.50" memakai pemisah gaya Inggris; dibaca sebagai 1.500.000,5 — tulis dengan titik untuk ribuan dan koma untuk desimal',
      '"1,500,000.50" uses English separators; read as 1.500.000,5 — Indonesian tables use "." for thousands and "," for decimals'],
    ['2,100', 'amount', 2100, 0, 'english-separators',
      '"2,100" memakai pemisah gaya Inggris; dibaca sebagai 2.100 — tulis dengan titik untuk ribuan dan koma untuk desimal',
      '"2,100" uses English separators; read as 2.100 — Indonesian tables use "." for thousands and "," for decimals'],
    // PK table rows 392 and 395 of the seed
    ['13.36%', 'percent', 13.36, 2, 'english-decimal',
      '"13.36%" memakai titik sebagai tanda desimal; dibaca sebagai 13,36 — tulis dengan koma',
      '"13.36%" uses a decimal point; read as 13,36 — Indonesian tables use a decimal comma'],
    ['25.49%', 'percent', 25.49, 2, 'english-decimal',
      '"25.49%" memakai titik sebagai tanda desimal; dibaca sebagai 25,49 — tulis dengan koma',
      '"25.49%" uses a decimal point; read as 25,49 — Indonesian tables use a decimal comma'],
    ['100.0 %', 'percent', 100, 1, 'english-decimal',
      '"100.0 %" memakai titik sebagai tanda desimal; dibaca sebagai 100 — tulis dengan koma',
      '"100.0 %" uses a decimal point; read as 100 — Indonesian tables use a decimal comma'],
  ])('%s (%s) → %d', (typed, kind, value, decimals, reason, id, en) => {
    const r = parseIndonesianNumber(typed, kind);
    expect(r.value).toBe(value);
    expect(r.decimals).toBe(decimals);
    expect(r.issue).toEqual({ rule: 'separator-style', severity: 'warning', reason, message: { id, en } });
  });

  test.each<[string, Expect]>([
    ['Rp. 2.100.000', 'amount'],
    ['13,36 %', 'percent'],
    ['0,125', 'percent'], // a comma with three digits in a percent column stays a decimal comma
  ])('%s (%s) is Indonesian: no warning', (typed, kind) => {
    expect(parseIndonesianNumber(typed, kind).issue).toBeUndefined();
  });

  test('in a detail table, the warning sits on the cell and the value is used', () => {
    expect(check(DETAIL, [['1', 'S', 'Rp. 2,100,000', 'Rp. 2.100.000', '100 %']])).toEqual([['separator-style', 'C2', undefined]]);
  });
});
