/**
 * How a budget table (a Tabel 3.1 or a detail table) is stored: as columns, one entry per row in table
 * order. This is the one representation the recalculation, the rules, the report plans and the task
 * pane read; the rows they see (BudgetTable.rows) are views of it (BudgetRowView, below), made when first read.
 *
 * Per row: its Excel row, level (levels.ts), parent (−1 for none), normalized code, uraian, and four value
 * columns (pagu, target, realisasi, capaian), each a Float64Array of values with a Uint8Array of flags.
 * Worked out once from the parents: every row's children, what it adds up (its addends: coded or
 * numbered children, or for a totals row the top-level rows in its scope), its line items, and the
 * top-level rows of the table.
 *
 * A value cell the builder read cleanly (a number, or plain text such as "Rp. 1.234.500") is kept as its
 * value alone, and its Amount is made from the sheet when a view is read; any other cell (refused, with an
 * issue, merged, from mapped rows) keeps the Amount it was read into.
 */
import { cellAt, type Grid } from '../grid/grid';
import type { Amount, BudgetLevel, BudgetRow, BudgetTable } from '../model';
import { placedAmountOf } from '../parse/cell';
import { usable, type AmountColumn } from './amounts';
import { LEVEL_NAMES, levelCode } from './levels';
import type { CodeList } from './placements';
import { addendAndItemLists, childListsOf, rootsOf, type RowLists } from './row-lists';

export type { AmountColumn } from './amounts';

/** Flags of one value cell: PRESENT where the row has the cell at all, INVALID where the parser refused it. */
export const PRESENT = 1;
export const INVALID = 2;

/**
 * One value column: per row the value to compute with (NaN for none) and the cell's flags. For pagu, target
 * and realisasi the value is usable() of the cell: the stated value, or a refused cell's chosen suggestion.
 * For capaian it is the stated value itself (a refused cell's suggestion is not a stated capaian).
 */
export interface ValueColumn {
  value: Float64Array;
  flags: Uint8Array;
}

export type { RowLists } from './row-lists';

export type ValueRole = AmountColumn | 'capaian';

/** A value column with what its cells' Amounts are made from. */
export class StoredValues implements ValueColumn {
  readonly value: Float64Array;
  readonly flags: Uint8Array;
  /** Amounts of the cells not read cleanly, by row. */
  readonly kept = new Map<number, Amount>();

  constructor(
    size: number,
    /** 0-based sheet column of the cells read cleanly (−1 when none was). */
    readonly sheetColumn: number,
    from?: { value: Float64Array; flags: Uint8Array; kept: Map<number, Amount> },
  ) {
    this.value = from ? from.value : new Float64Array(size).fill(NaN);
    this.flags = from ? from.flags : new Uint8Array(size);
    if (from) this.kept = from.kept;
  }

  /** A cell read cleanly: its value (null for a blank cell); its Amount is made from the sheet when asked for. */
  putClean(i: number, value: number | null): void {
    this.value[i] = value === null ? NaN : value;
    this.flags[i] = PRESENT;
  }

  /** A cell kept as its Amount; `value` is what the column holds for it (see ValueColumn). */
  putAmount(i: number, amount: Amount, value: number | null): void {
    this.kept.set(i, amount);
    this.value[i] = value === null ? NaN : value;
    this.flags[i] = amount.invalid ? PRESENT | INVALID : PRESENT;
  }

  /** Trimmed to the first n rows (the same memory). */
  cut(n: number): StoredValues {
    return new StoredValues(n, this.sheetColumn, { value: this.value.subarray(0, n), flags: this.flags.subarray(0, n), kept: this.kept });
  }
}

/** What the builder (or a table of plain rows) hands over: everything per row but the lists. */
export interface StoredParts {
  n: number;
  /** 1-based Excel row of each row. */
  row: Int32Array;
  level: Uint8Array;
  parent: Int32Array;
  codes: CodeList;
  /** Known from placing a Tabel 3.1: the codes strictly ascend, no line item has one (placements.ts). */
  codesAscend?: boolean;
  uraian: string[];
  pagu: StoredValues;
  /** Absent when no row has a target. */
  target: StoredValues | undefined;
  realisasi: StoredValues;
  capaian: StoredValues;
  /** Decimals each stated capaian was written with; −1 where there are none. */
  capaianDecimals: Int16Array;
  /** The sheet the clean cells were read from; absent for a table of mapped or plain rows (every Amount kept). */
  grid: Grid | undefined;
}

