/**
 * Row views of a table read off the grid (clean cells kept as values, their Amounts made from the sheet
 * when read) against those of the same sheet read from extractRows' mapped rows (every Amount kept): same
 * fields, same Amounts, same JSON; and the refused cells the findings mutate keep the Amount they were read into.
 */
import fc from 'fast-check';
import { buildBudgetTable, buildBudgetTableFromGrid } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import type { Grid } from '../../src/domain/grid/grid';
import { detectSheet } from '../../src/domain/mapping/detect';
import { extractRows } from '../../src/domain/mapping/extract';
import type { SheetMapping } from '../../src/domain/mapping/types';
import type { Amount, BudgetRow } from '../../src/domain/model';
import { readAmountAt, readCleanValue, type CellNotes } from '../../src/domain/parse/cell';
import type { Cell } from '../../src/domain/grid/grid';
import { gridOf, type CellSpec } from '../mapping/grid-builder';
import { reorderedBudget, tabel31 } from '../mapping/seed-sheets';

/** An Amount as a plain object with only the keys it has (what toMatchObject and JSON see). */
function plainAmount(a: Amount | undefined): Amount | undefined {
  return a === undefined ? undefined : (JSON.parse(JSON.stringify(a)) as Amount);
}

function bothWays(grid: Grid, sheet: SheetMapping = detectSheet(grid, 2024).mapping) {
  return { viaGrid: buildBudgetTableFromGrid(grid, sheet, 'id'), viaRows: buildBudgetTable(sheet, extractRows(grid, sheet), 'id') };
}

describe.each([
  ['seed Tabel 3.1', tabel31],
  ['reordered TW II layout (fractions under 0.00%, formulas)', reorderedBudget],
])('%s: rows read off the grid read as those of mapped rows', (_name, makeGrid) => {
  const { viaGrid, viaRows } = bothWays(makeGrid());

  test('some cells are kept as values alone, and each row reads field by field as its mapped row', () => {
    const { stored } = viaGrid.table;
    expect(stored.pagu.kept.size).toBeLessThan(stored.n);
    expect(viaRows.table.stored.pagu.kept.size).toBe(stored.n);
    viaGrid.table.rows.forEach((r, i) => {
      const plain = viaRows.table.rows[i];
      const fields = (x: BudgetRow) => [x.row, x.kode, x.uraian, x.level, x.capaianDecimals, x.parent, x.children, 'target' in x, 'capaian' in x];
      expect(fields(r)).toEqual(fields(plain));
      expect([r.pagu, r.realisasi, r.capaian].map(plainAmount)).toEqual([plain.pagu, plain.realisasi, plain.capaian]);
      expect(r).toMatchObject({ pagu: { value: plain.pagu.value, cell: plain.pagu.cell, raw: plain.pagu.raw } });
    });
    expect(JSON.stringify(viaGrid.table)).toBe(JSON.stringify(viaRows.table));
    expect(JSON.stringify(recalculate(viaGrid.table))).toBe(JSON.stringify(recalculate(viaRows.table)));
  });
});

test('the refused "375.000.00" cell keeps its Amount: it carries the suggestion the findings chose', () => {
  const { viaGrid } = bothWays(tabel31());
  const last = viaGrid.table.rows.length - 1;
  const jumlah = viaGrid.table.rows[last];
  expect(viaGrid.table.stored.realisasi.kept.get(last)).toBe(jumlah.realisasi);
  expect(jumlah.realisasi).toMatchObject({ cell: 'D18', raw: '375.000.00', invalid: true, value: null });
  expect(jumlah.realisasi).toBe(jumlah.realisasi);
});

const T31_HEADER: CellSpec[] = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi', 'Capaian (%)'];

