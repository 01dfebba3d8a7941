/**
 * Gathering the evidence of one Tabel 3.1: its rows as a tree under the top, each node with every place that
 * states its amount — its own cell; a totals row (JUMLAH) or a unit row standing for the whole; a detail table's
 * row of the same programme, kegiatan or sub kegiatan (by code, else by name); a detail table's Total over exactly
 * a node's children; the DPA figures the planner gave.
 */
import type { Amount, BudgetTable, RecomputedTable } from '../../model';
import type { DpaFigure, Lang } from '../../settings';
import { amountOf, usable, type AmountColumn } from '../amounts';
import { LEVEL, LEVEL_NAMES } from '../levels';
import { budgetColumns, listOf, type BudgetColumns } from '../table';
import { nameWords, SIMILAR_NAME, wordsSimilarity } from '../../rules/budget/name-match';
import { hasItemGroups, itemsSum } from '../item-groups';
import { recalculationOf, type Recalculated } from '../recalculate';
import { matchRows } from './match';
import type { WorkbookFigure } from './workbook-figures';
import { DPA_WEIGHT, type ColumnEvidence, type EvidenceNode, type Observation } from './evidence';
import { statedTree, type StatedTree } from './stated-tree';
import { levelWord, sourceLabel } from './words';

/** What row i adds up: its coded or numbered children, or for a totals row the top-level rows in its scope. */
function addendsOf(table: BudgetTable, i: number): number[] {
  return listOf(budgetColumns(table).addends, i);
}

