import type { Cell } from '../../src/domain/grid/grid';
import { readCell, type Expect } from '../../src/domain/parse/cell';

describe('readCell', () => {
  test.each<[string, Cell | undefined, Expect, number | null, string, number | undefined]>([
    ['an absent cell', undefined, 'amount', null, '', undefined],
    ['an empty cell', { value: null }, 'amount', null, '', undefined],
    ['a dash', { value: '-' }, 'amount', 0, '-', 0],
    ['"Rp. -"', { value: 'Rp. -' }, 'amount', 0, 'Rp. -', 0],
    ['typed pagu', { value: 'Rp. 1.500.000.000,-' }, 'amount', 1_500_000_000, 'Rp. 1.500.000.000,-', 0],
    ['a real number shown with grouping', { value: 661473673, numberFormat: '#,##0', text: '661.473.673' }, 'amount', 661473673, '661.473.673', 0],
    ['a fraction under 0.00%', { value: 0.2549, numberFormat: '0.00%', text: '25,49%' }, 'percent', 25.49, '25,49%', 2],
    ['a fraction under 0%', { value: 0.25, numberFormat: '0%' }, 'percent', 25, '25%', 0],
    ['a fraction under 0.0%', { value: 0.37775, numberFormat: '0.0%' }, 'percent', 37.775, '37,8%', 1],
    ['percent units in a General cell', { value: 25.49 }, 'percent', 25.49, '25,49', 2],
    ['percent units under 0.00', { value: 42.2, numberFormat: '0.00' }, 'percent', 42.2, '42,20', 2],
    ['typed "25,49 %"', { value: '25,49 %' }, 'percent', 25.49, '25,49 %', 2],
    ['a number with a % format outside a percent column', { value: 0.5, numberFormat: '0%' }, 'number', 0.5, '50%', 0],
    // Lapkin's own "37,78 %": percent units under a % that scales into digits split by a literal comma
    ['percent units under Lapkin\'s 0\\,00 %', { value: 37.78, numberFormat: '[>=1000]#\\.##0\\,00 %;[=0]"-";0\\,00 %' }, 'percent', 37.78, '37,78%', 2],
    ['percent units under a quoted comma', { value: 0.5, numberFormat: '0","0%' }, 'percent', 5, '5,0%', 1],
  // raw is what the planner sees in the cell (host display text, else the value under its number format).
  ])('%s', (_name, cell, kind, value, raw, decimals) => {
    const r = readCell(cell, 'E12', kind);
    expect(r.amount.value).toBe(value);
    expect(r.amount.cell).toBe('E12');
    expect(r.amount.raw).toBe(raw);
    expect(r.decimals).toBe(decimals);
    expect(r.issue).toBeUndefined();
    expect(r.amount.invalid).toBeUndefined();
  });

  test('a formula keeps its text and cached value', () => {
    const r = readCell({ value: 375000000, formula: 'SUM(D8:D20)' }, 'D21', 'amount');
    expect(r.amount).toEqual({ value: 375000000, cell: 'D21', raw: '375000000', formula: 'SUM(D8:D20)' });
  });

  test.each<[string, number]>([
    ['375.000.00', 375_000_000],
    ['Rp. 22.8000', 228_000],
    ['Rp. 5.3475.000', 53_475_000],
  ])('seed fault %s is invalid with suggestion %d', (text, suggestion) => {
    const r = readCell({ value: text }, 'D22', 'amount');
    expect(r.amount).toMatchObject({ value: null, invalid: true, suggestion, raw: text, cell: 'D22' });
    expect(r.issue).toMatchObject({ rule: 'number-format', severity: 'error' });
  });

  test('English separators are read, warned about, not invalid', () => {
    const r = readCell({ value: 'Rp. 2,100,000' }, 'C9', 'amount');
    expect(r.amount.value).toBe(2_100_000);
    expect(r.amount.invalid).toBeUndefined();
    expect(r.issue).toMatchObject({ rule: 'separator-style', severity: 'warning', reason: 'english-separators' });
  });

  test('"13.36%" in a percent column reads 13.36 with a warning and 2 decimals', () => {
    const r = readCell({ value: '13.36%' }, 'G7', 'percent');
    expect(r.amount.value).toBe(13.36);
    expect(r.decimals).toBe(2);
    expect(r.issue?.reason).toBe('english-decimal');
  });

  test('the display text is what a finding quotes', () => {
    const r = readCell({ value: '375.000.00', text: '375.000.00 ' }, 'D22', 'amount');
    expect(r.amount.raw).toBe('375.000.00 ');
  });

  test('a TRUE/FALSE cell is not a number', () => {
    const r = readCell({ value: true }, 'B2', 'number');
    expect(r.amount).toMatchObject({ value: null, invalid: true, raw: 'TRUE' });
    expect(r.issue?.reason).toBe('not-a-number');
  });
});
