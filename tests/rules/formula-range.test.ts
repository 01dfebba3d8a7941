import type { CellSpec } from '../mapping/grid-builder';
import { findingsOf } from './budget-sheet';

/** The kegiatan (row 4) holds `formula` over its sub kegiatan in rows 5 and 6, with the value it gives. */
function withFormula(column: 'C' | 'D', formula: string, value: number): (rows: CellSpec[][]) => void {
  return (rows) => {
    rows[3][column === 'C' ? 2 : 3] = { v: value, f: formula };
  };
}

describe('formula-range: a parent formula that leaves out rows', () => {
  it.each<[string, 'C' | 'D', string, number, string[]]>([
    ['every child', 'C', 'SUM(C5:C6)', 300000000, []],
    ['every child, as +', 'C', 'C5+C6', 300000000, []],
    ['stops short of the last child', 'C', 'SUM(C5:C5)', 100000000, ['C4 =SUM(C5:C6)']],
    ['skips the first child', 'C', 'C6', 200000000, ['C4 =SUM(C5:C6)']],
    ['leaves out a row whose value is 0 today', 'D', 'D5', 40000000, ['D4 =SUM(D5:D6)']],
    ['a product is not a sum', 'C', 'C5*3', 300000000, []],
    ['a ROUND around the sum is left alone', 'C', 'ROUND(SUM(C5:C5),0)', 100000000, []],
  ])('%s: =%s', (_, column, formula, value, want) => {
    const found = findingsOf('formula-range', [], () => [], undefined, (rows) => {
      withFormula(column, formula, value)(rows);
      if (column === 'D') {
        rows[5][3] = 0;
        rows[5][4] = 0;
        rows[2][3] = 40000000;
        rows[3][4] = 13.33;
        rows[2][4] = 13.33;
      }
    });
    expect(found.map((f) => `${f.cell} ${f.expected}`)).toEqual(want);
  });

  it('checks a JUMLAH formula against the roots it totals', () => {
    const found = findingsOf('formula-range', [], () => [], undefined, (rows) => {
      rows.push(['', 'JUMLAH', { v: 100000000, f: 'SUM(C5:C5)' }, 120000000, 40]);
    });
    expect(found.map((f) => `${f.cell} ${f.expected}`)).toEqual(['C7 =SUM(C5:C6)']);
  });

  it('takes a programme formula over its sub kegiatan (two levels down) as whole', () => {
    const found = findingsOf('formula-range', [], () => [], undefined, (rows) => {
      rows[2][2] = { v: 300000000, f: 'SUM(C5:C6)' };
    });
    expect(found).toEqual([]);
  });
});
