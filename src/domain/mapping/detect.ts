/**
 * Detecting the mapping of a workbook: for every input sheet, its tables (a new header row starts a new
 * table; per-unit blocks are tables of their own), each table's kind, the role of each column and the rows its
 * data occupies, and what the planner should be told about that reading (notes.ts).
 */
import { a1, cellAt, columnLetter, gridEndRow, type Grid } from '../grid/grid';
import { isBlankCell } from './text';
import type { ColumnMapping, ColumnRole, SheetKind, SheetMapping, WorkbookMapping } from './types';
import { locateHeader, nextHeaderBelow, readLayout, type HeaderColumn, type HeaderContext, type HeaderLayout } from './header';
import { correctBudgetRoles, type RoleCorrection } from './content-roles';
import { classifySheet, columnOf, isBudgetCandidate, type DataRange } from './classify';
import { tableContents, type PlannedColumns } from './table-contents';
import { firstDataRowOf, lastDataRowIn } from './data-rows';
import { detectPeriodEvidence } from './period';
import { findTitle } from './title';
import type { Period } from '../settings';
import { kodeView } from './kode-view';
import { columnChoiceNote, sheetNotCheckedNote, type MappingNote, type MissingReason } from './notes';
import { holdsFigures } from './figures';
import { splitBlocks } from './blocks';
import { markDetailTables } from './detail-tables';
import { chooseByEvidence } from './choice-evidence';
import { withKodeByContent, withKodeInUraian } from './kode-in-uraian';
import { repeatsHeader } from './repeated-header';
import type { ColumnChoice } from './column-choice';
import { currencyColumns } from './currency-columns';

export { headerWarnings, type HeaderWarning } from './warnings';

