/**
 * sum-mismatch findings from a settlement (budget/settle): one per fault, on the cell most likely wrong, or on the
 * total whose rows do not add up to it when no single row can be blamed, or on the figure whose evidence is split.
 * A total that is wrong only because a row under it is (it adds up its rows as stated) is not reported again.
 */
import { sameAmount } from '../../budget/amounts';
import { verdictOf, type CellVerdict, type ColumnSettlement, type Fault, type Settlement, type TableSettlement, type WrongCell } from '../../budget/settle';
import { explainConfirmedTotal, explainGroup, explainSplit, explainWrongCell } from '../../budget/settle/explain';
import type { Finding } from '../../findings';
import type { BudgetLevel } from '../../model';
import { formatRupiah } from '../../parse/format';
import type { Lang } from '../../settings';
import { levelsNoun } from './words';

/** A wrong total that only carries a wrong row up: it adds up its rows as they are stated. */
export function followsChild(fault: WrongCell, faults: Fault[]): boolean {
  const { node, observation } = fault;
  if (node.children.length === 0 || observation.source === 'dpa') return false;
  let stated = 0;
  for (const c of node.children) stated += c.observations.find((o) => o.source === 'own')?.value ?? 0;
  if (!sameAmount(stated, observation.value)) return false;
  return faults.some((f) => f.kind === 'cell' && node.children.includes(f.node));
}

function findingsOfColumn(column: ColumnSettlement, sheet: string, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const here = (cell: string, s: string): boolean => cell !== '' && s === sheet;
  for (const fault of column.faults) {
    if (fault.kind === 'cell') {
      const o = fault.observation;
      // A formula total follows its cells by itself; a total that adds up a wrong row as stated follows that row.
      if (!here(o.cell, o.sheet) || (o.source !== 'own' && o.source !== 'total') || o.weight === 0 || followsChild(fault, column.faults)) continue;
      out.push({ rule: 'sum-mismatch', severity: 'error', sheet, cell: o.cell, message: explainWrongCell(fault, column, lang), expected: formatRupiah(fault.expected), actual: formatRupiah(o.value) });
      continue;
    }
    // A group or a split is reported on the node's own cell, else on a totals row standing for it.
    const own = fault.node.observations.find((o) => here(o.cell, o.sheet) && (o.source === 'own' || o.source === 'total'));
    if (!own) continue;
    const message = fault.kind === 'group' ? explainGroup(fault, column, lang) : explainSplit(fault, column, lang);
    out.push({ rule: 'sum-mismatch', severity: 'error', sheet, cell: own.cell, message, actual: formatRupiah(own.value) });
  }
  return out;
}

export function settledSumFindings(settled: TableSettlement, lang: Lang): Finding[] {
  const sheet = settled.recomputed.table.sheet;
  const out: Finding[] = [];
  for (const column of Object.values(settled.columns)) if (column) out.push(...findingsOfColumn(column, sheet, lang));
  return out;
}

/**
 * A figure the workbook states outside its budget tables (the Perjanjian Kinerja's budget, a DPA block) that the
 * settlement finds wrong: reported on its own cell. A DPA figure is wrong only when another DPA figure outweighs it.
 */
export function statedFigureFindings(settlement: Settlement, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const table of settlement.tables) {
    for (const column of Object.values(table.columns)) {
      for (const fault of column?.faults ?? []) {
        if (!column || fault.kind !== 'cell') continue;
        const o = fault.observation;
        const key = `${o.sheet}!${o.cell}`;
        if ((o.source !== 'pk' && o.source !== 'dpa') || o.cell === '' || seen.has(key)) continue;
        seen.add(key);
        out.push({ rule: 'sum-mismatch', severity: 'error', sheet: o.sheet, cell: o.cell, message: explainWrongCell(fault, column, lang), expected: formatRupiah(fault.expected), actual: formatRupiah(o.value) });
      }
    }
  }
  return out;
}

/** A detail table's total the settlement bears out, over rows that do not add up to it. */
export function groupMessageFor(verdict: CellVerdict, levels: BudgetLevel[], sum: number, lang: Lang): string {
  return explainConfirmedTotal(verdict.column, verdict.observation, { count: levels.length, level: levelsNoun(levels, lang), sum }, lang);
}

/**
 * Of a detail table's rows under a total the settlement bears out, the one row the settlement finds wrong by exactly
 * the difference: the finding belongs on it (the cell the planner must fix), not on the total.
 */
export function wrongPartOf(settlement: Settlement | undefined, sheet: string, cells: string[], difference: number, lang: Lang): Finding | undefined {
  const found: Finding[] = [];
  for (const cell of cells) {
    const verdict = verdictOf(settlement, sheet, cell);
    if (verdict?.verdict !== 'wrong') continue;
    const fault = verdict.column.faults.find((f): f is WrongCell => f.kind === 'cell' && f.observation === verdict.observation);
    if (!fault || !sameAmount(fault.observation.value - fault.expected, difference)) continue;
    found.push({ rule: 'sum-mismatch', severity: 'error', sheet, cell, message: explainWrongCell(fault, verdict.column, lang), expected: formatRupiah(fault.expected), actual: formatRupiah(fault.observation.value) });
  }
  return found.length === 1 ? found[0] : undefined;
}
