/** What one analysis of a workbook yields: the shape every face (CLI, task pane, ribbon) consumes. */
import type { Finding } from './findings';
import type { SheetKind, WorkbookMapping } from './mapping/types';
import type { ActivityTable, IndicatorResult, IndicatorTable, RecomputedTable } from './model';
import type { Period, Settings } from './settings';
import type { Settlement } from './budget/settle';

export interface Analysis {
  mapping: WorkbookMapping;
  /** The period in force: settings, else the mapping's detected period. */
  period?: Period;
  settings: Settings;
  sheets: { name: string; kind: SheetKind }[];
  /** Tabel 3.1 sheets first, then detail sheets, in workbook order. */
  budgets: RecomputedTable[];
  /** What each Tabel 3.1's amounts most likely are, weighing every table (budget/settle); absent in analyses made elsewhere. */
  settlement?: Settlement;
  indicators: { table: IndicatorTable; results: IndicatorResult[] }[];
  activities: ActivityTable[];
  /** Sorted by sheet order, then row, then column. */
  findings: Finding[];
}
