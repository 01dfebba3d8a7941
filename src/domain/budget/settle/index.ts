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
import { gatherEvidence, type DpaFigure, type StatedFigures } from './gather';
import { DPA_TITLE, type WorkbookFigure } from './workbook-figures';
import { amountOf, usable } from '../amounts';
import { settleColumn, type ColumnSettlement, type Fault } from './solve';

export type { DpaFigure } from './gather';
export type { ColumnSettlement, Fault, GroupFault, SplitFault, WrongCell } from './solve';
export type { EvidenceNode, Observation } from './evidence';
export { dpaInGrids, pkBudgetInGrids, type WorkbookFigure } from './workbook-figures';

export interface TableSettlement {
  recomputed: RecomputedTable;
  columns: Partial<Record<AmountColumn, ColumnSettlement>>;
}

export interface Settlement {
  tables: TableSettlement[];
}

/** Figures the workbook states outside its budget tables (workbook-figures.ts reads them off the grids). */
export interface WorkbookFigures {
  dpa: WorkbookFigure[];
  pk: WorkbookFigure[];
}

/**
 * A budget table that is the DPA itself: no realisasi, and its title or its sheet names it ("DPA …", "Dokumen
 * Pelaksanaan Anggaran"). A planner names one so in the mapping (a sheet entry with such a title).
 */
export function isDpaTable(recomputed: RecomputedTable): boolean {
  const { table } = recomputed;
  return table.columns.realisasi === undefined && (DPA_TITLE.test(table.title ?? '') || DPA_TITLE.test(table.sheet));
}

/** The pagu figures of a DPA table: each coded row's, and a totals row's for the whole unit. */
function figuresOfDpaTable(recomputed: RecomputedTable): WorkbookFigure[] {
  const out: WorkbookFigure[] = [];
  for (const row of recomputed.table.rows) {
    const amount = amountOf(row, 'pagu');
    const pagu = usable(amount);
    if (pagu === null || Number.isNaN(pagu) || !amount) continue;
    const at = { pagu, sheet: recomputed.table.sheet, cell: amount.cell };
    if (row.level === 'total') out.push(at);
    else if (row.kode !== undefined && row.level !== 'unit' && row.level !== 'rincian') out.push({ kode: row.kode, ...at });
  }
  return out;
}

/** The planner's own figures first; a workbook figure for a code (or the whole) the planner gave is left out. */
function dpaInForce(given: DpaFigure[], stated: WorkbookFigure[]): StatedFigures['dpa'] {
  const key = (f: { kode?: string }): string => f.kode ?? '';
  const givenKeys = new Set(given.map(key));
  return [...given, ...stated.filter((f) => !givenKeys.has(key(f)))];
}

export function settleBudgets(budgets: RecomputedTable[], dpa: DpaFigure[], lang: Lang, workbook: WorkbookFigures = { dpa: [], pk: [] }): Settlement {
  const dpaTables = budgets.filter(isDpaTable);
  const mains = budgets.filter((b) => b.table.kind === 'tabel-3.1' && !dpaTables.includes(b));
  const details = budgets.filter((b) => b.table.kind === 'detail' && !dpaTables.includes(b));
  const inForce = dpaInForce(dpa, [...workbook.dpa, ...dpaTables.flatMap(figuresOfDpaTable)]);
  // The DPA and PK figures are the unit's: with several Tabel 3.1, each takes those whose code it has (the whole-unit figure only with one).
  const stated: StatedFigures = mains.length === 1 ? { dpa: inForce, pk: workbook.pk } : { dpa: inForce.filter((f) => f.kode), pk: workbook.pk.filter((f) => f.kode) };
  return {
    tables: mains.map((recomputed) => {
      const columns: TableSettlement['columns'] = {};
      for (const column of AMOUNT_COLUMNS) {
        const evidence = gatherEvidence(recomputed, details, column, stated, lang);
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
  return column.evidence.foldedObservation(sheet, cell);
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
