/**
 * Detecting the mapping of a workbook: for every input sheet, its header, its kind, the role of each
 * column and the rows its data occupies.
 */
import { columnLetter, type Grid } from '../grid/grid';
import type { ColumnMapping, ColumnRole, SheetKind, SheetMapping, WorkbookMapping } from './types';
import { locateHeader, type HeaderColumn, type HeaderLayout } from './header';
import { correctBudgetRoles, type RoleCorrection } from './content-roles';
import { classifySheet, columnOf, isBudgetCandidate, type DataRange } from './classify';
import { tableContents, type PlannedColumns } from './table-contents';
import { firstDataRowOf, lastDataRowOf } from './data-rows';
import { detectPeriodEvidence } from './period';
import { findTitle } from './title';

export { headerWarnings, type HeaderWarning } from './warnings';

export interface SheetDetection {
  mapping: SheetMapping;
  /** Columns whose contents overruled their header. */
  corrections: RoleCorrection[];
}

const BUDGET_KINDS: SheetKind[] = ['tabel-3.1', 'detail'];
const TITLED_KINDS: SheetKind[] = ['detail', 'kegiatan'];

/** The roles whose contents correctBudgetRoles asks about: the amount roles it may move, and the capaian. */
const CONTENT_CHECKED_ROLES: (ColumnRole | undefined)[] = ['pagu', 'target', 'realisasi', 'capaian'];

/**
 * The columns detectSheet will ask about, so they are read in one pass: the budget columns when the contents
 * are checked at all, and the kode column, whose codes classifySheet always asks for.
 */
function plannedColumns(columns: HeaderColumn[], budget: boolean): PlannedColumns {
  const values = budget ? columns.filter((c) => CONTENT_CHECKED_ROLES.includes(c.role)).map((c) => c.col) : [];
  return { values, kode: columnOf(columns, 'kode')?.col };
}

function unknownSheet(grid: Grid): SheetDetection {
  return { mapping: { sheet: grid.name, kind: 'unknown', columns: [] }, corrections: [] };
}

function toColumnMappings(columns: HeaderColumn[]): ColumnMapping[] {
  return columns
    .filter((c) => c.role !== undefined)
    .map((c) => ({ column: columnLetter(c.col), role: c.role ?? 'ignore', header: c.text }));
}

/** Decide one sheet, with the roles its contents corrected. */
export function detectSheet(grid: Grid, reportYear?: number): SheetDetection {
  const header: HeaderLayout | undefined = locateHeader(grid, reportYear);
  if (!header) return unknownSheet(grid);
  const first = firstDataRowOf(grid, header.top, header.rows, header.columns);
  const data: DataRange = { first, last: lastDataRowOf(grid, first, header.columns) };

  const columns = header.columns.map((c) => ({ ...c }));
  const budget = isBudgetCandidate(columns);
  const contents = tableContents(grid, data, plannedColumns(columns, budget));
  const corrections = budget ? correctBudgetRoles(columns, (c) => contents.kindOf(c)) : [];
  const codesIn = (kode: HeaderColumn): boolean => contents.holdsBudgetCodes(kode);
  let kind = classifySheet(grid, columns, data, codesIn);
  let chosen = columns;
  if (!BUDGET_KINDS.includes(kind) && corrections.length > 0) {
    // The corrections only make sense for a budget table; judge other sheets by their headers alone.
    chosen = header.columns;
    kind = classifySheet(grid, chosen, data, codesIn);
  }
  if (kind === 'unknown') return unknownSheet(grid);

  const mapping: SheetMapping = {
    sheet: grid.name,
    kind,
    headerRow: header.top + 1,
    headerRows: header.rows,
    firstDataRow: data.first + 1,
    columns: toColumnMappings(chosen),
  };
  if (data.last >= data.first) mapping.lastDataRow = data.last + 1;
  if (TITLED_KINDS.includes(kind)) {
    const title = findTitle(grid, header.top);
    if (title !== undefined) mapping.title = title;
  }
  return { mapping, corrections: chosen === columns ? corrections : [] };
}

/** Detect the mapping of every sheet (skip grids with generatedBy set; they are Lapkin's own). */
export function detectMapping(grids: Grid[]): WorkbookMapping {
  const evidence = detectPeriodEvidence(grids);
  const sheets = grids.filter((g) => !g.generatedBy).map((g) => detectSheet(g, evidence.year).mapping);
  const mapping: WorkbookMapping = { version: 1, sheets };
  if (evidence.year !== undefined && evidence.quarter !== undefined) mapping.period = { year: evidence.year, quarter: evidence.quarter };
  return mapping;
}
