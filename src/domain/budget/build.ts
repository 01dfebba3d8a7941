/**
 * From mapped rows to a BudgetTable: labels and amounts read the way planners type them, every row
 * placed in the hierarchy, and every badly typed number turned into a finding at its cell.
 */
import type { Cell, Grid } from '../grid/grid';
import type { Finding } from '../findings';
import type { MappedRow, SheetMapping } from '../mapping/types';
import type { Amount, BudgetLevel, BudgetRow, BudgetTable } from '../model';
import { showsText, type CellIssue, type CellNotes } from '../parse/cell';
import { displayText } from '../parse/display';
import { formatPercent, formatRupiah } from '../parse/format';
import { trimText } from '../parse/trim';
import type { Lang } from '../settings';
import type { AmountColumn } from './amounts';
import { chooseCandidate } from './candidates';
import { placeCodedColumns, placeNumberedColumns, totalsLabelOf, type LabelColumns, type Placements } from './hierarchy';
import { choiceNote } from './messages';
import { gridRowSource, mappedRowSource, type RowSource } from './row-source';
import { LEVEL_NAMES } from './levels';
import { defineLazyRows } from './lazy-rows';
import { keepStore, rowOfStore, StoredRows } from './stored-row';

type TableColumn = keyof BudgetTable['columns'];
const TABLE_COLUMNS: TableColumn[] = ['kode', 'uraian', 'pagu', 'target', 'realisasi', 'capaian'];

interface PendingIssue {
  index: number;
  column: AmountColumn | 'capaian';
  amount: Amount;
  issue: CellIssue;
}

/**
 * The children list of every row until a child is linked to it: leaves (nearly every row of a Tabel 3.1)
 * share it instead of each holding an empty array. Frozen, so a push onto it fails loudly.
 */
const NO_CHILDREN = Object.freeze([]) as unknown as number[];

/** The loaded row's values: one object, reused from row to row. */
interface RowValues {
  pagu: Amount;
  target: Amount | undefined;
  realisasi: Amount;
  capaian: Amount | undefined;
  capaianDecimals: number | undefined;
}

export function buildBudgetTable(sheet: SheetMapping, rows: MappedRow[], lang: Lang): { table: BudgetTable; findings: Finding[] } {
  return buildFrom(sheet, mappedRowSource(rows), lang);
}

/** buildBudgetTable straight off the grid: what analyzeWorkbook calls, with no MappedRow in between. */
export function buildBudgetTableFromGrid(grid: Grid, sheet: SheetMapping, lang: Lang): { table: BudgetTable; findings: Finding[] } {
  return buildFrom(sheet, gridRowSource(grid, sheet), lang);
}

function buildFrom(sheet: SheetMapping, source: RowSource, lang: Lang): { table: BudgetTable; findings: Finding[] } {
  const columns = tableColumns(sheet);
  const hasTarget = columns.target !== undefined;
  // Labels one array per column, not an object per row: they all live until the rows are made. Sized
  // to the sheet's rows and cut to the table's at the end: growing arrays of a hundred thousand entries
  // push by push costs more than reading the cells.
  const capacity = source.count;
  const positions = new Int32Array(capacity);
  // A grid's columns are the mapping's (has() answers before any row is loaded); mapped rows may each differ.
  const no = !source.grid || source.has('no') ? new Array<string>(capacity) : undefined;
  const labels: LabelColumns = { kode: new Array<string>(capacity), ...(no ? { no } : {}), uraian: new Array<string>(capacity) };
  const notes: CellNotes = { decimals: undefined, issue: undefined };
  // One pass reads every row's labels and, for the usual Tabel 3.1 row, its values into the store.
  // Placement needs every label, so which rows are stored is decided after it; a row that is not is
  // read again the general way (reading has no effects).
  const { grid } = source;
  const storable = grid !== undefined && !hasTarget && !source.has('target') && source.has('pagu') && source.has('realisasi') && source.has('capaian');
  const valueColumns = { pagu: source.column('pagu'), realisasi: source.column('realisasi'), capaian: source.column('capaian') };
  const stored = storable ? new StoredRows(capacity, grid, positions, source.firstRow, valueColumns, labels.uraian, NO_CHILDREN) : undefined;
  // One loop per function (readLabelsAndValues, readGeneralRows): see columns.ts on why.
  const reading: Reading = { source, labels, no, positions, stored, notes };
  const n = readLabelsAndValues(reading);
  labels.kode.length = n;
  if (no) no.length = n;
  labels.uraian.length = n;
  const placements: Placements = sheet.kind === 'tabel-3.1' ? placeCodedColumns(labels) : placeNumberedColumns(labels);
  if (stored) stored.placements = placements;

  const pending: PendingIssue[] = [];
  // With a store, the rows are made when first asked for (lazy-rows.ts); the general ones are kept in it now.
  const budgetRows: BudgetRow[] = stored ? [] : new Array<BudgetRow>(n);
  readGeneralRows(reading, n, columns, placements, budgetRows, pending);
  if (!stored) linkChildren(placements.parent, (p, children) => (budgetRows[p].children = children));
  const table: BudgetTable = {
    sheet: sheet.sheet,
    kind: sheet.kind === 'tabel-3.1' ? 'tabel-3.1' : 'detail',
    ...(sheet.title !== undefined ? { title: sheet.title } : {}),
    rows: budgetRows,
    columns,
  };
  if (stored) {
    keepStore(table, stored);
    defineLazyRows(table, () => {
      // Children lists are linked when the rows are first made: the check reads parents from the columns.
      linkChildren(placements.parent, (p, children) => {
        if (stored.stored[p] === 1) stored.children.set(p, children);
        else (stored.general.get(p) as BudgetRow).children = children;
      });
      return Array.from({ length: n }, (_, k) => rowOfStore(stored, k));
    });
  }

  // Row by row, in order: choosing a refused cell's value reads the values chosen for the cells before it.
  const findings = pending.map((p) => issueFinding(p, table, lang));
  return { table, findings };
}

