import { findingsOf } from './budget-sheet';

describe('formula-stale: a saved formula value that its cells no longer give', () => {
  it.each<[string, number, string[]]>([
    ['fresh', 300000000, []],
    ['stale by 100.000.000', 200000000, ['C3 200.000.000 300.000.000']],
    ['saved as 0 by a script', 0, ['C3 0 300.000.000']],
  ])('%s', (_, saved, want) => {
    const found = findingsOf('formula-stale', [], () => [], undefined, (rows) => {
      rows[2][2] = { v: saved, f: 'C4' };
    });
    expect(found.map((f) => `${f.cell} ${f.actual} ${f.expected}`)).toEqual(want);
    for (const f of found) expect(f.severity).toBe('warning');
  });

  it('checks with the recomputed value, so a stale total is not a sum-mismatch too', () => {
    const stale = findingsOf('sum-mismatch', [], () => [], undefined, (rows) => {
      rows[2][2] = { v: 200000000, f: 'C4' };
    });
    expect(stale).toEqual([]);
  });
});
