/** Sheet kinds, decided by the roles a header names and by what the columns hold. */
import { cellAt, type Grid } from '../grid/grid';
import type { ColumnRole, SheetKind } from './types';
import type { HeaderColumn } from './header';
import { cellShape, codesSettled, holdsCodes, profileColumn } from './content';
import { isBlankCell } from './text';
import { leadingSpaces } from '../parse/trim';
import { parseNumbering, type Numbering } from '../budget/numbering';

export interface DataRange {
  /** 0-based sheet rows, inclusive. */
  first: number;
  last: number;
}

export function columnOf(columns: HeaderColumn[], role: ColumnRole): HeaderColumn | undefined {
  return columns.find((c) => c.role === role);
}

/** A budget table names its pagu beside a kode or a numbering column. */
export function isBudgetCandidate(columns: HeaderColumn[]): boolean {
  return columnOf(columns, 'pagu') !== undefined && (columnOf(columns, 'kode') !== undefined || columnOf(columns, 'no') !== undefined);
}

/** A kode column that actually holds budget codes (4.01.02, 4.01.02.1.01.0001), not a plain numbering. */
function holdsBudgetCodes(grid: Grid, kode: HeaderColumn, data: DataRange): boolean {
  return holdsCodes(profileColumn(grid, kode.col, data.first, data.last, codesSettled));
}

/** The numbering in a "No." cell ("1", "2.", "I", "1.1", "A."), or null. */
function numberingAt(grid: Grid, row: number, col: number): Numbering | null {
  const v = cellAt(grid, row, col)?.value;
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? parseNumbering(String(v)) : null;
  return typeof v === 'string' ? parseNumbering(v) : null;
}

/**
 * A budget hierarchy told by numbering alone: numbered sub kegiatan with unnumbered line items beneath
 * (Tabel 3.2), or numbers of two levels ("I" program over "1.1" kegiatan, as in section 3.1's plan).
 */
function hasNumberedHierarchy(grid: Grid, no: HeaderColumn, uraian: HeaderColumn | undefined, data: DataRange): boolean {
  if (!uraian) return false;
  const ranks = new Set<number>();
  for (let r = data.first; r <= data.last; r++) {
    const numbering = numberingAt(grid, r, no.col);
    if (numbering) ranks.add(numbering.rank);
    else if (ranks.size > 0 && isBlankCell(cellAt(grid, r, no.col)) && !isBlankCell(cellAt(grid, r, uraian.col))) return true;
    if (ranks.size > 1) return true;
  }
  return false;
}

/**
 * The kind of a sheet. `codesIn` answers whether the kode column holds budget codes; detectSheet passes the
 * answer of its one pass over the table's columns (table-contents.ts), by default the column is read here.
 */
export function classifySheet(
  grid: Grid,
  columns: HeaderColumn[],
  data: DataRange,
  codesIn: (kode: HeaderColumn) => boolean = (kode) => holdsBudgetCodes(grid, kode, data),
): SheetKind {
  const has = (role: ColumnRole): boolean => columnOf(columns, role) !== undefined;
  const kode = columnOf(columns, 'kode');
  const no = columnOf(columns, 'no');
  const codes = kode !== undefined && codesIn(kode);
  if (codes && has('pagu') && has('realisasi')) return 'tabel-3.1';
  // A plan (pagu without realisasi, as in section 3.1's kegiatan list) is still a detail table: its sums can be checked.
  if (!codes && no && has('pagu') && hasNumberedHierarchy(grid, no, columnOf(columns, 'uraian'), data)) {
    return 'detail';
  }
  // No kode and no numbering: levels shown by leading spaces in the names alone (programme flush left, kegiatan
  // and sub kegiatan indented deeper) still make a tree whose sums can be checked.
  if (!kode && !no && has('pagu') && has('realisasi') && hasIndentedHierarchy(grid, columnOf(columns, 'uraian'), data)) return 'detail';
  if (has('indikator') && has('target') && (has('realisasi') || has('capaian'))) return 'capaian-pk';
  if (has('waktu') || has('tanggalMulai')) return 'kegiatan';
  if (isTargetTable(grid, columns, data)) return 'target-pk';
  return 'unknown';
}

/** Names typed with leading spaces at three depths at least (none among them), the shallowest flush left. */
function hasIndentedHierarchy(grid: Grid, uraian: HeaderColumn | undefined, data: DataRange): boolean {
  if (!uraian) return false;
  const depths = new Set<number>();
  for (let r = data.first; r <= data.last; r++) {
    const v = cellAt(grid, r, uraian.col)?.value;
    if (typeof v !== 'string' || v.trim() === '') continue;
    depths.add(leadingSpaces(v));
    if (depths.size >= 3 && depths.has(0)) return true;
  }
  return false;
}

/** Figures in a column on this many rows make it a column of figures. */
const FIGURE_ROWS = 2;

/**
 * A Perjanjian Kinerja or Renstra target table (Tabel 2.2: Indikator | Kondisi Awal | Target 2024 | 2025 | 2026):
 * indicators with a target and no realisasi, capaian or pagu. A column of figures under a header Lapkin does not
 * read (a realisasi it cannot name, "Output") keeps the table unknown, so it is reported as not checked rather
 * than taken for a table of targets.
 */
function isTargetTable(grid: Grid, columns: HeaderColumn[], data: DataRange): boolean {
  const has = (role: ColumnRole): boolean => columnOf(columns, role) !== undefined;
  if (!has('indikator') || !(has('target') || has('targetTahunan')) || has('realisasi') || has('capaian') || has('pagu')) return false;
  return !columns.some((c) => c.role === undefined && figureRows(grid, c.col, data) >= FIGURE_ROWS);
}

function figureRows(grid: Grid, col: number, data: DataRange): number {
  let rows = 0;
  for (let r = data.first; r <= data.last && rows < FIGURE_ROWS; r++) {
    const shape = cellShape(cellAt(grid, r, col));
    if (shape === 'amount' || shape === 'percent' || shape === 'small') rows++;
  }
  return rows;
}