/** What the builder's two passes over the rows share. */
interface Reading {
  source: RowSource;
  labels: LabelColumns;
  no: string[] | undefined;
  /** Each row's position among the source's candidate rows. */
  positions: Int32Array;
  stored: StoredRows | undefined;
  notes: CellNotes;
}

/**
 * One pass over the sheet: every row's labels and, where the row is the usual Tabel 3.1 row, its values
 * straight into the store (no Amount), marked stored for now (placement may still rule it out). The
 * number of rows read.
 */
function readLabelsAndValues({ source, labels, no, positions, stored, notes }: Reading): number {
  let n = 0;
  for (let i = 0; i < source.count; i++) {
    if (!source.load(i)) continue;
    const kode = cellText(source.cell('kode'));
    const number = no ? cellText(source.cell('no')) : '';
    const uraian = cellText(source.cell('uraian'));
    if (!isDataRow(source, kode, number, uraian)) continue;
    positions[n] = i;
    labels.kode[n] = kode;
    if (no) no[n] = number;
    labels.uraian[n] = uraian;
    if (stored && storeClean(source, stored, n, notes)) stored.stored[n] = 1;
    n++;
  }
  return n;
}

/**
 * Every row that is not stored (no code, no uraian, a value cell that is not clean, a target column, not
 * a grid), read the general way into its BudgetRow: kept in the store where there is one, else in `rows`.
 */
function readGeneralRows(reading: Reading, n: number, columns: BudgetTable['columns'], placements: Placements, rows: BudgetRow[], pending: PendingIssue[]): void {
  const { source, labels, no, positions, stored, notes } = reading;
  const hasTarget = columns.target !== undefined;
  const hasCapaian = columns.capaian !== undefined;
  const values: RowValues = { pagu: NO_AMOUNT, target: undefined, realisasi: NO_AMOUNT, capaian: undefined, capaianDecimals: undefined };
  for (let k = 0; k < n; k++) {
    // The usual Tabel 3.1 row (a code, an uraian, every value cell clean) from the store; any other row the general way.
    if (stored && stored.stored[k] === 1) {
      if (placements.codes.get(k) !== undefined && labels.uraian[k] !== '') continue;
      stored.stored[k] = 0;
    }
    source.load(positions[k]);
    // Column order (pagu, target, realisasi, capaian): the order the issues are reported in.
    values.pagu = readValue(source, columns, 'pagu', 'amount', notes, k, pending);
    values.target = hasTarget || source.has('target') ? readValue(source, columns, 'target', 'amount', notes, k, pending) : undefined;
    values.realisasi = readValue(source, columns, 'realisasi', 'amount', notes, k, pending);
    values.capaian = hasCapaian || source.has('capaian') ? readValue(source, columns, 'capaian', 'percent', notes, k, pending) : undefined;
    values.capaianDecimals = values.capaian ? notes.decimals : undefined;
    const row = toBudgetRow(source.row(), labels.kode[k], no?.[k] ?? '', labels.uraian[k], values, placements.codes.get(k), LEVEL_NAMES[placements.level[k]], placements.parent[k]);
    if (stored) stored.general.set(k, row);
    else rows[k] = row;
  }
}

/** Each row's children, in table order, handed to `set` for the rows that have any (the others keep the shared empty list). */
function linkChildren(parent: Int32Array, set: (row: number, children: number[]) => void): void {
  const children = new Map<number, number[]>();
  for (let i = 0; i < parent.length; i++) {
    const p = parent[i];
    if (p < 0) continue;
    const list = children.get(p);
    if (list) list.push(i);
    else children.set(p, [i]);
  }
  for (const [p, list] of children) set(p, list);
}

/** Placeholder between rows; every row overwrites it before use. */
const NO_AMOUNT: Amount = Object.freeze({ value: null, cell: '', raw: '' }) as Amount;

