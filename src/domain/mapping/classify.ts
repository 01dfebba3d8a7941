/** Sheet kinds, decided by the roles a header names and by what the columns hold. */
import { cellAt, type Grid } from '../grid/grid';
import type { ColumnRole, SheetKind } from './types';
import type { HeaderColumn } from './header';
import { profileColumn } from './content';
import { isBlankCell } from './text';

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
  const p = profileColumn(grid, kode.col, data.first, data.last);
  return p.code > 0 && p.code >= p.text + p.amount + p.small;
}

function isNumbered(grid: Grid, row: number, col: number): boolean {
  const v = cellAt(grid, row, col)?.value;
  if (typeof v === 'number') return Number.isInteger(v) && v > 0;
  return typeof v === 'string' && /^\d{1,3}\.?$/.test(v.trim());
}

/** Numbered sub kegiatan rows with unnumbered line items beneath them. */
function hasItemsUnderNumbers(grid: Grid, no: HeaderColumn, uraian: HeaderColumn | undefined, data: DataRange): boolean {
  if (!uraian) return false;
  let underNumber = false;
  for (let r = data.first; r <= data.last; r++) {
    if (isNumbered(grid, r, no.col)) underNumber = true;
    else if (underNumber && isBlankCell(cellAt(grid, r, no.col)) && !isBlankCell(cellAt(grid, r, uraian.col))) return true;
  }
  return false;
}

export function classifySheet(grid: Grid, columns: HeaderColumn[], data: DataRange): SheetKind {
  const has = (role: ColumnRole): boolean => columnOf(columns, role) !== undefined;
  const kode = columnOf(columns, 'kode');
  const no = columnOf(columns, 'no');
  const codes = kode !== undefined && holdsBudgetCodes(grid, kode, data);
  if (codes && has('pagu') && has('realisasi')) return 'tabel-3.1';
  if (!codes && no && has('pagu') && has('realisasi') && hasItemsUnderNumbers(grid, no, columnOf(columns, 'uraian'), data)) {
    return 'detail';
  }
  if (has('indikator') && has('target') && (has('realisasi') || has('capaian'))) return 'capaian-pk';
  if (has('waktu')) return 'kegiatan';
  return 'unknown';
}
