/**
 * The usual Tabel 3.1 row (a code, pagu, realisasi and a stated capaian, no target, every value cell
 * read cleanly off the grid) kept without its three Amounts: the table holds their numbers in typed
 * arrays and the grid cells they came from, and the row makes an Amount each time one is read.
 *
 * Why: a 100,000-row table otherwise keeps 300,000 Amounts alive to the end of the analysis, and every
 * minor GC copies them. An Amount made on read dies young, which costs next to nothing. Nothing relies
 * on `row.pagu === row.pagu` (refused cells, whose Amount the findings mutate, never take this path).
 */
import { cellAt, type Grid } from '../grid/grid';
import type { Amount, BudgetLevel, BudgetRow } from '../model';
import { placedAmountOf } from '../parse/cell';
import type { CleanValue } from './row-source';
import type { Placements } from './hierarchy';
import { LEVEL_NAMES } from './levels';

/**
 * One value column of the stored rows: value (NaN for null) and the 0-based sheet position of its cell
 * (the cell itself is looked up in the grid when an Amount is made: no array of cell references per column).
 */
class StoredColumn {
  readonly value: Float64Array;
  readonly sheetRow: Int32Array;
  readonly sheetCol: Int32Array;

  constructor(size: number) {
    this.value = new Float64Array(size);
    this.sheetRow = new Int32Array(size);
    this.sheetCol = new Int32Array(size);
  }

  put(k: number, at: CleanValue): void {
    this.value[k] = at.value === null ? NaN : at.value;
    this.sheetRow[k] = at.sheetRow;
    this.sheetCol[k] = at.sheetCol;
  }

  get(k: number, grid: Grid): Amount {
    const v = this.value[k];
    const row = this.sheetRow[k];
    const col = this.sheetCol[k];
    return placedAmountOf(Number.isNaN(v) ? null : v, cellAt(grid, row, col), row, col);
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
  readonly row: Int32Array;
  readonly capaianDecimals: Int32Array;
  /** 1 where the table's row is a StoredBudgetRow of this store. */
  readonly stored: Uint8Array;
  /** Children of the rows that have any, once linked; the others read `noChildren`. */
  readonly children = new Map<number, number[]>();
  /** Set by the builder once every row is placed (the value columns are filled before). */
  placements: Placements = { level: new Uint8Array(0), parent: new Int32Array(0), kode: [] };

  constructor(
    capacity: number,
    /** The sheet the values were read from: where an Amount's cell is looked up. */
    readonly grid: Grid,
    readonly uraian: string[],
    readonly noChildren: number[],
  ) {
    this.pagu = new StoredColumn(capacity);
    this.realisasi = new StoredColumn(capacity);
    this.capaian = new StoredColumn(capacity);
    this.row = new Int32Array(capacity);
    this.capaianDecimals = new Int32Array(capacity);
    this.stored = new Uint8Array(capacity);
  }
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
    return this.store.row[this.k];
  }

  get kode(): string {
    // Stored rows are made only for rows with a code.
    return this.store.placements.kode[this.k] as string;
  }

  get uraian(): string {
    return this.store.uraian[this.k];
  }

  get level(): BudgetLevel {
    return LEVEL_NAMES[this.store.placements.level[this.k]];
  }

  get pagu(): Amount {
    return this.store.pagu.get(this.k, this.store.grid);
  }

  get realisasi(): Amount {
    return this.store.realisasi.get(this.k, this.store.grid);
  }

  get capaian(): Amount {
    return this.store.capaian.get(this.k, this.store.grid);
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