export type { DpaFigure } from '../../settings';

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
  const cols = budgetColumns(table);
  const roots = Array.from(cols.roots).filter((i) => !isTotalLikeAt(cols, i));
  const tree = statedTree(cols, column, roots);
  const top: EvidenceNode = { row: -1, name: '', level: '', children: [], observations: [] };
  // Every figure stated for a row besides its own cell, in the order found; the rows they are on keep their own nodes.
  const extra = new Map<number, Observation[]>();
  const note = (i: number, o: Observation): void => {
    const list = extra.get(i);
    if (list) list.push(o);
    else extra.set(i, [o]);
  };
  const groups: { row: number; name: string; members: number[]; stated: Observation | undefined }[] = [];
  // A sub kegiatan's line items grouped by kode rekening (its DPA lines) state its amount too.
  let recalculated: Recalculated | undefined;
  // A table without line items (most) has nothing to look for.
  for (let i = 0; i < cols.n && cols.items.list.length > 0; i++) {
    if (cols.items.start[i] === cols.items.start[i + 1] || tree.inTree[i] !== 1) continue;
    recalculated ??= recalculationOf(main);
    const lines = itemGroupsObservation(recalculated, table.sheet, i, column, lang);
    if (lines) note(i, lines);
  }
  for (const i of totalLikeRows(cols)) {
    const isTotal = cols.level[i] === LEVEL.total;
    const addends = isTotal ? listOf(cols.addends, i) : [];
    const uraian = cols.uraian[i];
    if (isTotal && addends.length !== cols.roots.length) {
      // A subtotal over one top-level row ("Sub Total Program …" under a programme row left blank) states that row's amount.
      const target = addends.length === 1 && tree.inTree[addends[0]] === 1 ? addends[0] : -1;
      const o = target >= 0 ? observation(cols.amount(i, column), table.sheet, 'total', uraian.trim()) : undefined;
      if (o) note(target, o);
      // Over several ("Jumlah Urusan …"): it states the sum of those, a node of its own between them and the top.
      else if (addends.length > 1) groups.push({ row: i, name: uraian.trim(), members: addends, stated: observation(cols.amount(i, column), table.sheet, 'total', uraian.trim()) });
      continue;
    }
    const o = observation(cols.amount(i, column), table.sheet, 'total', isTotal ? uraian.trim() || 'JUMLAH' : sourceLabel('unit', lang, uraian));
    if (o) top.observations.push(o);
  }

  for (const detail of details) {
    if (!hasColumn(detail.table, column)) continue;
    const source = isRencanaKerja(detail.table) ? 'rencana' : 'detail';
    const matched = matchRows(detail.table, table);
    const place = sourceLabel(source, lang, detail.table.sheet);
    matched.forEach((mainIndex, detailIndex) => {
      const detailRow = detail.table.rows[detailIndex];
      const o = observation(amountOf(detailRow, column), detail.table.sheet, source, place, addendsOf(detail.table, detailIndex).length > 0);
      if (tree.inTree[mainIndex] === 1 && o) note(mainIndex, o);
    });
    // A Total over rows that are exactly one node's children (or the whole table's roots) states that node's amount.
    detail.table.rows.forEach((r, i) => {
      if (r.level !== 'total') return;
      const covered = addendsOf(detail.table, i).map((k) => matched.get(k));
      if (covered.length === 0 || covered.some((k) => k === undefined)) return;
      const target = coveredRow(covered as number[], cols, roots, tree.inTree);
      const o = observation(amountOf(r, column), detail.table.sheet, source, sourceLabel('detailTotal', lang, detail.table.sheet));
      if (target === undefined || !o) return;
      if (target < 0) top.observations.push(o);
      else note(target, o);
    });
  }

  if (column === 'pagu') {
    const byKode = (kode: string): number | undefined => firstInOrder(tree, (i) => cols.codes.get(i) === kode);
    for (const f of stated.dpa) {
      const target = f.kode ? byKode(f.kode) : -1;
      const o: Observation = { value: f.pagu, sheet: f.sheet ?? '', cell: f.cell ?? '', source: 'dpa', weight: DPA_WEIGHT, label: 'DPA' };
      if (target === -1) top.observations.push(o);
      else if (target !== undefined) note(target, o);
    }
    for (const f of stated.pk) {
      const target = f.kode ? byKode(f.kode) : f.name ? namedProgram(f.name, programsOf(tree, cols), cols) : -1;
      const o: Observation = { value: f.pagu, sheet: f.sheet, cell: f.cell, source: 'pk', weight: 1, label: sourceLabel('pk', lang, f.sheet) };
      if (target === -1) top.observations.push(o);
      else if (target !== undefined) note(target, o);
    }
  }

  // A subtree that agrees throughout (every stated parent is the sum of its rows, nothing else states a figure in it) is one folded node.
  const agrees = agreeingRows(cols, tree, extra);
  const { start, list } = cols.addends;
  const nodes = new Map<number, EvidenceNode>();
  const nodeOf = (i: number): EvidenceNode => {
    let node = nodes.get(i);
    if (node) return node;
    node = ownNode(cols, i, column, table.sheet, lang);
    nodes.set(i, node);
    const more = extra.get(i);
    if (more) node.observations.push(...more);
    if (agrees[i] === 1 && start[i] < start[i + 1]) node.folded = { value: tree.natural[i], free: tree.free[i] };
    else for (let p = start[i]; p < start[i + 1]; p++) node.children.push(nodeOf(list[p]));
    return node;
  };
  for (const r of roots) top.children.push(nodeOf(r));
  for (const g of groups) groupUnder(top, g.row, g.name, g.members.map((k) => nodes.get(k)), g.stated);
  let cells: Map<string, number> | undefined;
  // The rows inside folded subtrees as nodes for the explanations; kept apart from `nodes`, whose rows are the tree's own.
  const shown = new Map<number, EvidenceNode[]>();
  const foldedNodeOf = (i: number): EvidenceNode => {
    const node = ownNode(cols, i, column, table.sheet, lang);
    if (start[i] < start[i + 1]) node.folded = { value: tree.natural[i], free: tree.free[i] };
    return node;
  };
  return {
    column,
    top,
    unfold: (node) => {
      if (!node.folded) return;
      delete node.folded;
      for (let p = start[node.row]; p < start[node.row + 1]; p++) node.children.push(nodeOf(list[p]));
    },
    childrenOf: (node) => {
      if (!node.folded) return node.children;
      let kids = shown.get(node.row);
      if (!kids) {
        kids = [];
        for (let p = start[node.row]; p < start[node.row + 1]; p++) kids.push(foldedNodeOf(list[p]));
        shown.set(node.row, kids);
      }
      return kids;
    },
    statedValue: (row) => (row >= 0 && row < cols.n && tree.inTree[row] === 1 && !nodes.has(row) ? tree.natural[row] : undefined),
    foldedObservation: (sheet, cell) => {
      if (sheet !== table.sheet || cell === '') return undefined;
      cells ??= cellsOfFoldedRows(cols, column, tree.order.subarray(0, tree.size), nodes);
      const row = cells.get(cell);
      const own = row === undefined ? undefined : ownNode(cols, row, column, table.sheet, lang).observations[0];
      return row === undefined || !own ? undefined : { node: row, observation: own };
    },
  };
}

/** The rows whose subtree agrees throughout: each stated parent is its rows' sum, and no other figure is stated in it. */
function agreeingRows(cols: BudgetColumns, tree: StatedTree, extra: Map<number, Observation[]>): Uint8Array {
  const agrees = new Uint8Array(cols.n);
  const { start, list } = cols.addends;
  const { post, disagrees } = tree;
  for (let q = 0; q < tree.size; q++) {
    const i = post[q];
    if (disagrees[i] === 1) continue;
    let all = true;
    for (let p = start[i]; p < start[i + 1] && all; p++) all = agrees[list[p]] === 1;
    if (all && !extra.has(i)) agrees[i] = 1;
  }
  return agrees;
}