/** A budget table's rows as columns (see the file's opening comment). */
export class BudgetColumns {
  readonly n: number;
  readonly row: Int32Array;
  readonly level: Uint8Array;
  readonly parent: Int32Array;
  readonly codes: CodeList;
  readonly codesAscend?: boolean;
  readonly uraian: string[];
  readonly pagu: StoredValues;
  readonly target: StoredValues | undefined;
  readonly realisasi: StoredValues;
  readonly capaian: StoredValues;
  readonly capaianDecimals: Int16Array;
  /** What each row adds up: its coded or numbered children, or for a totals row the top-level rows in its scope. */
  readonly addends: RowLists;
  /** Line items (rincian) straight under each budget row (a sub kegiatan's top groups); a group item's own items are its addends. */
  readonly items: RowLists;
  /** The top-level rows: no parent, not a totals row (the programmes, or the unit row above them), ascending. */
  readonly roots: Int32Array;
  private readonly grid: Grid | undefined;
  private childLists: RowLists | undefined;

  constructor(parts: StoredParts) {
    this.n = parts.n;
    this.row = parts.row;
    this.level = parts.level;
    this.parent = parts.parent;
    this.codes = parts.codes;
    if (parts.codesAscend !== undefined) this.codesAscend = parts.codesAscend;
    this.uraian = parts.uraian;
    this.pagu = parts.pagu;
    this.target = parts.target;
    this.realisasi = parts.realisasi;
    this.capaian = parts.capaian;
    this.capaianDecimals = parts.capaianDecimals;
    this.grid = parts.grid;
    this.roots = rootsOf(this.level, this.parent);
    const { addends, items } = addendAndItemLists(this.level, this.parent, this.roots, this.uraian);
    this.addends = addends;
    this.items = items;
  }

  /** Row i's Amount in a value column; undefined where the row has no such cell. */
  amount(i: number, role: ValueRole): Amount | undefined {
    const column = role === 'target' ? this.target : this[role];
    if (!column || (column.flags[i] & PRESENT) === 0) return undefined;
    const kept = column.kept.get(i);
    if (kept) return kept;
    const v = column.value[i];
    const sheetRow = this.row[i] - 1;
    return placedAmountOf(Number.isNaN(v) ? null : v, this.grid ? cellAt(this.grid, sheetRow, column.sheetColumn) : undefined, sheetRow, column.sheetColumn);
  }

  /** Whether row i's cell in a value column holds a formula (its Amount's `formula`), without making the Amount. */
  hasFormula(i: number, role: ValueRole): boolean {
    const column = role === 'target' ? this.target : this[role];
    if (!column || (column.flags[i] & PRESENT) === 0) return false;
    const kept = column.kept.get(i);
    if (kept) return Boolean(kept.formula);
    return this.grid !== undefined && Boolean(cellAt(this.grid, this.row[i] - 1, column.sheetColumn)?.formula);
  }

  /** Every row a row is parent of (line items included), in table order. */
  get children(): RowLists {
    this.childLists ??= childListsOf(this.parent);
    return this.childLists;
  }
}

/** The entries of row i in packed lists, as a fresh array. */
export function listOf(lists: RowLists, i: number): number[] {
  return Array.from(lists.list.subarray(lists.start[i], lists.start[i + 1]));
}

/**
 * A budget table the builder made: the model's BudgetTable whose rows are views of its columns, made
 * once, when first read. Serialises (JSON) as the plain table would.
 */
export class StoredBudgetTable implements BudgetTable {
  readonly title?: string;
  private madeRows: BudgetRow[] | undefined;

  constructor(
    readonly sheet: string,
    readonly kind: BudgetTable['kind'],
    title: string | undefined,
    readonly columns: BudgetTable['columns'],
    readonly stored: BudgetColumns,
  ) {
    if (title !== undefined) this.title = title;
  }

  get rows(): BudgetRow[] {
    this.madeRows ??= Array.from({ length: this.stored.n }, (_, i): BudgetRow => new BudgetRowView(this.stored, i));
    return this.madeRows;
  }

  /** Whether the row views have been made (a check alone reads the columns only). */
  get rowsMade(): boolean {
    return this.madeRows !== undefined;
  }

  toJSON(): BudgetTable {
    const { sheet, kind, title, rows, columns } = this;
    return title !== undefined ? { sheet, kind, title, rows, columns } : { sheet, kind, rows, columns };
  }
}

/** A table's columns: the builder's own, or for a table of plain rows (a test's, JSON's) read from its rows. */
export function budgetColumns(table: BudgetTable): BudgetColumns {
  return table instanceof StoredBudgetTable ? table.stored : columnsOfRows(table.rows, table.columns.target !== undefined);
}

