import { buildBudgetTable } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import fc from 'fast-check';
import { mappedRows, sheetMapping, type Layout, type Typed } from './fixture';

const T31: Layout = {
  sheet: 'T3.1',
  kind: 'tabel-3.1',
  firstRow: 10,
  columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['target', 'D'], ['realisasi', 'E'], ['capaian', 'F']],
};

const run = (lines: Typed[][]) => recalculate(buildBudgetTable(sheetMapping(T31), mappedRows(T31, lines), 'id').table);

describe('recalculate', () => {
  test('bottom-up: sub kegiatan → kegiatan → programme → unit, target included, capaian recomputed', () => {
    const r = run([
      ['', 'Dinas', 1, 1, 1, 1],
      ['2.16.01', 'P', 1, 1, 1, 1],
      ['2.16.01.2.01', 'K', 1, 1, 1, 1],
      ['2.16.01.2.01.0001', 'S1', 90000000, 45000000, 42750000, 47.5],
      ['2.16.01.2.01.0006', 'S2', 60000000, 30000000, 27500000, 45.83],
    ]);
    expect(r.rows.map((x) => [x.pagu, x.target, x.realisasi, x.summed])).toEqual([
      [150000000, 75000000, 70250000, true],
      [150000000, 75000000, 70250000, true],
      [150000000, 75000000, 70250000, true],
      [90000000, 45000000, 42750000, false],
      [60000000, 30000000, 27500000, false],
    ]);
    expect(r.rows[0].capaian).toBeCloseTo(46.833333, 5);
    expect(r.total).toMatchObject({ pagu: 150000000, target: 75000000, realisasi: 70250000 });
  });

  test('pagu 0 or blank: capaian is null, never a division by zero', () => {
    const r = run([['2.16.01.2.01.0001', 'S', 0, '', '-', '-'], ['2.16.01.2.01.0002', 'S', '', '', '', '']]);
    expect(r.rows.map((x) => x.capaian)).toEqual([null, null]);
    expect(r.total.capaian).toBeNull();
  });

  test('a totals row takes the sum of the roots, not its stated value', () => {
    const r = run([['1.01.01', 'P1', 100, '', 10, 10], ['1.01.02', 'P2', 300, '', 30, 10], ['JUMLAH', '', 999, '', 99, 9]]);
    expect(r.rows[2]).toMatchObject({ pagu: 400, realisasi: 40, summed: true });
    expect(r.rows[2].capaian).toBeCloseTo(10, 10);
  });

  test('property: a parent always recomputes to the sum of its children, whatever it states', () => {
    const amount = fc.integer({ min: 0, max: 2_000_000_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 8 }), amount, (children, statedParent) => {
        const lines: Typed[][] = [
          ['4.01.02.1.01', 'K', statedParent, '', statedParent, ''],
          ...children.map(([p, r], i): Typed[] => [`4.01.02.1.01.${String(i + 1).padStart(4, '0')}`, `S${i}`, p, '', r, '']),
        ];
        const rec = run(lines);
        const pagu = children.reduce((a, [p]) => a + p, 0);
        const realisasi = children.reduce((a, [, r]) => a + r, 0);
        expect(rec.rows[0]).toMatchObject({ pagu, realisasi, summed: true });
        expect(rec.total).toMatchObject({ pagu, realisasi });
        expect(rec.rows[0].capaian).toBe(pagu === 0 ? null : (realisasi / pagu) * 100);
      }),
      { numRuns: 50 },
    );
  });
});