test('property: any typed pagu, realisasi and capaian give the same table either way (values alone or Amounts)', () => {
  const amountText = fc.oneof(
    fc.stringMatching(/^(Rp\.? ?)?[1-9][0-9]{0,2}(\.[0-9]{3}){0,3}(,[0-9]{1,2})?$/),
    fc.constantFrom('-', 'Rp. -', '', 'nihil', '375.000.00'),
  );
  const cell = fc.oneof(
    amountText.map((s): CellSpec => s),
    fc.integer({ min: 0, max: 2_000_000_000 }).map((n): CellSpec => ({ v: n, fmt: '#,##0' })),
    fc.constant<CellSpec>(undefined),
  );
  const percent = fc.oneof(
    fc.stringMatching(/^[0-9]{1,2}(,[0-9]{1,2})? ?%?$/).map((s): CellSpec => s),
    fc.double({ min: 0, max: 1, noNaN: true }).map((n): CellSpec => ({ v: Math.round(n * 1e4) / 1e4, fmt: '0.00%' })),
    fc.constant<CellSpec>(undefined),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(cell, cell, percent), { minLength: 1, maxLength: 6 }), (values) => {
      const rows: CellSpec[][] = [T31_HEADER, ['1.01', 'PROGRAM PENUNJANG', 100, 50, 50]];
      values.forEach(([p, r, c], i) => rows.push([`1.01.01.2.01.${String(i + 1).padStart(4, '0')}`, `Sub kegiatan ${i + 1}`, p, r, c]));
      const grid = gridOf('Tabel 3.1', rows);
      const { viaGrid, viaRows } = bothWays(grid);
      // The programme row is clean, so its cells at least are kept as values alone.
      expect(viaGrid.table.kind).toBe('tabel-3.1');
      expect([viaGrid.table.stored.pagu.kept.has(0), viaGrid.table.stored.realisasi.kept.has(0), viaGrid.table.stored.capaian.kept.has(0)]).toEqual([false, false, false]);
      expect(JSON.stringify(viaGrid.table)).toBe(JSON.stringify(viaRows.table));
      expect(viaGrid.findings).toEqual(viaRows.findings);
      expect(JSON.stringify(recalculate(viaGrid.table))).toBe(JSON.stringify(recalculate(viaRows.table)));
    }),
    { numRuns: 60 },
  );
});

describe('readCleanValue: readAmountAt\'s value for a clean cell, undefined where the Amount path is needed', () => {
  const typed: [string, Cell | undefined, 'amount' | 'percent', boolean][] = [
    ['blank', undefined, 'amount', true],
    ['empty text', { value: null, text: ' ' }, 'amount', true],
    ['rupiah text', { value: 'Rp. 75.000.000' }, 'amount', true],
    ['number under #,##0', { value: 838526327, numberFormat: '#,##0' }, 'amount', true],
    ['formula total', { value: 838526327, numberFormat: '#,##0', formula: 'SUM(D8:D20)' }, 'amount', true],
    ['fraction under %', { value: 0.4913, numberFormat: '0.00%' }, 'percent', true],
    ['percent text', { value: '37,35 %' }, 'percent', true],
    ['refused groups', { value: '375.000.00' }, 'amount', false],
    ['English separators (a warning)', { value: 'Rp. 2,100,000' }, 'amount', false],
    ['a word', { value: 'nihil' }, 'amount', false],
    ['TRUE', { value: true }, 'amount', false],
  ];

  test.each(typed)('%s', (_name, cell, expect_, isClean) => {
    const notes: CellNotes = { decimals: undefined, issue: undefined };
    const clean = readCleanValue(cell, expect_, notes);
    const cleanDecimals = notes.decimals;
    const amount = readAmountAt(cell, 4, 2, expect_, notes);
    expect(clean !== undefined).toBe(isClean);
    if (clean === undefined) {
      expect(amount.invalid === true || notes.issue !== undefined).toBe(true);
    } else {
      expect([clean, cleanDecimals, notes.issue, amount.invalid]).toEqual([amount.value, notes.decimals, undefined, undefined]);
    }
  });
});
