import fc from 'fast-check';
import { evaluateWorkbookFormulas, isStale } from '../../src/domain/formula/grid-formulas';
import { summedColumn } from '../../src/domain/formula/references';
import type { Grid } from '../../src/domain/grid/grid';
import { gridOf, type CellSpec } from '../mapping/grid-builder';

/** A formula cell saved without a value, as scripts and LibreOffice exports leave them. */
const uncached = (f: string): CellSpec => ({ v: null, f });
const cached = (f: string, v: number | string): CellSpec => ({ v, f });

const value = (grid: Grid, row: number, col: number) => grid.rows[row]?.[col]?.value;

describe('evaluateWorkbookFormulas', () => {
  const sheet = gridOf('Realisasi', [
    ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian'],
    ['4.01.02', 'Program', uncached('SUM(C3:C4)'), uncached('D3+D4'), uncached('ROUND(D2/C2*100,2)')],
    ['4.01.02.1.01', 'Kegiatan A', 75000000, 28331441, uncached('IFERROR(D3/C3*100,0)')],
    ['4.01.02.1.02', 'Kegiatan B', 25000000, 'Rp 1.000', uncached('IFERROR(D4/C4*100,0)')],
    ['', 'Kegiatan C', 0, 0, uncached('IFERROR(D5/C5*100,"-")')],
  ]);

  it('fills formulas saved without a value with what Excel computes from the sheet', () => {
    const { grids, filled, stale } = evaluateWorkbookFormulas([sheet]);
    const g = grids[0];
    expect(value(g, 1, 2)).toBe(100000000);
    // Text in a referenced cell is 0 to SUM and #VALUE! to +: Excel's rules, so D2 is not worked out.
    expect(value(g, 1, 3)).toBeNull();
    expect(value(g, 2, 4)).toBeCloseTo(37.775254667, 6);
    expect(value(g, 4, 4)).toBe('-');
    expect(filled).toBe(4);
    expect(stale).toEqual([]);
    // The formula stays on the cell; the given grid is not changed.
    expect(g.rows[1][2]?.formula).toBe('SUM(C3:C4)');
    expect(value(sheet, 1, 2)).toBeNull();
  });

  it('reads null cells and rows (as a host hands them over in JSON) as empty', () => {
    const withNulls: Grid = { ...sheet, rows: [...sheet.rows.map((r) => [...r, null]), null] as unknown as Grid['rows'] };
    const { grids, filled } = evaluateWorkbookFormulas([withNulls]);
    expect(value(grids[0], 1, 2)).toBe(100000000);
    expect(filled).toBe(4);
  });

  it('reads other sheets, quoted or not, in any letter case', () => {
    const other = gridOf('Tabel 3.1', [[10, 20]]);
    const refs = gridOf('Ringkasan', [[uncached("'tabel 3.1'!A1+'Tabel 3.1'!B1"), uncached('Ringkasan!A1*2'), uncached('Nowhere!A1')]]);
    const [, g] = evaluateWorkbookFormulas([other, refs]).grids;
    expect([value(g, 0, 0), value(g, 0, 1), value(g, 0, 2)]).toEqual([30, 60, null]);
  });

  it('lists a saved value that disagrees with its cells, and replaces it with the recomputed one', () => {
    const g = gridOf('T', [[100, 250, cached('SUM(A1:B1)', 300), cached('A1/B1', 0.4), cached('C1*2', 700)]]);
    const { grids, stale } = evaluateWorkbookFormulas([g]);
    expect(stale.map((s) => [s.sheet, s.row, s.col, s.formula, s.cached, s.computed])).toEqual([['T', 0, 2, 'SUM(A1:B1)', 300, 350]]);
    expect(value(grids[0], 0, 2)).toBe(350);
    // C1*2 with C1 recomputed is 700: the saved 700 was right.
    expect(value(grids[0], 0, 4)).toBe(700);
  });

  it('leaves formulas outside the subset with their saved value, and counts them with it', () => {
    const g = gridOf('T', [[1, cached('VLOOKUP(A1,A1:B2,2)', 5), uncached('B1+1'), uncached('SUM(A:A)')]]);
    const { grids, stale } = evaluateWorkbookFormulas([g]);
    expect([value(grids[0], 0, 1), value(grids[0], 0, 2), value(grids[0], 0, 3)]).toEqual([5, 6, null]);
    expect(stale).toEqual([]);
  });

  it('gives up on a cycle instead of looping, and keeps grids without formulas as they are', () => {
    const plain = gridOf('P', [[1, 2]]);
    const cyc = gridOf('C', [[uncached('B1+1'), uncached('A1+1')]]);
    const { grids } = evaluateWorkbookFormulas([plain, cyc]);
    expect(grids[0]).toBe(plain);
    expect([value(grids[1], 0, 0), value(grids[1], 0, 1)]).toEqual([null, null]);
  });

  it('works out a long running total without overflowing the stack', () => {
    const rows: CellSpec[][] = [[1, 1]];
    for (let r = 1; r < 3000; r++) rows.push([1, uncached(`B${r}+A${r + 1}`)]);
    const { grids } = evaluateWorkbookFormulas([gridOf('T', rows)]);
    expect(value(grids[0], 2999, 1)).toBe(3000);
  });
});

describe('isStale', () => {
  it.each<[number | string, number | string, boolean]>([
    [300, 350, true],
    [0, 150000, true],
    [350, 350, false],
    [0.318476, 388620000 / 1220250000, false],
    [0.465511, 1338695000 / 2875750000, false],
    [0.46, 1338695000 / 2875750000, false],
    [0.47, 1338695000 / 2875750000, false],
    [0.48, 1338695000 / 2875750000, true],
    [100, 100.4, false],
    ['-', '-', false],
    ['Tinggi', 'Sedang', true],
    ['#DIV/0!', 5, false],
  ])('saved %p, recomputed %p → %p', (saved, computed, want) => {
    expect(isStale(saved, computed)).toBe(want);
  });

  it('a value saved at full precision is never stale against itself', () => {
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => !isStale(x, x)));
  });
});

describe('summedColumn', () => {
  it.each<[string, { col: number; rows: number[] } | undefined]>([
    ['SUM(C11:C13)', { col: 2, rows: [10, 11, 12] }],
    ['C24+C26', { col: 2, rows: [23, 25] }],
    ['SUM(C11:C12,C14)+C20', { col: 2, rows: [10, 11, 13, 19] }],
    ['SUM($D$5:$D$6)', { col: 3, rows: [4, 5] }],
    ['C1-C2', undefined],
    ['ROUND(SUM(C1:C2),0)', undefined],
    ['SUM(C1:D2)', undefined],
    ['Sheet2!C1+C2', undefined],
    ['SUM(', undefined],
  ])('%s', (formula, want) => {
    expect(summedColumn(formula)).toEqual(want);
  });
});
