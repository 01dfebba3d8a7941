/**
 * Where the budget builder reads a table's cells from: straight off the grid through a RowCursor (what
 * analyzeWorkbook does — no row or cell objects for a 100,000-row Tabel 3.1), or from rows already
 * mapped (extractRows' output, the tests' fixtures). Both answer the same questions the same way, so
 * one builder serves both and gives the same table.
 */
import type { Cell, Grid } from '../grid/grid';
import { RowCursor } from '../mapping/extract';
import type { ColumnRole, MappedRow, SheetMapping } from '../mapping/types';
import type { Amount } from '../model';
import { readAmount, readAmountAt, readCleanValue, type CellNotes } from '../parse/cell';

export type BudgetRole = Extract<ColumnRole, 'kode' | 'no' | 'uraian' | 'pagu' | 'target' | 'realisasi' | 'capaian'>;

export interface RowSource {
  /** Candidate rows, loaded by position 0 … count − 1. */
  readonly count: number;
  /** 1-based Excel row of position 0, where positions are sheet rows in order (a grid); 0 otherwise. */
  readonly firstRow: number;
  /** The sheet the cells are read from, when the source reads a grid (clean() answers only then). */
  readonly grid: Grid | undefined;
  /** Loads position i; false when it is no row at all (a blank row the cursor skips). */
  load(i: number): boolean;
  /** 1-based Excel row of the loaded row. */
  row(): number;
  cell(role: BudgetRole): Cell | undefined;
  /** Whether the loaded row has a mapped cell for the role (an empty cell counts; a role the mapper left out does not). */
  has(role: BudgetRole): boolean;
  /**
   * The role's cell read as an amount or percentage (readAmount). Its address: the cell's, the column's on this
   * row when the mapper left the cell out, '' with no column.
   */
  amount(role: BudgetRole, column: string | undefined, expect: 'amount' | 'percent', notes: CellNotes): Amount;
  /**
   * The role's cell on its own row (not a merge), read cleanly (readCleanValue): its value, or undefined when
   * that cell needs amount() (refused, an issue, merged, no such column) or the source is not a grid.
   */
  clean(role: BudgetRole, expect: 'amount' | 'percent', notes: CellNotes): number | null | undefined;
  /** The role's 0-based sheet column, −1 when it has none or the source is not a grid. */
  column(role: BudgetRole): number;
}

/** Rows already mapped. */
export function mappedRowSource(rows: MappedRow[]): RowSource {
  let current: MappedRow = rows[0];
  return {
    count: rows.length,
    firstRow: 0,
    grid: undefined,
    load(i) {
      current = rows[i];
      return true;
    },
    row: () => current.row,
    cell: (role) => current.cells[role]?.cell,
    has: (role) => current.cells[role] !== undefined,
    amount(role, column, expect, notes) {
      const mc = current.cells[role];
      const address = mc ? mc.address : column !== undefined ? `${column}${current.row}` : '';
      return readAmount(mc?.cell, address, expect, notes);
    },
    // Mapped rows name their cells by address: their Amounts are plain ones.
    clean: () => undefined,
    column: () => -1,
  };
}

const ROLES: BudgetRole[] = ['kode', 'no', 'uraian', 'pagu', 'target', 'realisasi', 'capaian'];

/** The grid's data rows, one at a time through a cursor: nothing is made per row or cell but the Amounts, whose addresses are spelled out when read. */
export function gridRowSource(grid: Grid, sheet: SheetMapping): RowSource {
  const cursor = new RowCursor(grid, sheet);
  // Slot per role, looked up once; a switch over the role names, not a keyed lookup: it runs for every cell.
  const [kode, no, uraian, pagu, target, realisasi, capaian] = ROLES.map((role) => cursor.slotOf(role));
  const slotOf = (role: BudgetRole): number => {
    switch (role) {
      case 'kode':
        return kode;
      case 'no':
        return no;
      case 'uraian':
        return uraian;
      case 'pagu':
        return pagu;
      case 'target':
        return target;
      case 'realisasi':
        return realisasi;
      default:
        return capaian;
    }
  };
  return cursor.mergeFree ? mergeFreeSource(grid, cursor, slotOf) : cursorSource(grid, cursor, slotOf);
}

/** A sheet whose read cells no merge touches (nearly every Tabel 3.1): each row's own array, read in place. */
function mergeFreeSource(grid: Grid, cursor: RowCursor, slotOf: (role: BudgetRole) => number): RowSource {
  let cells: (Cell | undefined)[] | undefined;
  let sheetRow = 0;
  const cellOf = (slot: number): Cell | undefined => (slot < 0 || !cells ? undefined : cells[cursor.offsetOf(slot)]);
  return {
    count: Math.max(cursor.last - cursor.first + 1, 0),
    firstRow: cursor.first + 1,
    grid,
    load(i) {
      sheetRow = cursor.first + i;
      cells = cursor.readRow(sheetRow);
      return cells !== undefined;
    },
    row: () => sheetRow + 1,
    cell: (role) => cellOf(slotOf(role)),
    has: (role) => slotOf(role) >= 0,
    amount(role, column, expect, notes) {
      const slot = slotOf(role);
      if (slot < 0) return readAmount(undefined, column !== undefined ? `${column}${sheetRow + 1}` : '', expect, notes);
      return readAmountAt(cellOf(slot), sheetRow, cursor.columnOf(slot), expect, notes);
    },
    clean: (role, expect, notes) => {
      const slot = slotOf(role);
      return slot < 0 ? undefined : readCleanValue(cellOf(slot), expect, notes);
    },
    column(role) {
      const slot = slotOf(role);
      return slot < 0 ? -1 : cursor.columnOf(slot);
    },
  };
}

/** Any sheet: through the cursor, which shows a merge's top-left value on every row the merge covers. */
function cursorSource(grid: Grid, cursor: RowCursor, slotOf: (role: BudgetRole) => number): RowSource {
  return {
    count: Math.max(cursor.last - cursor.first + 1, 0),
    firstRow: cursor.first + 1,
    grid,
    load: (i) => cursor.load(cursor.first + i),
    row: () => cursor.row,
    cell: (role) => cursor.cell(slotOf(role)),
    has: (role) => slotOf(role) >= 0,
    amount(role, column, expect, notes) {
      const slot = slotOf(role);
      // Without a slot the mapping has no such column (the builder's columns come from the same mapping): no cell, no address.
      if (slot < 0) return readAmount(undefined, column !== undefined ? `${column}${cursor.row}` : '', expect, notes);
      // The cell's own position, or a merge's top-left: where extractRows' address would point.
      return readAmountAt(cursor.cell(slot), cursor.sourceRow(slot), cursor.sourceCol(slot), expect, notes);
    },
    clean(role, expect, notes) {
      const slot = slotOf(role);
      if (slot < 0) return undefined;
      const col = cursor.columnOf(slot);
      // A merge's value belongs to its top-left cell, elsewhere: such a row is read the general way.
      if (cursor.sourceRow(slot) !== cursor.row - 1 || cursor.sourceCol(slot) !== col) return undefined;
      return readCleanValue(cursor.cell(slot), expect, notes);
    },
    column(role) {
      const slot = slotOf(role);
      return slot < 0 ? -1 : cursor.columnOf(slot);
    },
  };
}
