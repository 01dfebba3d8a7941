import type { Cell } from '../../src/domain/grid/grid';
import { displayText, isDateFormat } from '../../src/domain/parse/display';

describe('displayText: what the planner sees in the cell', () => {
  const cases: [string, Cell, string][] = [
    ['host text wins', { value: 231000000, numberFormat: '#,##0', text: '231,000,000' }, '231,000,000'],
    ['amount under #,##0', { value: 231000000, numberFormat: '#,##0' }, '231.000.000'],
    ['fraction under 0.00%', { value: 0.2832, numberFormat: '0.00%' }, '28,32%'],
    ['fraction under 0%', { value: 0.26, numberFormat: '0%' }, '26%'],
    ['percent units under 0.00', { value: 37.35, numberFormat: '0.00' }, '37,35'],
    // Lapkin's own report codes, read back from a copied report sheet
    ['rupiah under literal grouping', { value: 75000000, numberFormat: '[>=1000000000]#\\.###\\.###\\.##0;[>=1000000]#\\.###\\.##0;#\\.##0' }, '75.000.000'],
    ['percent units under a literal comma and %', { value: 37.78, numberFormat: '[>=1000]#\\.##0\\,00 %;[=0]"-";0\\,00 %' }, '37,78%'],
    ['date serial under d mmmm yyyy', { value: 45481, numberFormat: 'd mmmm yyyy' }, '8 Juli 2024'],
    ['date serial under dd/mm/yyyy', { value: 45348, numberFormat: 'dd/mm/yyyy' }, '26 Februari 2024'],
    ['General integer', { value: 62303503 }, '62303503'],
    ['General decimal uses a comma', { value: 37.35 }, '37,35'],
    ['text as typed', { value: 'Rp. 22.8000' }, 'Rp. 22.8000'],
    ['empty', { value: null }, ''],
  ];
  it.each(cases)('%s', (_label, cell, shown) => expect(displayText(cell)).toBe(shown));

  it.each([
    ['d mmmm yyyy', true],
    ['dd/mm/yyyy', true],
    ['[$-421]dd mmmm yyyy', true],
    ['#,##0', false],
    ['0.00%', false],
    ['"Rp"#,##0', false],
  ])('isDateFormat(%s) = %s', (format, expected) => expect(isDateFormat(format)).toBe(expected));
});
