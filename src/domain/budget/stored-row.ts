/**
 * The usual Tabel 3.1 row (a code, pagu, realisasi and a stated capaian, no target, every value cell
 * read cleanly off the grid) kept without its three Amounts: the table holds their numbers in typed
 * arrays and the grid cells they came from, and the row makes an Amount each time one is read.
 *
 * Why: a 100,000-row table otherwise keeps 300,000 Amounts alive to the end of the analysis, and every
 * minor GC copies them. An Amount made on read dies young, which costs next to nothing. Nothing relies
 * on `row.pagu === row.pagu` (refused cells, whose Amount the findings mutate, never take this path).
 */
import type { Cell } from '../grid/grid';
import type { Amount, BudgetLevel, BudgetRow } from '../model';
import { placedAmountOf } from '../parse/cell';
import type { CleanValue } from './row-source';
import type { Placements } from './hierarchy';

/** One value column of the stored rows: value (NaN for null), source cell and its 0-based sheet position. */
class StoredColumn {
  readonly value: Float64Array;
  readonly cells: (Cell | undefined)[];
  readonly sheetRow: Int32Array;
  readonly sheetCol: Int32Array;

  constructor(size: number) {
    this.value = new Float64Array(size);
    this.cells = new Array<Cell | undefined>(size);
    this.sheetRow = new Int32Array(size);
    this.sheetCol = new Int32Array(size);
  }

  put(k: number, at: CleanValue): void {
    this.value[k] = at.value === null ? NaN : at.value;
    this.cells[k] = at.cell;
    this.sheetRow[k] = at.sheetRow;
    this.sheetCol[k] = at.sheetCol;
  }

  get(k: number): Amount {
    const v = this.value[k];
    return placedAmountOf(Number.isNaN(v) ? null : v, this.cells[k], this.sheetRow[k], this.sheetCol[k]);
  }
}

/**
 * Everything of one table's stored rows, sized to its row count and owned by the table being built: the
 * value columns, and the label and placement columns the builder made anyway (kept, not copied).
 */
export class StoredRows {
  readonly pagu: StoredColumn;
  readonly realisasi: StoredColumn;
  readonly capaian: StoredColumn;
  readonly row: Int32Array;
  readonly capaianDecimals: Int32Array;
  /** Children once linked; a row with none reads `noChildren`. */
  readonly children: (number[] | undefined)[] = [];

  constructor(
    size: number,
    readonly uraian: string[],
    readonly placements: Placements,
    readonly noChildren: number[],
  ) {
    this.pagu = new StoredColumn(size);
    this.realisasi = new StoredColumn(size);
    this.capaian = new StoredColumn(size);
    this.row = new Int32Array(size);
    this.capaianDecimals = new Int32Array(size);
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
    return this.store.placements.level[this.k];
  }

  get pagu(): Amount {
    return this.store.pagu.get(this.k);
  }

  get realisasi(): Amount {
    return this.store.realisasi.get(this.k);
  }

  get capaian(): Amount {
    return this.store.capaian.get(this.k);
  }

  get capaianDecimals(): number {
    return this.store.capaianDecimals[this.k];
  }

  get parent(): number {
    return this.store.placements.parent[this.k];
  }

  get children(): number[] {
    return this.store.children[this.k] ?? this.store.noChildren;
  }

  set children(children: number[]) {
    const list = this.store.children;
    // Filled in order with no gaps, so the list stays a packed array.
    while (list.length <= this.k) list.push(undefined);
    list[this.k] = children;
  }

  toJSON(): BudgetRow {
    const { row, kode, uraian, level, pagu, realisasi, capaian, capaianDecimals, parent, children } = this;
    return { row, kode, uraian, level, pagu, realisasi, capaian, capaianDecimals, parent, children };
  }
}
