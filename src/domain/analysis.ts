/** What one analysis of a workbook yields: the shape every face (CLI, task pane, ribbon) consumes. */
import type { Finding } from './findings';
import type { SheetKind, WorkbookMapping } from './mapping/types';
import type { ActivityTable, IndicatorResult, IndicatorTable, RecomputedTable } from './model';
import type { Period, Settings } from './settings';

export interface Analysis {
  mapping: WorkbookMapping;
  /** The period in force: settings, else the mapping's detected period. */
  period?: Period;
  settings: Settings;
  sheets: { name: string; kind: SheetKind }[];
  /** Tabel 3.1 sheets first, then detail sheets, in workbook order. */
  budgets: RecomputedTable[];
  indicators: { table: IndicatorTable; results: IndicatorResult[] }[];
  activities: ActivityTable[];
  /** Sorted by sheet order, then row, then column. */
  findings: Finding[];
}
