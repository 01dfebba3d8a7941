import { findingsOf } from './budget-sheet';

describe('months-sum-mismatch: the months add up to the cumulative realisasi', () => {
  const split = (total: number): number[] => [total / 4, total / 4, total / 2];
  it.each<[string, (row: number, realisasi: number) => (number | string | null)[], string[]]>([
    ['every row adds up', (_, r) => split(r), []],
    ['one sub kegiatan 5.000.000 short in Maret', (row, r) => (row === 6 ? [20000000, 20000000, 35000000] : split(r)), ['D6 75.000.000']],
    ['months typed as Indonesian text', (row, r) => split(r).map((m) => (row === 5 ? `Rp. ${m.toLocaleString('id-ID')}` : m)), []],
    ['a blank month counts as none', (row, r) => (row === 5 ? [40000000, null, null] : split(r)), []],
    ['a row with no months at all is not checked', (row, r) => (row === 3 ? [null, null, null] : split(r)), []],
    ['an unreadable month leaves the row alone (number-format names it)', (row, r) => (row === 5 ? ['10.000.00', 10000000, 20000000] : split(r)), []],
  ])('%s', (_, months, want) => {
    const found = findingsOf('months-sum-mismatch', ['Januari', 'Februari', 'Maret'], (row, line) => months(row, line[3]));
    expect(found.map((f) => `${f.cell} ${f.expected}`)).toEqual(want);
    for (const f of found) expect(f.severity).toBe('error');
  });

  it('does not read a cumulative "s.d." header as a month', () => {
    const found = findingsOf('months-sum-mismatch', ['Januari', 'Februari', 'Realisasi s.d. Maret'], (_, line) => [line[3] / 2, line[3] / 2, line[3]]);
    expect(found).toEqual([]);
  });
});
