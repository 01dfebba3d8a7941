/**
 * Budget rule cases on small hand-built tables, the way planners type them: each case lists the exact
 * findings (rule, cell, expected) of buildBudgetTable and checkBudget on that table.
 */
import { buildBudgetTable } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import { sortFindings, type Finding } from '../../src/domain/findings';
import { checkBudget } from '../../src/domain/rules/budget/check';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings';
import type { Layout, Typed } from '../budget/fixture';
import { mappedRows, sheetMapping } from '../budget/fixture';

export const T31: Layout = {
  sheet: 'T3.1',
  kind: 'tabel-3.1',
  firstRow: 2,
  columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D'], ['capaian', 'E']],
};
export const T31_TARGET: Layout = {
  ...T31,
  columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['target', 'D'], ['realisasi', 'E'], ['capaian', 'F']],
};
export const DETAIL: Layout = {
  sheet: 'Detail',
  kind: 'detail',
  firstRow: 2,
  columns: [['no', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D'], ['capaian', 'E']],
};

export function check(layout: Layout, lines: Typed[][], settings: Partial<Settings> = {}): [string, string, string | undefined][] {
  const { table, findings } = buildBudgetTable(sheetMapping(layout), mappedRows(layout, lines), 'id');
  // The rules' findings in the one order (findings.ts), after the cells' own.
  const all: Finding[] = [...findings, ...sortFindings(checkBudget(recalculate(table), { ...DEFAULT_SETTINGS, ...settings }), [layout.sheet])];
  return all.map((f) => [f.rule, f.cell, f.expected]);
}

export type Case = [string, Layout, Typed[][], [string, string, string | undefined][]];
