/** What a finding shows as the stated value: "(kosong)" for blanks, Indonesian digits for numbers the host showed in English. */
import type { Grid } from '../../src/domain/grid/grid';
import { findingCell, statedValue } from '../../src/taskpane/stated-value';

const grid: Grid = {
  name: 'Tabel 3.1',
  index: 0,
  originRow: 2,
  originCol: 1,
  merges: [],
  rows: [
    [{ value: 'Kode' }, { value: 231000000, numberFormat: '#,##0', text: '231,000,000' }],
    [{ value: 'Rp. 2,100,000' }, { value: 0.2832, numberFormat: '0.00%', text: '28.32%' }],
  ],
};

describe('statedValue', () => {
  it.each([
    ['blank text', '', undefined, '(kosong)'],
    ['spaces only', '   ', undefined, '(kosong)'],
    ['a number Excel showed in English', '231,000,000', 'C3', '231.000.000'],
    ['a percent Excel showed in English', '28.32%', 'C4', '28,32%'],
    ['typed text keeps its own separators (that may be the finding)', 'Rp. 2,100,000', 'B4', 'Rp. 2,100,000'],
    ['a finding text other than the cell display stays', '231.000.000', 'C3', '231.000.000'],
  ])('%s', (_, actual, address, shown) => {
    const cell = address ? findingCell([grid], 'Tabel 3.1', address) : undefined;
    expect(statedValue(actual, cell, '(kosong)')).toBe(shown);
  });

  it('leaves a finding without a stated value without one', () => {
    expect(statedValue(undefined, undefined, '(kosong)')).toBeUndefined();
  });

  it('finds cells through the grid origin and not outside it', () => {
    expect(findingCell([grid], 'Tabel 3.1', 'B3')?.value).toBe('Kode');
    expect(findingCell([grid], 'Tabel 3.1', 'A1')).toBeUndefined();
    expect(findingCell([grid], 'Lain', 'B3')).toBeUndefined();
  });
});
