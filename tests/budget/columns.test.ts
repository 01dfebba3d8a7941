/**
 * The budget columns (what the recalculation and the rules read) against the rows they stand for: a
 * Tabel 3.1 built straight off the grid (clean cells kept as values, rows made only when asked) gives
 * the same columns, sums and findings as the same sheet built from mapped rows (every Amount kept) and
 * as its plain rows read back from JSON; a recomputed table that went through JSON is checked the same;
 * a check of a clean table makes no row objects; and the code order worked out while placing equals
 * the rules' own scan.
 */
import fc from 'fast-check';
import { buildBudgetTable, buildBudgetTableFromGrid } from '../../src/domain/budget/build';
import { codeBefore } from '../../src/domain/budget/code';
import { budgetColumns, type BudgetColumns } from '../../src/domain/budget/table';
import { LEVEL } from '../../src/domain/budget/levels';
import { recalculate, recalculationOf } from '../../src/domain/budget/recalculate';
import type { RecomputedValues } from '../../src/domain/budget/recomputed-values';
import type { Grid } from '../../src/domain/grid/grid';
import { detectSheet } from '../../src/domain/mapping/detect';
import { extractRows } from '../../src/domain/mapping/extract';
import type { SheetMapping } from '../../src/domain/mapping/types';
import type { BudgetTable, RecomputedTable } from '../../src/domain/model';
import { checkBudget } from '../../src/domain/rules/budget/check';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { gridOf, type CellSpec } from '../mapping/grid-builder';
import { reorderedBudget, tabel31 } from '../mapping/seed-sheets';

function bothWays(grid: Grid, sheet: SheetMapping = detectSheet(grid, 2024).mapping) {
  return { viaGrid: buildBudgetTableFromGrid(grid, sheet, 'id').table, viaRows: buildBudgetTable(sheet, extractRows(grid, sheet), 'id').table };
}

/** Every column as plain arrays (typed arrays compared entry by entry, NaN equal to NaN). */
function plainColumns(c: BudgetColumns): Record<string, unknown> {
  const list = (a: ArrayLike<number>) => Array.from(a, (v) => (Number.isNaN(v) ? 'NaN' : v));
  const values = (v: BudgetColumns['pagu'] | undefined) => (v ? { value: list(v.value), flags: list(v.flags) } : undefined);
  return {
    n: c.n,
    level: list(c.level),
    parent: list(c.parent),
    kode: Array.from({ length: c.n }, (_, i) => c.codes.get(i)),
    pagu: values(c.pagu),
    target: values(c.target),
    realisasi: values(c.realisasi),
    capaian: values(c.capaian),
    capaianDecimals: list(c.capaianDecimals),
    addends: [list(c.addends.start), list(c.addends.list)],
    items: [list(c.items.start), list(c.items.list)],
    roots: list(c.roots),
  };
}

/** A table as JSON gives it back: plain rows, no columns kept beside it. */
function plainTable(t: BudgetTable): BudgetTable {
  return JSON.parse(JSON.stringify(t)) as BudgetTable;
}

/** A recomputed table as JSON gives it back: plain rows, no columns kept beside it. */
function throughJson(r: RecomputedTable): RecomputedTable {
  return JSON.parse(JSON.stringify(r)) as RecomputedTable;
}

describe.each([
  ['seed Tabel 3.1 (faults left in)', tabel31, true],
  ['reordered TW II layout (fractions under 0.00%, formulas)', reorderedBudget, false],
])('%s', (_name, makeGrid, hasFindings) => {
  const { viaGrid, viaRows } = bothWays(makeGrid());

  test('the same columns either way, and from the plain rows', () => {
    expect(plainColumns(budgetColumns(viaGrid))).toEqual(plainColumns(budgetColumns(viaRows)));
    expect(plainColumns(budgetColumns(viaGrid))).toEqual(plainColumns(budgetColumns(plainTable(viaGrid))));
  });

  test('the same findings either way, and from a recomputed table read back from JSON', () => {
    const findings = checkBudget(recalculate(viaRows), DEFAULT_SETTINGS);
    expect(findings.length > 0).toBe(hasFindings);
    expect(checkBudget(recalculate(viaGrid), DEFAULT_SETTINGS)).toEqual(findings);
    expect(checkBudget(throughJson(recalculate(viaRows)), DEFAULT_SETTINGS)).toEqual(findings);
  });
});

const HEADER: CellSpec[] = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi', 'Capaian (%)'];

