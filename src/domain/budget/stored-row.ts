/**
 * The usual Tabel 3.1 row (a code, pagu, realisasi and a stated capaian, no target, every value cell
 * read cleanly off the grid) kept without its three Amounts: the table holds their numbers in typed
 * arrays and the grid they came from, and the row makes an Amount each time one is read.
 *
 * Why: a 100,000-row table otherwise keeps 300,000 Amounts alive to the end of the analysis, and every
 * minor GC copies them. An Amount made on read dies young, which costs next to nothing. Nothing relies
 * on `row.pagu === row.pagu` (refused cells, whose Amount the findings mutate, never take this path).
 */
import { cellAt, type Grid } from '../grid/grid';
import type { Amount, BudgetLevel, BudgetRow, BudgetTable } from '../model';
import { placedAmountOf } from '../parse/cell';
import type { Placements } from './hierarchy';
import { LEVEL_NAMES } from './levels';

/**
 * One value column of the stored rows: each row's value (NaN for null). Its cells sit on their rows in the
 * column's sheet column (a merged value cell is never stored), so the cell is looked up in the grid when
 * an Amount is made: no array of cell references or positions per column.
 */
class StoredColumn {
  readonly value: Float64Array;

  constructor(
    size: number,
    /** 0-based sheet column. */
    readonly col: number,
  ) {
    this.value = new Float64Array(size);
  }

  put(k: number, value: number | null): void {
    this.value[k] = value === null ? NaN : value;
  }

  /** The Amount of row k, whose cell is on 0-based sheet row `sheetRow`. */
  get(k: number, sheetRow: number, grid: Grid): Amount {
    const v = this.value[k];
    return placedAmountOf(Number.isNaN(v) ? null : v, cellAt(grid, sheetRow, this.col), sheetRow, this.col);
  }
}

/**
 * Everything of one table's stored rows, owned by the table being built and indexed by the rows' positions
 * in it: the value columns (filled while the rows are read, sized to the most rows the table can have),
 * which rows are stored, and the label and placement columns the builder made anyway (kept, not copied).
 */
export class StoredRows {
  readonly pagu: StoredColumn;
  readonly realisasi: StoredColumn;
  readonly capaian: StoredColumn;
  /** Decimals each stated capaian was written with (a few at most; Int16 holds any a number can show). */
  readonly capaianDecimals: Int16Array;
  /** 1 where the table's row is a StoredBudgetRow of this store. */
  readonly stored: Uint8Array;
  /** Children of the rows that have any, once linked; the others read `noChildren`. */
  readonly children = new Map<number, number[]>();
  /** The table's rows that are not stored (read the general way), by position. */
  readonly general = new Map<number, BudgetRow>();
  /** Set by the builder once every row is placed (the value columns are filled before). */
  placements: Placements = { level: new Uint8Array(0), parent: new Int32Array(0), codes: { get: () => undefined } };

  constructor(
    capacity: number,
    /** The sheet the values were read from: where an Amount's cell is looked up. */
    readonly grid: Grid,
    /** Each row's position among the sheet's candidate rows; position p is Excel row firstRow + p. */
    readonly positions: Int32Array,
    readonly firstRow: number,
    /** 0-based sheet columns of pagu, realisasi and capaian. */
    columns: { pagu: number; realisasi: number; capaian: number },
    readonly uraian: string[],
    readonly noChildren: number[],
  ) {
    this.pagu = new StoredColumn(capacity, columns.pagu);
    this.realisasi = new StoredColumn(capacity, columns.realisasi);
    this.capaian = new StoredColumn(capacity, columns.capaian);
    this.capaianDecimals = new Int16Array(capacity);
    this.stored = new Uint8Array(capacity);
  }
}

/** The row at position k of the store's table: a StoredBudgetRow, or the general row kept there. */
export function rowOfStore(store: StoredRows, k: number): BudgetRow {
  return store.stored[k] === 1 ? new StoredBudgetRow(store, k) : (store.general.get(k) as BudgetRow);
}

/** Tables the builder made with a store: their values, levels and parents are read from it (columns.ts), not from their rows. */
const storesOfTables = new WeakMap<BudgetTable, StoredRows>();

export function keepStore(table: BudgetTable, store: StoredRows): void {
  storesOfTables.set(table, store);
}

export function storeOfTable(table: BudgetTable): StoredRows | undefined {
  return storesOfTables.get(table);
}

/**
 * A BudgetRow read wholly from StoredRows: the object itself holds only the store and its position (two
 * fields, so a minor GC copies little of it). It reads, and serialises (JSON), as the plain row would.
 */
export class StoredBudgetRow implements BudgetRow {
  constructor(
    /** Read by budgetColumns (columns.ts), which copies the store's numbers without making Amounts. */
    readonly store: StoredRows,
    readonly k: number,
  ) {}

  get row(): number {
    return this.store.firstRow + this.store.positions[this.k];
  }

  get kode(): string {
    // Stored rows are made only for rows with a code.
    return this.store.placements.codes.get(this.k) as string;
  }

  get uraian(): string {
    return this.store.uraian[this.k];
  }

  get level(): BudgetLevel {
    return LEVEL_NAMES[this.store.placements.level[this.k]];
  }

  get pagu(): Amount {
    return this.store.pagu.get(this.k, this.row - 1, this.store.grid);
  }

  get realisasi(): Amount {
    return this.store.realisasi.get(this.k, this.row - 1, this.store.grid);
  }

  get capaian(): Amount {
    return this.store.capaian.get(this.k, this.row - 1, this.store.grid);
  }

  get capaianDecimals(): number {
    return this.store.capaianDecimals[this.k];
  }

  get parent(): number {
    return this.store.placements.parent[this.k];
  }

  get children(): number[] {
    return this.store.children.get(this.k) ?? this.store.noChildren;
  }

  set children(children: number[]) {
    this.store.children.set(this.k, children);
  }

  toJSON(): BudgetRow {
    const { row, kode, uraian, level, pagu, realisasi, capaian, capaianDecimals, parent, children } = this;
    return { row, kode, uraian, level, pagu, realisasi, capaian, capaianDecimals, parent, children };
  }
}
