/**
 * MappedRow[] built by hand the way the mapping hands them over: one row per data row, cells by role
 * with their A1 addresses. Strings are text cells as typed; numbers are number cells shown the
 * Indonesian way (amounts "#,##0", percentages "0.00"); '' and null are empty cells (left out).
 */
import type { Cell } from '../../src/domain/grid/grid';
import type { ColumnMapping, MappedRow, SheetKind, SheetMapping } from '../../src/domain/mapping/types';
import { formatPercent, formatRupiah } from '../../src/domain/parse/format';

export type Typed = string | number | null | Cell;
export type BudgetRole = 'no' | 'kode' | 'uraian' | 'pagu' | 'target' | 'realisasi' | 'capaian';

export interface Layout {
  sheet: string;
  kind: Extract<SheetKind, 'tabel-3.1' | 'detail'>;
  firstRow: number;
  /** Roles in the order the line arrays give them, with their column letters. */
  columns: [BudgetRole, string][];
  title?: string;
}

function toCell(role: BudgetRole, v: Typed): Cell | undefined {
  if (v === null || v === '') return undefined;
  if (typeof v === 'string') return { value: v };
  if (typeof v === 'number') {
    if (role === 'capaian') return { value: v, numberFormat: '0.00', text: formatPercent(v) };
    if (role === 'pagu' || role === 'target' || role === 'realisasi') return { value: v, numberFormat: '#,##0', text: formatRupiah(v) };
    return { value: v, text: String(v) };
  }
  return v;
}

export function sheetMapping(layout: Layout): SheetMapping {
  const columns: ColumnMapping[] = layout.columns.map(([role, column]) => ({ column, role }));
  return {
    sheet: layout.sheet,
    kind: layout.kind,
    firstDataRow: layout.firstRow,
    columns,
    ...(layout.title !== undefined ? { title: layout.title } : {}),
  };
}

/** Lines may be shorter than the layout: missing trailing cells are empty (the mapper leaves them out). */
export function mappedRows(layout: Layout, lines: Typed[][]): MappedRow[] {
  return lines.map((line, i) => {
    const row = layout.firstRow + i;
    const cells: MappedRow['cells'] = {};
    layout.columns.forEach(([role, column], c) => {
      const cell = toCell(role, line[c] ?? null);
      if (cell) cells[role] = { cell, address: `${column}${row}` };
    });
    return { row, cells };
  });
}