export interface SheetDetection {
  /** The sheet's first table (or its unknown mapping). */
  mapping: SheetMapping;
  /** Every table found on the sheet, in row order; one unknown mapping when none was understood. */
  tables: SheetMapping[];
  /** Columns of the first table whose contents overruled their header. */
  corrections: RoleCorrection[];
  notes: MappingNote[];
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

function unknownMapping(grid: Grid): SheetMapping {
  return { sheet: grid.name, kind: 'unknown', columns: [] };
}

function toColumnMappings(columns: HeaderColumn[]): ColumnMapping[] {
  return columns
    .filter((c) => c.role !== undefined)
    .map((c) => {
      const mapped: ColumnMapping = { column: columnLetter(c.col), role: c.role ?? 'ignore', header: c.text };
      if (c.hidden) mapped.hidden = true;
      return mapped;
    });
}

interface TableDetection {
  mapping?: SheetMapping;
  corrections: RoleCorrection[];
  /** Why the table was not understood, when it was not. */
  missing?: MissingReason;
  /** The header's column choices, with word-less ties settled by the rows (choice-evidence.ts). */
  choices?: ColumnChoice[];
}

/**
 * A split kode reads as one kode column for the sheet's kind: the first part's column, holding the joined codes
 * of the view (kode-view.ts).
 */
function withJoinedKode(columns: HeaderColumn[]): HeaderColumn[] {
  if (columnOf(columns, 'kode') || !columnOf(columns, 'kodeBagian')) return columns;
  const first = columnOf(columns, 'kodeBagian');
  return columns.map((c) => (c === first ? { ...c, role: 'kode' as const } : c));
}

/** What was missing for the kind the table came closest to. */
function missingFor(columns: HeaderColumn[], codes: boolean): MissingReason {
  const has = (role: ColumnRole): boolean => columnOf(columns, role) !== undefined;
  if (has('pagu') || has('realisasi')) {
    const kode = columnOf(columns, 'kode');
    if (!kode && !has('no')) return { kind: 'no-column', role: 'kode' };
    if (kode && !codes) return { kind: 'no-codes', column: columnLetter(kode.col) };
    if (!has('realisasi')) return { kind: 'no-column', role: 'realisasi' };
    if (!has('pagu')) return { kind: 'no-column', role: 'pagu' };
  }
  if (has('indikator')) return { kind: 'no-column', role: has('target') ? 'realisasi' : 'target' };
  return { kind: 'unread-headers', headers: columns.filter((c) => !c.role).map((c) => c.leafText) };
}

/** One table under a known header and data rows. */
function detectTable(grid: Grid, read: HeaderLayout, data: DataRange): TableDetection {
  // A column of codes under no kode header, or a name column whose texts start with codes, is the kode column (kode-in-uraian.ts).
  const header = withKodeInUraian(grid, withKodeByContent(grid, read, data), data);
  const columns = withJoinedKode(header.columns.map((c) => ({ ...c })));
  const provisional: SheetMapping = {
    sheet: grid.name,
    kind: 'tabel-3.1',
    headerRow: header.top + 1,
    headerRows: header.rows,
    firstDataRow: data.first + 1,
    lastDataRow: data.last + 1,
    columns: toColumnMappings(header.columns),
  };
  // Codes are judged as the builder will read them: parts joined, bidang padded.
  const view = kodeView(grid, provisional).grid;
  const budget = isBudgetCandidate(columns);
  const contents = tableContents(view, data, plannedColumns(columns, budget));
  const corrections = budget ? correctBudgetRoles(columns, (c) => contents.kindOf(c)) : [];
  const choices = budget ? chooseByEvidence(view, columns, header.choices, data) : header.choices;
  const codesIn = (kode: HeaderColumn): boolean => contents.holdsBudgetCodes(kode);
  let kind = classifySheet(view, columns, data, codesIn);
  let chosen = columns;
  if (!BUDGET_KINDS.includes(kind) && corrections.length > 0) {
    // The corrections only make sense for a budget table; judge other sheets by their headers alone.
    chosen = withJoinedKode(header.columns);
    kind = classifySheet(view, chosen, data, codesIn);
  }
  if (kind === 'unknown') {
    const kode = columnOf(columns, 'kode');
    return { corrections: [], missing: missingFor(header.columns, kode !== undefined && codesIn(kode)) };
  }
  // The mapping names the parts, not the joined column: a planner edits the columns the sheet shows.
  const named = chosen.map((c, i) => (c.role === 'kode' && header.columns[i]?.role === 'kodeBagian' ? { ...c, role: 'kodeBagian' as const } : c));
  const mapping: SheetMapping = {
    sheet: grid.name,
    kind,
    headerRow: header.top + 1,
    headerRows: header.rows,
    firstDataRow: data.first + 1,
    columns: toColumnMappings(named),
  };
  if (data.last >= data.first) mapping.lastDataRow = data.last + 1;
  if (TITLED_KINDS.includes(kind)) {
    const title = findTitle(grid, header.top);
    if (title !== undefined) mapping.title = title;
  }
  return { mapping, corrections: chosen === columns ? corrections : [], choices: chosen === columns ? choices : header.choices };
}

/** A table headed by an indicator column with indicators under it: a table of indicators, whatever its values look like. */
function holdsIndicators(grid: Grid, header: HeaderLayout, data: DataRange): boolean {
  const indikator = columnOf(header.columns, 'indikator');
  if (!indikator) return false;
  for (let r = data.first; r <= data.last; r++) if (!isBlankCell(cellAt(grid, r, indikator.col))) return true;
  return false;
}

function contextOf(context: number | HeaderContext | undefined): HeaderContext {
  return typeof context === 'number' ? { year: context } : (context ?? {});
}

/** The rows under a header: its first data row, the next table's header below it, and its data rows. */
function tableRowsUnder(grid: Grid, header: HeaderLayout, ctx: HeaderContext): { first: number; next: HeaderLayout | undefined; data: DataRange } {
  const first = firstDataRowOf(grid, header.top, header.rows, header.columns);
  let next = nextHeaderBelow(grid, first, ctx);
  // The header printed again at a page break continues the table (repeated-header.ts).
  while (next && repeatsHeader(header, next)) next = nextHeaderBelow(grid, next.top + next.rows, ctx);
  const data: DataRange = { first, last: lastDataRowIn(grid, first, next ? next.top - 1 : gridEndRow(grid) - 1, header.columns, next !== undefined) };
  return { first, next, data };
}

/** Decide one sheet: its tables, the first table's corrected roles, and the notes for the planner. */
export function detectSheet(grid: Grid, context?: number | HeaderContext): SheetDetection {
  const ctx = contextOf(context);
  const tables: SheetMapping[] = [];
  const notes: MappingNote[] = [];
  let corrections: RoleCorrection[] | undefined;
  let header = locateHeader(grid, ctx);
  if (!header && holdsFigures(grid, grid.originRow, gridEndRow(grid) - 1)) {
    notes.push(sheetNotCheckedNote(grid.name, a1(grid.originRow, grid.originCol), { kind: 'no-header' }));
  }
  while (header) {
    let { first, next, data } = tableRowsUnder(grid, header, ctx);
    // A column of "Rp" under an amount's merged header holds no figure: the header is read without it.
    const currency = currencyColumns(grid, header.columns, data.first, data.last);
    if (currency.length > 0) {
      header = readLayout(grid, header.top, header.rows, ctx, currency);
      ({ first, next, data } = tableRowsUnder(grid, header, ctx));
    }
    const table = detectTable(grid, header, data);
    corrections ??= table.corrections;
    if (table.mapping) {
      for (const choice of table.choices ?? header.choices) notes.push(columnChoiceNote(grid.name, choice));
      tables.push(...(table.mapping.kind === 'tabel-3.1' ? splitBlocks(kodeView(grid, table.mapping).grid, table.mapping) : [table.mapping]));
    } else if (table.missing && (holdsFigures(grid, first, data.last) || holdsIndicators(grid, header, data))) {
      const rows: [number, number] | undefined = next || tables.length > 0 ? [header.top + 1, data.last + 1] : undefined;
      notes.push(sheetNotCheckedNote(grid.name, header.columns[0]?.leafCell ?? a1(header.top, grid.originCol), table.missing, rows));
    }
    header = next;
  }
  const mappings = tables.length > 0 ? tables : [unknownMapping(grid)];
  return { mapping: mappings[0], tables: mappings, corrections: corrections ?? [], notes };
}

export interface WorkbookDetection {
  mapping: WorkbookMapping;
  notes: MappingNote[];
}

/**
 * Detect the mapping of every sheet (skip grids with generatedBy set; they are Lapkin's own), with the notes.
 * The mapping's period stays the titles' evidence; `period` only reads the headers.
 */
export function detectWorkbook(grids: Grid[], period?: Period): WorkbookDetection {
  const evidence = detectPeriodEvidence(grids);
  // A period the planner set decides which "Target TW …" is the quarter's; the titles' evidence otherwise.
  const context: HeaderContext = { year: period?.year ?? evidence.year, quarter: period?.quarter ?? evidence.quarter };
  const sheets: SheetMapping[] = [];
  const notes: MappingNote[] = [];
  for (const grid of grids.filter((g) => !g.generatedBy)) {
    const detection = detectSheet(grid, context);
    sheets.push(...detection.tables);
    notes.push(...detection.notes);
  }
  const mapping: WorkbookMapping = { version: 1, sheets: markDetailTables(grids, sheets) };
  if (evidence.year !== undefined && evidence.quarter !== undefined) mapping.period = { year: evidence.year, quarter: evidence.quarter };
  return { mapping, notes };
}

/** Detect the mapping of every sheet (skip grids with generatedBy set; they are Lapkin's own). */
export function detectMapping(grids: Grid[]): WorkbookMapping {
  return detectWorkbook(grids).mapping;
}
