/**
 * Settling a workbook's budget: for every Tabel 3.1 and amount column, the value each row most likely has (the
 * reading that changes the fewest stated cells, with the DPA figures deciding where given) and where the faults
 * are. The rules word the faults as findings (rules/budget/sums.ts); the report shows the settled values
 * (report/tabel-31-plan.ts).
 */
import type { RecomputedTable } from '../../model';
import type { Lang } from '../../settings';
import type { AmountColumn } from '../amounts';
import { AMOUNT_COLUMNS, sameAmount } from '../amounts';
import type { Observation } from './evidence';
import { gatherEvidence, type DpaFigure } from './gather';
import { settleColumn, type ColumnSettlement, type Fault } from './solve';

export type { DpaFigure } from './gather';
export type { ColumnSettlement, Fault, GroupFault, SplitFault, WrongCell } from './solve';
export type { EvidenceNode, Observation } from './evidence';

export interface TableSettlement {
  recomputed: RecomputedTable;
  columns: Partial<Record<AmountColumn, ColumnSettlement>>;
}

export interface Settlement {
  tables: TableSettlement[];
}

export function settleBudgets(budgets: RecomputedTable[], dpa: DpaFigure[], lang: Lang): Settlement {
  const mains = budgets.filter((b) => b.table.kind === 'tabel-3.1');
  const details = budgets.filter((b) => b.table.kind === 'detail');
  // The DPA figures are the unit's: with several Tabel 3.1, each takes those whose code it has (the whole-unit figure only with one).
  return {
    tables: mains.map((recomputed) => {
      const columns: TableSettlement['columns'] = {};
      const figures = mains.length === 1 ? dpa : dpa.filter((f) => f.kode);
      for (const column of AMOUNT_COLUMNS) {
        const evidence = gatherEvidence(recomputed, details, column, figures, lang);
        if (evidence) columns[column] = settleColumn(evidence);
      }
      return { recomputed, columns };
    }),
  };
}

/** The settlement of a Tabel 3.1, if it is one. */
export function settlementOf(settlement: Settlement | undefined, recomputed: RecomputedTable): TableSettlement | undefined {
  return settlement?.tables.find((t) => t.recomputed === recomputed || t.recomputed.table === recomputed.table);
}

/** What the settlement says of one stated cell: right (its value settled), wrong (with the fault), or unknown to it. */
export type CellVerdict =
  | { verdict: 'right'; column: ColumnSettlement; observation: Observation; faults: Fault[] }
  | { verdict: 'wrong'; column: ColumnSettlement; observation: Observation; expected: number; faults: Fault[] };

export function verdictOf(settlement: Settlement | undefined, sheet: string, cell: string): CellVerdict | undefined {
  if (!settlement || !cell) return undefined;
  for (const t of settlement.tables) {
    for (const column of Object.values(t.columns)) {
      if (!column) continue;
      const found = findObservation(column, sheet, cell);
      if (!found) continue;
      const value = column.values.get(found.node) ?? found.observation.value;
      const faults = column.faults.filter((f) => f.node.row === found.node);
      if (sameAmount(value, found.observation.value)) return { verdict: 'right', column, observation: found.observation, faults };
      return { verdict: 'wrong', column, observation: found.observation, expected: value, faults };
    }
  }
  return undefined;
}

function findObservation(column: ColumnSettlement, sheet: string, cell: string): { node: number; observation: Observation } | undefined {
  const stack = [column.evidence.top];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    const o = node.observations.find((x) => x.sheet === sheet && x.cell === cell);
    if (o) return { node: node.row, observation: o };
    for (const c of node.children) stack.push(c);
  }
  return undefined;
}

/**
 * A Tabel 3.1's unit totals as every face shows them: the settled ones where the settlement has them, else the
 * bottom-up sums; capaian redivided from the amounts shown.
 */
export function unitTotals(settlement: Settlement | undefined, recomputed: RecomputedTable): { pagu: number; realisasi: number; capaian: number | null } {
  const columns = settlementOf(settlement, recomputed)?.columns;
  if (!columns) return { pagu: recomputed.total.pagu, realisasi: recomputed.total.realisasi, capaian: recomputed.total.capaian };
  const pagu = columns.pagu?.values.get(-1) ?? recomputed.total.pagu;
  const realisasi = columns.realisasi?.values.get(-1) ?? recomputed.total.realisasi;
  return { pagu, realisasi, capaian: pagu === 0 ? null : (realisasi / pagu) * 100 };
}