/** The totals rows, and the unit rows that parent nothing: the rows that state the whole. The same for every column of a table. */
function totalLikeRows(cols: BudgetColumns): number[] {
  const known = totalLike.get(cols);
  if (known) return known;
  const out: number[] = [];
  const { level } = cols;
  for (let i = 0; i < cols.n; i++) if ((level[i] === LEVEL.total || level[i] === LEVEL.unit) && isTotalLikeAt(cols, i)) out.push(i);
  totalLike.set(cols, out);
  return out;
}

const totalLike = new WeakMap<BudgetColumns, number[]>();

/** A row's node with its own cell as its one observation (a blank leaf's counts as 0), no children yet. */
function ownNode(cols: BudgetColumns, i: number, column: AmountColumn, sheet: string, lang: Lang): EvidenceNode {
  const level = LEVEL_NAMES[cols.level[i]];
  const node: EvidenceNode = { row: i, name: cols.codes.get(i) ?? cols.uraian[i].trim(), level: levelWord(level, lang), children: [], observations: [] };
  const leaf = cols.addends.start[i] === cols.addends.start[i + 1];
  const amount = cols.amount(i, column);
  const own = observation(amount, sheet, 'own', level === 'unit' ? sourceLabel('unit', lang, cols.uraian[i]) : node.level, !leaf);
  if (own) node.observations.push(own);
  // A blank leaf counts as 0, as the recalculation takes it.
  else if (leaf) node.observations.push({ value: 0, sheet, cell: amount?.cell ?? '', source: 'own', weight: 1, label: node.level });
  return node;
}

/** The cells of the rows inside folded subtrees (rows in the tree without a node of their own), to their rows. */
function cellsOfFoldedRows(cols: BudgetColumns, column: AmountColumn, order: Int32Array, nodes: Map<number, EvidenceNode>): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of order) {
    if (nodes.has(i)) continue;
    const cell = cols.amount(i, column)?.cell ?? '';
    if (cell !== '' && !out.has(cell)) out.set(cell, i);
  }
  return out;
}

/** A totals row, or a unit row that parents nothing: it states the whole. */
function isTotalLikeAt(cols: BudgetColumns, i: number): boolean {
  const level = cols.level[i];
  if (level === LEVEL.total) return true;
  if (level !== LEVEL.unit) return false;
  const { start } = cols.children;
  return start[i] === start[i + 1];
}

/** The first row of the tree, in its order, that `test` accepts. */
function firstInOrder(tree: StatedTree, test: (i: number) => boolean): number | undefined {
  for (let q = 0; q < tree.size; q++) if (test(tree.order[q])) return tree.order[q];
  return undefined;
}

/** The programme rows of the tree, in its order. */
function programsOf(tree: StatedTree, cols: BudgetColumns): number[] {
  const out: number[] = [];
  for (let q = 0; q < tree.size; q++) if (cols.level[tree.order[q]] === LEVEL.program) out.push(tree.order[q]);
  return out;
}

/** The programme a named line stands for: clearly the most alike by name, else none. */
function namedProgram(name: string, programs: number[], cols: BudgetColumns): number | undefined {
  const words = nameWords(name);
  let best: number | undefined;
  let bestScore = 0;
  let second = 0;
  for (const p of programs) {
    const score = wordsSimilarity(words, nameWords(cols.uraian[p]));
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = p;
    } else if (score > second) second = score;
  }
  return bestScore >= SIMILAR_NAME && second < bestScore ? best : undefined;
}

/** The row whose addends are exactly `rows` (main-table indices), -1 for the top when they are all the roots. */
function coveredRow(rows: number[], cols: BudgetColumns, roots: number[], inTree: Uint8Array): number | undefined {
  const set = new Set(rows);
  if (set.size !== rows.length) return undefined;
  const same = (list: number[]): boolean => list.length === set.size && list.every((k) => set.has(k));
  if (same(roots)) return -1;
  const parent = cols.parent[rows[0]];
  if (parent < 0 || !same(listOf(cols.addends, parent))) return undefined;
  return inTree[parent] === 1 ? parent : undefined;
}

function itemGroupsObservation({ columns, values }: Recalculated, sheet: string, i: number, column: AmountColumn, lang: Lang): Observation | undefined {
  if (!hasItemGroups(columns, i)) return undefined;
  const label = lang === 'en' ? 'its kode rekening lines' : 'rincian kode rekening di bawahnya';
  return { value: itemsSum(columns, values, i, column), sheet, cell: '', source: 'lines', weight: 1, label };
}

/** A subtotal over several top-level rows: a node between them and the top, stating their sum. */
function groupUnder(top: EvidenceNode, row: number, name: string, members: (EvidenceNode | undefined)[], stated: Observation | undefined): void {
  if (members.some((m) => m === undefined || !top.children.includes(m))) return;
  const children = members as EvidenceNode[];
  const at = top.children.indexOf(children[0]);
  top.children = top.children.filter((c) => !children.includes(c));
  top.children.splice(at, 0, { row, name, level: name, children, observations: stated ? [stated] : [] });
}
