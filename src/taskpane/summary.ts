/** What the pane shows after a recalculation or a report: the Tabel 3.1 totals, the findings count, one bar per program. */
import type { Analysis } from '../domain/analysis';
import { topLevelRows } from '../domain/budget/table';
import type { RecomputedTable } from '../domain/model';
import { unitTotals } from '../domain/budget/settle';
import { sheetsNotChecked } from '../domain/findings';

export interface ChartBar {
  /** "4.01.02 Program Penataan Organisasi" */
  label: string;
  pagu: number;
  realisasi: number;
  /** percent, null where pagu is 0 */
  capaian: number | null;
}

export interface PaneSummary {
  /** Sheet the totals come from; undefined when the workbook has no budget table. */
  sheet?: string;
  pagu: number;
  realisasi: number;
  capaian: number | null;
  findings: number;
  /** Sheets with a table Lapkin could not map (sheet-not-checked): shown beside the findings when any. */
  sheetsNotChecked: number;
  bars: ChartBar[];
}

/** The first Tabel 3.1 table (else the first budget table) carries the unit's totals. */
function mainBudget(analysis: Analysis): RecomputedTable | undefined {
  return analysis.budgets.find((b) => b.table.kind === 'tabel-3.1') ?? analysis.budgets[0];
}

export function summarize(analysis: Analysis): PaneSummary {
  const budget = mainBudget(analysis);
  const notChecked = sheetsNotChecked(analysis.findings);
  if (!budget) return { pagu: 0, realisasi: 0, capaian: null, findings: analysis.findings.length, sheetsNotChecked: notChecked, bars: [] };
  // Programs are what a head of bureau compares; fall back to the roots when the sheet has no program codes.
  let rows = budget.rows.filter((r) => r.source.level === 'program');
  if (rows.length === 0) rows = topLevelRows(budget.table).map((i) => budget.rows[i]);
  const bars = rows.map((r) => ({
    label: [r.source.kode, r.source.uraian].filter(Boolean).join(' '),
    pagu: r.pagu,
    realisasi: r.realisasi,
    capaian: r.capaian,
  }));
  // The settled totals (what every stated level agrees on) where the core settled them, as the report sheet shows.
  const { pagu, realisasi, capaian } = unitTotals(analysis.settlement, budget);
  return {
    sheet: budget.table.sheet,
    pagu,
    realisasi,
    capaian,
    findings: analysis.findings.length,
    sheetsNotChecked: notChecked,
    bars,
  };
}