function tableColumns(sheet: SheetMapping): BudgetTable['columns'] {
  const out: BudgetTable['columns'] = {};
  for (const c of sheet.columns) {
    const role = c.role as TableColumn;
    if (TABLE_COLUMNS.includes(role) && out[role] === undefined) out[role] = c.column;
  }
  return out;
}

function cellText(cell: Cell | undefined): string {
  return cell === undefined ? '' : trimText(displayText(cell));
}

/** Blank rows and headings with neither a label nor a number are not rows of the budget. */
function isDataRow(source: RowSource, kode: string, no: string, uraian: string): boolean {
  const hasNumber = showsText(source.cell('pagu')) || showsText(source.cell('target')) || showsText(source.cell('realisasi')) || showsText(source.cell('capaian'));
  const hasCode = kode !== '' || no !== '';
  return hasNumber || (hasCode && uraian !== '');
}

/** One value cell of the loaded row, read into its Amount; a badly typed one is queued for its finding. */
function readValue(
  source: RowSource,
  columns: BudgetTable['columns'],
  role: AmountColumn | 'capaian',
  expect: 'amount' | 'percent',
  notes: CellNotes,
  index: number,
  pending: PendingIssue[],
): Amount {
  const amount = source.amount(role, columns[role], expect, notes);
  if (notes.issue) pending.push({ index, column: role, amount, issue: notes.issue });
  return amount;
}

/**
 * The usual Tabel 3.1 row (no target, pagu, realisasi and a stated capaian each read cleanly off the
 * grid) kept in `stored`; false for any other row, which is then read the general way (the cells are
 * read again: reading has no effects, and such rows are few).
 */
function storeClean(source: RowSource, stored: StoredRows, k: number, notes: CellNotes): boolean {
  const pagu = source.clean('pagu', 'amount', notes);
  if (pagu === undefined) return false;
  const realisasi = source.clean('realisasi', 'amount', notes);
  if (realisasi === undefined) return false;
  const capaian = source.clean('capaian', 'percent', notes);
  if (capaian === undefined || notes.decimals === undefined) return false;
  stored.pagu.put(k, pagu);
  stored.realisasi.put(k, realisasi);
  stored.capaian.put(k, capaian);
  stored.capaianDecimals[k] = notes.decimals;
  return true;
}

function toBudgetRow(row: number, kodeLabel: string, noLabel: string, uraianLabel: string, v: RowValues, kode: string | undefined, level: BudgetLevel, parent: number): BudgetRow {
  const uraian = uraianLabel !== '' ? uraianLabel : (totalsLabelOf(kodeLabel, noLabel, uraianLabel) ?? '').trim();
  const { capaianDecimals } = v;
  // The usual Tabel 3.1 row (a code, a stated capaian, no target) as one literal: a row per sub kegiatan.
  if (kode !== undefined && !v.target && v.capaian && capaianDecimals !== undefined) {
    return { row, kode, uraian, level, pagu: v.pagu, realisasi: v.realisasi, capaian: v.capaian, capaianDecimals, parent, children: NO_CHILDREN };
  }
  // Any other row key by key, in the model's order (optional keys absent, not undefined).
  const out: Partial<BudgetRow> = { row };
  if (kode !== undefined) out.kode = kode;
  out.uraian = uraian;
  out.level = level;
  out.pagu = v.pagu;
  if (v.target) out.target = v.target;
  out.realisasi = v.realisasi;
  if (v.capaian) out.capaian = v.capaian;
  if (capaianDecimals !== undefined) out.capaianDecimals = capaianDecimals;
  out.parent = parent;
  out.children = NO_CHILDREN;
  return out as BudgetRow;
}

/**
 * One finding per badly typed cell. For a refused amount the value used in the sums is chosen here
 * (it mutates the Amount's suggestion, which the recalculation reads) and the message says why.
 */
function issueFinding(p: PendingIssue, table: BudgetTable, lang: Lang): Finding {
  const show = (n: number) => (p.column === 'capaian' ? formatPercent(n) : formatRupiah(n));
  let message = p.issue.message[lang];
  let suggestion: string | undefined;
  if (p.amount.invalid) {
    const candidates = p.issue.candidates ?? [];
    const choice = p.column === 'capaian' ? (candidates.length > 0 ? { value: candidates[0], because: 'first' as const } : undefined) : chooseCandidate(table, p.index, p.column, candidates);
    if (choice) {
      p.amount.suggestion = choice.value;
      suggestion = show(choice.value);
      message = `${message}. ${choiceNote(suggestion, choice, lang)}`;
    }
  } else if (p.amount.value !== null) {
    suggestion = show(p.amount.value);
  }
  return {
    rule: p.issue.rule,
    severity: p.issue.severity,
    sheet: table.sheet,
    cell: p.amount.cell,
    message,
    actual: p.amount.raw,
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}
