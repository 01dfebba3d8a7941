/**
 * Gathering the evidence of one Tabel 3.1: its rows as a tree under the top, each node with every place that
 * states its amount — its own cell; a totals row (JUMLAH) or a unit row standing for the whole; a detail table's
 * row of the same programme, kegiatan or sub kegiatan (by code, else by name); a detail table's Total over exactly
 * a node's children; the DPA figures the planner gave.
 */
import type { Amount, BudgetRow, BudgetTable, RecomputedTable } from '../../model';
import type { DpaFigure, Lang } from '../../settings';
import { amountOf, usable, type AmountColumn } from '../amounts';
import { budgetColumns, listOf, topLevelRows } from '../table';
import { nameWords, SIMILAR_NAME, wordsSimilarity } from '../../rules/budget/name-match';
import { hasItemGroups, itemsSum } from '../item-groups';
import { recalculationOf, type Recalculated } from '../recalculate';
import { matchRows } from './match';
import type { WorkbookFigure } from './workbook-figures';
import { DPA_WEIGHT, type ColumnEvidence, type EvidenceNode, type Observation } from './evidence';
import { levelWord, sourceLabel } from './words';

/** What row i adds up: its coded or numbered children, or for a totals row the top-level rows in its scope. */
function addendsOf(table: BudgetTable, i: number): number[] {
  return listOf(budgetColumns(table).addends, i);
}

export type { DpaFigure } from '../../settings';

/** A totals row, or a unit row that parents nothing: it states the whole. */
function isTotalLike(r: BudgetRow): boolean {
  return r.level === 'total' || (r.level === 'unit' && r.children.length === 0);
}

/**
 * A stated amount as evidence. A total that is a formula (=E24+E26, =SUM(…)) only repeats the cells it adds up, so it
 * weighs nothing of its own (`sums` is true for the rows that have parts); a typed figure weighs one cell.
 */
function observation(amount: Amount | undefined, sheet: string, source: Observation['source'], label: string, sums = true): Observation | undefined {
  const value = usable(amount);
  if (value === null || Number.isNaN(value) || !amount) return undefined;
  return { value, sheet, cell: amount.cell, source, weight: sums && amount.formula ? 0 : 1, label };
}

function hasColumn(table: BudgetTable, column: AmountColumn): boolean {
  return table.columns[column] !== undefined;
}

function isRencanaKerja(table: BudgetTable): boolean {
  return /rencana\s*kerja/i.test(`${table.sheet} ${table.title ?? ''}`);
}

/** Figures stated outside the budget tables: the DPA's (the planner's or the workbook's), the Perjanjian Kinerja's. */
export interface StatedFigures {
  dpa: (DpaFigure & { sheet?: string; cell?: string })[];
  pk: WorkbookFigure[];
}

