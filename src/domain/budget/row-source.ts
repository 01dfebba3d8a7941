/**
 * Where the budget builder reads a table's cells from: straight off the grid through a RowCursor (what
 * analyzeWorkbook does — no row or cell objects for a 100,000-row Tabel 3.1), or from rows already
 * mapped (extractRows' output, the tests' fixtures). Both answer the same questions the same way, so
 * one builder serves both and gives the same table.
 */
import { a1, columnLetter, type Cell, type Grid } from '../grid/grid';
import { RowCursor } from '../mapping/extract';
import type { ColumnRole, MappedRow, SheetMapping } from '../mapping/types';

export type BudgetRole = Extract<ColumnRole, 'kode' | 'no' | 'uraian' | 'pagu' | 'target' | 'realisasi' | 'capaian'>;

export interface RowSource {
  /** Candidate rows, loaded by position 0 … count − 1. */
  readonly count: number;
  /** Loads position i; false when it is no row at all (a blank row the cursor skips). */
  load(i: number): boolean;
  /** 1-based Excel row of the loaded row. */
  row(): number;
  cell(role: BudgetRole): Cell | undefined;
  /** Whether the loaded row has a mapped cell for the role (an empty cell counts; a role the mapper left out does not). */
  has(role: BudgetRole): boolean;
  /** A1 address of the role's cell; the column's address on this row when the mapper left the cell out; '' with no column. */
  address(role: BudgetRole, column: string | undefined): string;
}

/** Rows already mapped. */
export function mappedRowSource(rows: MappedRow[]): RowSource {
  let current: MappedRow = rows[0];
  return {
    count: rows.length,
    load(i) {
      current = rows[i];
      return true;
    },
    row: () => current.row,
    cell: (role) => current.cells[role]?.cell,
    has: (role) => current.cells[role] !== undefined,
    address(role, column) {
      const mc = current.cells[role];
      if (mc) return mc.address;
      return column !== undefined ? `${column}${current.row}` : '';
    },
  };
}

const ROLES: BudgetRole[] = ['kode', 'no', 'uraian', 'pagu', 'target', 'realisasi', 'capaian'];

/** The grid's data rows, one at a time through a cursor: nothing is made per row or cell but the addresses asked for. */
export function gridRowSource(grid: Grid, sheet: SheetMapping): RowSource {
  const cursor = new RowCursor(grid, sheet);
  // Slot and column letter per role, looked up once (plain records: read for every cell).
  const slots = {} as Record<BudgetRole, number>;
  const letters = {} as Record<BudgetRole, string>;
  for (const role of ROLES) {
    slots[role] = cursor.slotOf(role);
    letters[role] = slots[role] >= 0 ? columnLetter(cursor.columnOf(slots[role])) : '';
  }
  const slotOf = (role: BudgetRole): number => slots[role];
  return {
    count: Math.max(cursor.last - cursor.first + 1, 0),
    load: (i) => cursor.load(cursor.first + i),
    row: () => cursor.row,
    cell: (role) => cursor.cell(slotOf(role)),
    has: (role) => slotOf(role) >= 0,
    address(role, column) {
      const slot = slotOf(role);
      if (slot < 0) return column !== undefined ? `${column}${cursor.row}` : '';
      const fromRow = cursor.sourceRow(slot);
      const fromCol = cursor.sourceCol(slot);
      // The cell's own address, or a merge's top-left: the same strings extractRows gives.
      if (fromRow === cursor.row - 1 && fromCol === cursor.columnOf(slot)) return letters[role] + String(cursor.row);
      return a1(fromRow, fromCol);
    },
  };
}
