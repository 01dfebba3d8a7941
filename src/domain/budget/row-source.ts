/**
 * Where the budget builder reads a table's cells from: straight off the grid through a RowCursor (what
 * analyzeWorkbook does), or from rows already
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

const ROLES: BudgetRole[] = ['kode', 'no', 'uraian', 'pagu', 'target', 'realisasi', 'capaian'];


/** Rows already mapped. */
export function mappedRowSource(rows: MappedRow[]): RowSource {
  return new MappedRowSource(rows);
}

class MappedRowSource implements RowSource {
  readonly firstRow = 0;
  readonly grid = undefined;
  private current: MappedRow;

  constructor(private readonly rows: MappedRow[]) {
    this.current = rows[0];
  }

  get count(): number {
    return this.rows.length;
  }

  load(i: number): boolean {
    this.current = this.rows[i];
    return true;
  }

  row(): number {
    return this.current.row;
  }

  cell(role: BudgetRole): Cell | undefined {
    return this.current.cells[role]?.cell;
  }

  has(role: BudgetRole): boolean {
    return this.current.cells[role] !== undefined;
  }

  amount(role: BudgetRole, column: string | undefined, expect: 'amount' | 'percent', notes: CellNotes): Amount {
    const mc = this.current.cells[role];
    const address = mc ? mc.address : column !== undefined ? `${column}${this.current.row}` : '';
    return readAmount(mc?.cell, address, expect, notes);
  }

  // Mapped rows name their cells by address: their Amounts are plain ones.
  clean(): undefined {
    return undefined;
  }

  column(): number {
    return -1;
  }
}

/** The grid's data rows, one at a time: nothing is made per row or cell but the Amounts, whose addresses are spelled out when read. */
export function gridRowSource(grid: Grid, sheet: SheetMapping): RowSource {
  const cursor = new RowCursor(grid, sheet);
  return cursor.mergeFree ? new MergeFreeSource(grid, cursor) : new CursorSource(grid, cursor);
}

/** What both grid sources share: the cursor, and the slot of each role, looked up once. */
abstract class GridSource {
  readonly count: number;
  readonly firstRow: number;
  private readonly slots: Int32Array;

  constructor(
    readonly grid: Grid,
    protected readonly cursor: RowCursor,
  ) {
    this.count = Math.max(cursor.last - cursor.first + 1, 0);
    this.firstRow = cursor.first + 1;
    this.slots = Int32Array.from(ROLES, (role) => cursor.slotOf(role));
  }

  /** A switch over the role names, not a keyed lookup: it runs for every cell. */
  protected slotOf(role: BudgetRole): number {
    switch (role) {
      case 'kode':
        return this.slots[0];
      case 'no':
        return this.slots[1];
      case 'uraian':
        return this.slots[2];
      case 'pagu':
        return this.slots[3];
      case 'target':
        return this.slots[4];
      case 'realisasi':
        return this.slots[5];
      default:
        return this.slots[6];
    }
  }

  has(role: BudgetRole): boolean {
    return this.slotOf(role) >= 0;
  }

  column(role: BudgetRole): number {
    const slot = this.slotOf(role);
    return slot < 0 ? -1 : this.cursor.columnOf(slot);
  }
}

/** A sheet whose read cells no merge touches (nearly every Tabel 3.1): each row's own array, read in place. */
class MergeFreeSource extends GridSource implements RowSource {
  private cells: (Cell | undefined)[] | undefined;
  private sheetRow = 0;

  load(i: number): boolean {
    this.sheetRow = this.cursor.first + i;
    this.cells = this.cursor.readRow(this.sheetRow);
    return this.cells !== undefined;
  }

  row(): number {
    return this.sheetRow + 1;
  }

  private cellOf(slot: number): Cell | undefined {
    return slot < 0 || !this.cells ? undefined : this.cells[this.cursor.offsetOf(slot)];
  }

  cell(role: BudgetRole): Cell | undefined {
    return this.cellOf(this.slotOf(role));
  }

  amount(role: BudgetRole, column: string | undefined, expect: 'amount' | 'percent', notes: CellNotes): Amount {
    const slot = this.slotOf(role);
    if (slot < 0) return readAmount(undefined, column !== undefined ? `${column}${this.sheetRow + 1}` : '', expect, notes);
    return readAmountAt(this.cellOf(slot), this.sheetRow, this.cursor.columnOf(slot), expect, notes);
  }

  clean(role: BudgetRole, expect: 'amount' | 'percent', notes: CellNotes): number | null | undefined {
    const slot = this.slotOf(role);
    return slot < 0 ? undefined : readCleanValue(this.cellOf(slot), expect, notes);
  }
}

/** Any sheet: through the cursor, which shows a merge's top-left value on every row the merge covers. */
class CursorSource extends GridSource implements RowSource {
  load(i: number): boolean {
    return this.cursor.load(this.cursor.first + i);
  }

  row(): number {
    return this.cursor.row;
  }

  cell(role: BudgetRole): Cell | undefined {
    return this.cursor.cell(this.slotOf(role));
  }

  amount(role: BudgetRole, column: string | undefined, expect: 'amount' | 'percent', notes: CellNotes): Amount {
    const slot = this.slotOf(role);
    // Without a slot the mapping has no such column (the builder's columns come from the same mapping): no cell, no address.
    if (slot < 0) return readAmount(undefined, column !== undefined ? `${column}${this.cursor.row}` : '', expect, notes);
    // The cell's own position, or a merge's top-left: where extractRows' address would point.
    return readAmountAt(this.cursor.cell(slot), this.cursor.sourceRow(slot), this.cursor.sourceCol(slot), expect, notes);
  }

  clean(role: BudgetRole, expect: 'amount' | 'percent', notes: CellNotes): number | null | undefined {
    const slot = this.slotOf(role);
    if (slot < 0) return undefined;
    const col = this.cursor.columnOf(slot);
    // A merge's value belongs to its top-left cell, elsewhere: such a cell is read into its Amount (amount()).
    if (this.cursor.sourceRow(slot) !== this.cursor.row - 1 || this.cursor.sourceCol(slot) !== col) return undefined;
    return readCleanValue(this.cursor.cell(slot), expect, notes);
  }
}

