/**
 * budget/table.ts on hand-made plain tables: the top-level rows, each totals row's scope ("Sub Total" the
 * top-level rows since the previous totals row, any other every one), line items apart from addends, and
 * the children lists the row views give back.
 */
import { budgetColumns, listOf, topLevelRows } from '../../src/domain/budget/table';
import type { Amount, BudgetLevel, BudgetRow, BudgetTable } from '../../src/domain/model';

const amount = (value: number | null, cell: string): Amount => ({ value, cell, raw: value === null ? '' : String(value) });

function row(i: number, uraian: string, level: BudgetLevel, parent: number, pagu: number | null): BudgetRow {
  return { row: i + 5, uraian, level, pagu: amount(pagu, `C${i + 5}`), realisasi: amount(null, `D${i + 5}`), parent, children: [] };
}

function table(rows: BudgetRow[]): BudgetTable {
  rows.forEach((r, i) => {
    if (r.parent >= 0) rows[r.parent].children.push(i);
  });
  return { sheet: 'T3.1', kind: 'tabel-3.1', rows, columns: { pagu: 'C', realisasi: 'D' } };
}

const rows = (): BudgetRow[] => [
  row(0, 'PROGRAM A', 'program', -1, 300),
  row(1, 'Sub kegiatan A1', 'subKegiatan', 0, 300),
  row(2, 'Belanja ATK', 'rincian', 1, 100),
  row(3, 'PROGRAM B', 'program', -1, 200),
  row(4, 'Sub Total', 'total', -1, 500),
  row(5, 'PROGRAM C', 'program', -1, 50),
  row(6, 'JUMLAH', 'total', -1, 550),
];

test('top-level rows: no parent, not a totals row', () => {
  expect(topLevelRows(table(rows()))).toEqual([0, 3, 5]);
});

test.each([
  ['Sub Total: the top-level rows since the previous totals row', 4, [0, 3]],
  ['JUMLAH: every top-level row', 6, [0, 3, 5]],
  ['a programme: its coded children, not line items', 0, [1]],
  ['a sub kegiatan with only line items: nothing to add up', 1, []],
])('addends of %s', (_name, i, expected) => {
  expect(listOf(budgetColumns(table(rows())).addends, i)).toEqual(expected);
});

test('line items are listed apart, and every child stays in the children list', () => {
  const columns = budgetColumns(table(rows()));
  expect(listOf(columns.items, 1)).toEqual([2]);
  expect(listOf(columns.children, 1)).toEqual([2]);
  expect(listOf(columns.children, 0)).toEqual([1]);
});

test('a plain table is read into columns with its own Amounts: a blank realisasi is present, without a value', () => {
  const t = table(rows());
  const columns = budgetColumns(t);
  expect(columns.amount(0, 'pagu')).toBe(t.rows[0].pagu);
  expect(Array.from(columns.pagu.value)).toEqual([300, 300, 100, 200, 500, 50, 550]);
  expect(Number.isNaN(columns.realisasi.value[0])).toBe(true);
  expect(columns.amount(0, 'capaian')).toBeUndefined();
});
