/**
 * A "Jumlah Urusan …" / "Sub Total …" row over several (not all) programmes is evidence of those programmes together:
 * gatherEvidence puts a node of that row between them and the top, and the settlement checks it as their sum.
 */
import { buildBudgetTable } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import { gatherEvidence } from '../../src/domain/budget/settle/gather';
import { settleBudgets } from '../../src/domain/budget/settle';
import { mappedRows, sheetMapping, type Typed } from '../budget/fixture';
import { T31 } from '../rules/budget-cases';

const lines: Typed[][] = [
  ['2.15.01', 'Program A', 300, 100, 33.33],
  ['2.15.02', 'Program B', 200, 100, 50],
  ['', 'Jumlah Urusan Perhubungan', 500, 200, 40],
  ['2.16.02', 'Program C', 400, 100, 25],
  ['', 'JUMLAH', 900, 300, 33.33],
];

function recomputed(rows: Typed[][]) {
  return recalculate(buildBudgetTable(sheetMapping(T31), mappedRows(T31, rows), 'id').table);
}

test('the subtotal is a node over its programmes, stating their sum', () => {
  const evidence = gatherEvidence(recomputed(lines), [], 'pagu', { dpa: [], pk: [] }, 'id');
  const top = evidence?.top;
  expect(top?.children.map((c) => c.name)).toEqual(['Jumlah Urusan Perhubungan', '2.16.02']);
  expect(top?.children[0].children.map((c) => c.name)).toEqual(['2.15.01', '2.15.02']);
  expect(top?.children[0].observations.map((o) => [o.cell, o.value])).toEqual([['C4', 500]]);
});

test('a subtotal off its programmes is the fault, the programmes and the grand total agreeing', () => {
  const wrong = lines.map((r) => (r[1] === 'Jumlah Urusan Perhubungan' ? ['', r[1], 550, 200, 36.36] : r));
  const settled = settleBudgets([recomputed(wrong)], [], 'id').tables[0].columns.pagu;
  expect(settled?.faults.map((f) => (f.kind === 'cell' ? [f.observation.cell, f.expected] : f.kind))).toEqual([['C4', 500]]);
});