/** The top-level rows of a table: no parent, not a totals row. */
export function topLevelRows(table: BudgetTable): number[] {
  return Array.from(budgetColumns(table).roots);
}

class CodeArray implements CodeList {
  constructor(private readonly codes: (string | undefined)[]) {}

  get(i: number): string | undefined {
    return this.codes[i];
  }
}

function columnsOfRows(rows: BudgetRow[], targetColumn: boolean): BudgetColumns {
  const n = rows.length;
  const values = () => new StoredValues(n, -1);
  const hasTarget = targetColumn || rows.some((r) => r.target !== undefined);
  const parts: StoredParts = {
    n,
    row: Int32Array.from(rows, (r) => r.row),
    level: Uint8Array.from(rows, (r) => levelCode(r.level)),
    parent: Int32Array.from(rows, (r) => r.parent),
    codes: new CodeArray(rows.map((r) => r.kode)),
    uraian: rows.map((r) => r.uraian),
    pagu: values(),
    target: hasTarget ? values() : undefined,
    realisasi: values(),
    capaian: values(),
    capaianDecimals: Int16Array.from(rows, (r) => r.capaianDecimals ?? -1),
    grid: undefined,
  };
  rows.forEach((r, i) => {
    parts.pagu.putAmount(i, r.pagu, usable(r.pagu));
    parts.realisasi.putAmount(i, r.realisasi, usable(r.realisasi));
    if (parts.target && r.target) parts.target.putAmount(i, r.target, usable(r.target));
    if (r.capaian) parts.capaian.putAmount(i, r.capaian, r.capaian.value);
  });
  return new BudgetColumns(parts);
}

/** The children list of a row with none: shared, and frozen so a push onto it fails loudly. */
const NO_CHILDREN = Object.freeze([]) as unknown as number[];

/**
 * Row i of a stored table, as the model's BudgetRow: every field read from the columns. Its Amounts and
 * children list are made on first read and kept, so a field reads as the same object each time. Reads,
 * and serialises (JSON), as the plain row would.
 */
export class BudgetRowView implements BudgetRow {
  private paguAmount: Amount | undefined = undefined;
  private targetAmount: Amount | undefined = undefined;
  private realisasiAmount: Amount | undefined = undefined;
  private capaianAmount: Amount | undefined = undefined;
  private childList: number[] | undefined = undefined;

  constructor(
    private readonly stored: BudgetColumns,
    readonly index: number,
  ) {}

  get row(): number {
    return this.stored.row[this.index];
  }

  get kode(): string | undefined {
    return this.stored.codes.get(this.index);
  }

  get uraian(): string {
    return this.stored.uraian[this.index];
  }

  get level(): BudgetLevel {
    return LEVEL_NAMES[this.stored.level[this.index]];
  }

  get pagu(): Amount {
    this.paguAmount ??= this.stored.amount(this.index, 'pagu') as Amount;
    return this.paguAmount;
  }

  get target(): Amount | undefined {
    this.targetAmount ??= this.stored.amount(this.index, 'target');
    return this.targetAmount;
  }

  get realisasi(): Amount {
    this.realisasiAmount ??= this.stored.amount(this.index, 'realisasi') as Amount;
    return this.realisasiAmount;
  }

  get capaian(): Amount | undefined {
    this.capaianAmount ??= this.stored.amount(this.index, 'capaian');
    return this.capaianAmount;
  }

  get capaianDecimals(): number | undefined {
    const d = this.stored.capaianDecimals[this.index];
    return d < 0 ? undefined : d;
  }

  get parent(): number {
    return this.stored.parent[this.index];
  }

  get children(): number[] {
    if (this.childList === undefined) {
      const { children } = this.stored;
      const from = children.start[this.index];
      const to = children.start[this.index + 1];
      this.childList = from === to ? NO_CHILDREN : Array.from(children.list.subarray(from, to));
    }
    return this.childList;
  }

  /** The plain row: keys in the model's order, the absent ones left out. */
  toJSON(): BudgetRow {
    const out: Partial<BudgetRow> = { row: this.row };
    const { kode, target, capaian, capaianDecimals } = this;
    if (kode !== undefined) out.kode = kode;
    out.uraian = this.uraian;
    out.level = this.level;
    out.pagu = this.pagu;
    if (target) out.target = target;
    out.realisasi = this.realisasi;
    if (capaian) out.capaian = capaian;
    if (capaianDecimals !== undefined) out.capaianDecimals = capaianDecimals;
    out.parent = this.parent;
    out.children = this.children;
    return out as BudgetRow;
  }
}