test('checking a clean Tabel 3.1 makes no row objects; reading rows makes them once, as plain rows read', () => {
  const grid = gridOf('Tabel 3.1', [
    HEADER,
    ['1.01', 'PROGRAM PENUNJANG', 'Rp. 300.000', 'Rp. 150.000', '50,00'],
    ['1.01.01.2.01.0001', 'Sub kegiatan 1', 'Rp. 100.000', 'Rp. 50.000', '50,00'],
    ['1.01.01.2.01.0002', 'Sub kegiatan 2', 'Rp. 200.000', 'Rp. 100.000', '50,00'],
  ]);
  const { viaGrid, viaRows } = bothWays(grid);
  const recomputed = recalculate(viaGrid);
  expect(checkBudget(recomputed, DEFAULT_SETTINGS)).toEqual([]);
  expect([viaGrid.rowsMade, recomputed.rowsMade]).toEqual([false, false]);
  expect(recomputed.total).toEqual({ pagu: 300000, realisasi: 150000, capaian: 50 });
  const rows = recomputed.rows;
  expect(recomputed.rows).toBe(rows);
  expect([viaGrid.rowsMade, recomputed.rowsMade]).toEqual([true, true]);
  expect(JSON.stringify(recomputed)).toBe(JSON.stringify(recalculate(viaRows)));
  // As JSON, the model's plain table: its keys in the model's order.
  expect(Object.keys(plainTable(viaGrid))).toEqual(['sheet', 'kind', 'rows', 'columns']);
});

/** A line of a generated Tabel 3.1: its code (any shape), uraian, and three typed values. */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 900 }).map((n) => `Rp. ${n}.000`),
  fc.constantFrom('-', '', '375.000.00', 'Rp. 2,100,000'),
  fc.integer({ min: 0, max: 900_000 }).map((n): CellSpec => ({ v: n, fmt: '#,##0' })),
);
const percent = fc.oneof(fc.constantFrom('50,00', '25,5', '', '13.36%', '100'), fc.double({ min: 0, max: 1, noNaN: true }).map((n): CellSpec => ({ v: Math.round(n * 1e4) / 1e4, fmt: '0.00%' })));
const code = fc.oneof(
  fc.constantFrom('1.01', '1.01.01', '1.01.01.2.01', '1.01.01.2.02', '1.01.02', '1.01.02.2.01', '', '5.1.02.01.01.0024', 'JUMLAH', 'Sub Total', ' 1.01.01 '),
  fc.integer({ min: 1, max: 4 }).map((s) => `1.01.01.2.01.000${s}`),
);
const line = fc.tuple(code, fc.constantFrom('Sub kegiatan', 'Belanja ATK', '', 'JUMLAH'), amount, amount, percent);

/** The rules' code-order test, row by row: no line item has a code and the codes strictly ascend. */
function scanAscend(c: BudgetColumns): boolean {
  const kode = Array.from({ length: c.n }, (_, i) => c.codes.get(i));
  const codes = kode.filter((k, i) => k !== undefined && c.level[i] !== LEVEL.rincian);
  const anyItemCode = kode.some((k, i) => k !== undefined && c.level[i] === LEVEL.rincian);
  return !anyItemCode && codes.every((k, i) => i === 0 || codeBefore(codes[i - 1] as string, k as string));
}

let placed = 0;

test('property: any Tabel 3.1 (codes in or out of order, repeated, kode rekening, totals, faults) gives the same columns, code order and findings either way', () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
      const grid = gridOf('Tabel 3.1', [HEADER, ['', 'BIRO ORGANISASI', '', '', ''], ...lines.map((l) => [...l] as CellSpec[])]);
      const sheet = detectSheet(grid, 2024).mapping;
      if (sheet.kind !== 'tabel-3.1') return;
      const { viaGrid, viaRows } = bothWays(grid, sheet);
      const fromStore = budgetColumns(viaGrid);
      const fromRows = budgetColumns(plainTable(viaRows));
      expect(plainColumns(budgetColumns(viaRows))).toEqual(plainColumns(fromStore));
      const { codesAscend, ...rest } = { ...plainColumns(fromStore), codesAscend: fromRows.codesAscend };
      expect(rest).toEqual(plainColumns(fromRows));
      // Where placing worked out the code order, a scan of the codes row by row agrees.
      if (fromStore.codesAscend !== undefined) expect(fromStore.codesAscend).toBe(scanAscend(fromRows));
      expect(codesAscend).toBeUndefined(); // plain rows leave it to the rules' scan
      placed++;
      const findings = checkBudget(recalculate(viaRows), DEFAULT_SETTINGS);
      expect(checkBudget(recalculate(viaGrid), DEFAULT_SETTINGS)).toEqual(findings);
      expect(checkBudget(throughJson(recalculate(viaRows)), DEFAULT_SETTINGS)).toEqual(findings);
      // The values recalculate keeps (sums for rows with addends only) read as the rows JSON gives back.
      const summed = recalculationOf(recalculate(viaGrid)).values;
      const listed = recalculationOf(throughJson(recalculate(viaRows))).values;
      const read = (v: RecomputedValues) => Array.from({ length: fromStore.n }, (_, i) => [v.value(i, 'pagu'), v.value(i, 'realisasi'), v.summed(i), v.capaian(i)]);
      expect(read(summed)).toEqual(read(listed));
    }),
    { numRuns: 150 },
  );
  // Most generated sheets are read as a Tabel 3.1 (the property is not vacuous).
  expect(placed).toBeGreaterThan(100);
});