export function gatherEvidence(main: RecomputedTable, details: RecomputedTable[], column: AmountColumn, stated: StatedFigures, lang: Lang): ColumnEvidence | undefined {
  const { table } = main;
  if (!hasColumn(table, column)) return undefined;
  const nodes = new Map<number, EvidenceNode>();
  const recalculated = recalculationOf(main);
  const nodeOf = (i: number): EvidenceNode => {
    let node = nodes.get(i);
    if (node) return node;
    const row = table.rows[i];
    node = { row: i, name: row.kode ?? row.uraian.trim(), level: levelWord(row.level, lang), children: [], observations: [] };
    nodes.set(i, node);
    const kids = addendsOf(table, i);
    const own = observation(amountOf(row, column), table.sheet, 'own', row.level === 'unit' ? sourceLabel('unit', lang, row.uraian) : node.level, kids.length > 0);
    if (own) node.observations.push(own);
    // A blank leaf counts as 0, as the recalculation takes it.
    else if (kids.length === 0) node.observations.push({ value: 0, sheet: table.sheet, cell: amountOf(row, column)?.cell ?? '', source: 'own', weight: 1, label: node.level });
    // A sub kegiatan's line items grouped by kode rekening (its DPA lines) state its amount too.
    const lines = itemGroupsObservation(recalculated, table.sheet, i, column, lang);
    if (lines) node.observations.push(lines);
    for (const k of kids) node.children.push(nodeOf(k));
    return node;
  };
  const roots = topLevelRows(table).filter((i) => !isTotalLike(table.rows[i]));
  const top: EvidenceNode = { row: -1, name: '', level: '', children: roots.map(nodeOf), observations: [] };
  table.rows.forEach((r, i) => {
    if (!isTotalLike(r)) return;
    const addends = r.level === 'total' ? addendsOf(table, i) : [];
    if (r.level === 'total' && addends.length !== topLevelRows(table).length) {
      // A subtotal over one top-level row ("Sub Total Program …" under a programme row left blank) states that row's amount.
      const node = addends.length === 1 ? nodes.get(addends[0]) : undefined;
      const o = observation(amountOf(r, column), table.sheet, 'total', r.uraian.trim());
      if (node && o) node.observations.push(o);
      // Over several ("Jumlah Urusan …"): it states the sum of those, a node of its own between them and the top.
      else if (addends.length > 1) groupUnder(top, i, r.uraian.trim(), addends.map((k) => nodes.get(k)), o);
      return;
    }
    const o = observation(amountOf(r, column), table.sheet, 'total', r.level === 'unit' ? sourceLabel('unit', lang, r.uraian) : r.uraian.trim() || 'JUMLAH');
    if (o) top.observations.push(o);
  });

  for (const detail of details) {
    if (!hasColumn(detail.table, column)) continue;
    const source = isRencanaKerja(detail.table) ? 'rencana' : 'detail';
    const matched = matchRows(detail.table, table);
    const place = sourceLabel(source, lang, detail.table.sheet);
    matched.forEach((mainIndex, detailIndex) => {
      const node = nodes.get(mainIndex);
      const detailRow = detail.table.rows[detailIndex];
      const o = observation(amountOf(detailRow, column), detail.table.sheet, source, place, addendsOf(detail.table, detailIndex).length > 0);
      if (node && o) node.observations.push(o);
    });
    // A Total over rows that are exactly one node's children (or the whole table's roots) states that node's amount.
    detail.table.rows.forEach((r, i) => {
      if (r.level !== 'total') return;
      const covered = addendsOf(detail.table, i).map((k) => matched.get(k));
      if (covered.length === 0 || covered.some((k) => k === undefined)) return;
      const target = coveredNode(covered as number[], table, roots, top, nodes);
      const o = observation(amountOf(r, column), detail.table.sheet, source, sourceLabel('detailTotal', lang, detail.table.sheet));
      if (target && o) target.observations.push(o);
    });
  }

  if (column === 'pagu') {
    const byKode = (kode: string): EvidenceNode | undefined => [...nodes.values()].find((n) => table.rows[n.row].kode === kode);
    for (const f of stated.dpa) {
      const target = f.kode ? byKode(f.kode) : top;
      if (target) target.observations.push({ value: f.pagu, sheet: f.sheet ?? '', cell: f.cell ?? '', source: 'dpa', weight: DPA_WEIGHT, label: 'DPA' });
    }
    const programs = [...nodes.values()].filter((n) => table.rows[n.row].level === 'program');
    for (const f of stated.pk) {
      const target = f.kode ? byKode(f.kode) : f.name ? namedProgram(f.name, programs, table) : top;
      if (target) target.observations.push({ value: f.pagu, sheet: f.sheet, cell: f.cell, source: 'pk', weight: 1, label: sourceLabel('pk', lang, f.sheet) });
    }
  }
  return { column, top };
}

/** The sum of row i's line items as evidence of its amount, when they are grouped by kode rekening (item-groups.ts). */
function itemGroupsObservation({ columns, values }: Recalculated, sheet: string, i: number, column: AmountColumn, lang: Lang): Observation | undefined {
  if (!hasItemGroups(columns, i)) return undefined;
  const label = lang === 'en' ? 'its kode rekening lines' : 'rincian kode rekening di bawahnya';
  return { value: itemsSum(columns, values, i, column), sheet, cell: '', source: 'detail', weight: 1, label };
}

/**
 * The top-level nodes a subtotal row (`row`) adds up, moved under a node of that row stating `stated`; left where they
 * are when one of them is not straight under the top (already in another subtotal's group).
 */
function groupUnder(top: EvidenceNode, row: number, name: string, members: (EvidenceNode | undefined)[], stated: Observation | undefined): void {
  if (members.some((m) => m === undefined || !top.children.includes(m))) return;
  const children = members as EvidenceNode[];
  const at = top.children.indexOf(children[0]);
  top.children = top.children.filter((c) => !children.includes(c));
  top.children.splice(at, 0, { row, name, level: name, children, observations: stated ? [stated] : [] });
}

/** The programme a named line stands for: clearly the most alike by name, else none. */
function namedProgram(name: string, programs: EvidenceNode[], table: BudgetTable): EvidenceNode | undefined {
  const words = nameWords(name);
  let best: EvidenceNode | undefined;
  let bestScore = 0;
  let second = 0;
  for (const p of programs) {
    const score = wordsSimilarity(words, nameWords(table.rows[p.row].uraian));
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = p;
    } else if (score > second) second = score;
  }
  return bestScore >= SIMILAR_NAME && second < bestScore ? best : undefined;
}

/** The node whose children are exactly `rows` (main-table indices), or the top when they are all the roots. */
function coveredNode(rows: number[], table: BudgetTable, roots: number[], top: EvidenceNode, nodes: Map<number, EvidenceNode>): EvidenceNode | undefined {
  const set = new Set(rows);
  if (set.size !== rows.length) return undefined;
  const same = (list: number[]): boolean => list.length === set.size && list.every((k) => set.has(k));
  if (same(roots)) return top;
  const parent = table.rows[rows[0]].parent;
  if (parent < 0 || !same(addendsOf(table, parent))) return undefined;
  return nodes.get(parent);
}
