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
import { placedAmountOf, type PlacedAmount } from '../parse/cell';

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

  put(k: number, amount: PlacedAmount, cell: Cell | undefined): void {
    this.value[k] = amount.value === null ? NaN : amount.value;
    this.cells[k] = cell;
    this.sheetRow[k] = amount.sheetRow;
    this.sheetCol[k] = amount.sheetCol;
  }

  get(k: number): Amount {
    const v = this.value[k];
    return placedAmountOf(Number.isNaN(v) ? null : v, this.cells[k], this.sheetRow[k], this.sheetCol[k]);
  }
}

/** The value columns of one table's stored rows, sized to its row count. Owned by the table being built. */
export class StoredAmounts {
  readonly pagu: StoredColumn;
  readonly realisasi: StoredColumn;
  readonly capaian: StoredColumn;

  constructor(size: number) {
    this.pagu = new StoredColumn(size);
    this.realisasi = new StoredColumn(size);
    this.capaian = new StoredColumn(size);
  }
}

/**
 * A BudgetRow whose pagu, realisasi and capaian are getters over StoredAmounts. Its own keys are the
 * plain row's (plus the store and its position); it reads, and serialises (JSON), as the plain row would.
 */
export class StoredBudgetRow implements BudgetRow {
  constructor(
    public row: number,
    public kode: string,
    public uraian: string,
    public level: BudgetLevel,
    public capaianDecimals: number,
    public parent: number,
    public children: number[],
    private readonly store: StoredAmounts,
    private readonly k: number,
  ) {}

  get pagu(): Amount {
    return this.store.pagu.get(this.k);
  }

  get realisasi(): Amount {
    return this.store.realisasi.get(this.k);
  }

  get capaian(): Amount {
    return this.store.capaian.get(this.k);
  }

  toJSON(): BudgetRow {
    const { row, kode, uraian, level, pagu, realisasi, capaian, capaianDecimals, parent, children } = this;
    return { row, kode, uraian, level, pagu, realisasi, capaian, capaianDecimals, parent, children };
  }
}
