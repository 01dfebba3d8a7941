/**
 * From a sheet's rows to a budget table: labels and amounts read the way planners type them, every row
 * placed in the hierarchy and stored in the table's columns (table.ts), and every badly typed number
 * turned into a finding at its cell.
 */
import type { Cell, Grid } from '../grid/grid';
import type { Finding } from '../findings';
import type { MappedRow, SheetMapping } from '../mapping/types';
import type { Amount, BudgetTable } from '../model';
import { showsText, type CellIssue, type CellNotes } from '../parse/cell';
import { displayText } from '../parse/display';
import { formatPercent, formatRupiah } from '../parse/format';
import { leadingSpaces, trimText } from '../parse/trim';
import type { Lang } from '../settings';
import { usable } from './amounts';
import { chooseCandidate } from './candidates';
import { placeCodedColumns, placeNumberedColumns, totalsLabelOf, type LabelColumns, type Placements } from './hierarchy';
import { nestByAmounts, nestNamedGroups } from './item-nesting';
import { choiceNote } from './messages';
import { gridRowSource, mappedRowSource, type BudgetRole, type RowSource } from './row-source';
import { BudgetColumns, StoredBudgetTable, StoredValues, type ValueRole } from './table';

type TableColumn = keyof BudgetTable['columns'];
const TABLE_COLUMNS: TableColumn[] = ['kode', 'uraian', 'pagu', 'target', 'realisasi', 'capaian'];

interface PendingIssue {
  index: number;
  column: ValueRole;
  amount: Amount;
  issue: CellIssue;
}

export function buildBudgetTable(sheet: SheetMapping, rows: MappedRow[], lang: Lang): { table: StoredBudgetTable; findings: Finding[] } {
  return buildFrom(sheet, mappedRowSource(rows), lang);
}

/** buildBudgetTable straight off the grid: what analyzeWorkbook calls, with no MappedRow in between. */
export function buildBudgetTableFromGrid(grid: Grid, sheet: SheetMapping, lang: Lang): { table: StoredBudgetTable; findings: Finding[] } {
  return buildFrom(sheet, gridRowSource(grid, sheet), lang);
}

/** What reading the rows fills: sized to the source's rows, cut to the table's at the end. */
interface Reading {
  source: RowSource;
  columns: BudgetTable['columns'];
  labels: LabelColumns;
  no: string[] | undefined;
  row: Int32Array;
  pagu: StoredValues;
  /** Made when the first row with a target is read (a table's target column, or a mapped row's target cell). */
  target: StoredValues | undefined;
  realisasi: StoredValues;
  capaian: StoredValues;
  capaianDecimals: Int16Array;
  notes: CellNotes;
  pending: PendingIssue[];
}

function buildFrom(sheet: SheetMapping, source: RowSource, lang: Lang): { table: StoredBudgetTable; findings: Finding[] } {
  const columns = tableColumns(sheet);
  const capacity = source.count;
  // A grid's columns are the mapping's (has() answers before any row is loaded); mapped rows may each differ.
  const no = !source.grid || source.has('no') ? new Array<string>(capacity) : undefined;
  const values = (role: BudgetRole) => new StoredValues(capacity, source.column(role));
  const reading: Reading = {
    source,
    columns,
    labels: { kode: new Array<string>(capacity), ...(no ? { no } : {}), uraian: new Array<string>(capacity) },
    no,
    row: new Int32Array(capacity),
    pagu: values('pagu'),
    target: columns.target !== undefined ? values('target') : undefined,
    realisasi: values('realisasi'),
    capaian: values('capaian'),
    capaianDecimals: new Int16Array(capacity).fill(-1),
    notes: { decimals: undefined, issue: undefined },
    pending: [],
  };
  // A detail table without a numbering column carries budget codes (a sub kegiatan and its kode rekening items): placed by them.
  // A detail table with neither (its names indented by level, classify.ts) is placed by those indents.
  const has = (role: string): boolean => sheet.columns.some((c) => c.role === role);
  const coded = sheet.kind === 'tabel-3.1' || (!has('no') && has('kode'));
  // A numbered table's levels may show only by the uraian's leading spaces: read them there (hierarchy.ts).
  if (!coded) reading.labels.indent = new Array<number>(capacity);
  const n = readRows(reading);
  const { labels } = reading;
  labels.kode.length = n;
  if (no) no.length = n;
  labels.uraian.length = n;
  if (labels.indent) labels.indent.length = n;
  const placements: Placements = coded ? placeCodedColumns(labels) : placeNumberedColumns(labels);
  // Uncoded items a row above them adds up exactly are that row's (item-nesting.ts).
  const itemRows = { level: placements.level.subarray(0, n), parent: placements.parent.subarray(0, n), codes: placements.codes, pagu: reading.pagu.value, realisasi: reading.realisasi.value };
  nestByAmounts(itemRows);
  // Uncoded lines under a named group ("Belanja Operasi") are its own whatever its amount says (item-nesting.ts).
  if (placements.namedGroups) nestNamedGroups(itemRows, placements.namedGroups);
  const stored = new BudgetColumns({
    n,
    row: reading.row.subarray(0, n),
    level: placements.level.subarray(0, n),
    parent: placements.parent.subarray(0, n),
    codes: placements.codes,
    ...(placements.codesAscend !== undefined ? { codesAscend: placements.codesAscend } : {}),
    uraian: shownUraian(labels, n),
    pagu: reading.pagu.cut(n),
    target: reading.target?.cut(n),
    realisasi: reading.realisasi.cut(n),
    capaian: reading.capaian.cut(n),
    capaianDecimals: reading.capaianDecimals.subarray(0, n),
    grid: source.grid,
  });
  const table = new StoredBudgetTable(sheet.sheet, sheet.kind === 'tabel-3.1' ? 'tabel-3.1' : 'detail', sheet.title, columns, stored);
  // Row by row, in order: choosing a refused cell's value reads the values chosen for the cells before it.
  const findings = reading.pending.map((p) => issueFinding(p, table, lang));
  return { table, findings };
}

/** Every data row's labels and values, into the reading's columns; the number of rows read. */
function readRows(reading: Reading): number {
  const { source, labels, no } = reading;
  let n = 0;
  for (let i = 0; i < source.count; i++) {
    if (!source.load(i)) continue;
    const kode = cellText(source.cell('kode'));
    const number = no ? cellText(source.cell('no')) : '';
    const uraianCell = source.cell('uraian');
    const uraian = cellText(uraianCell);
    if (!isDataRow(source, kode, number, uraian)) continue;
    if (labels.indent) labels.indent[n] = uraianCell === undefined ? 0 : leadingSpaces(displayText(uraianCell));
    labels.kode[n] = kode;
    if (no) no[n] = number;
    labels.uraian[n] = uraian;
    reading.row[n] = source.row();
    readValues(reading, n);
    n++;
  }
  return n;
}

/** The loaded row's value cells, in column order (pagu, target, realisasi, capaian): the order their issues are reported in. */
function readValues(reading: Reading, k: number): void {
  const { source, columns, notes } = reading;
  readValue(reading, reading.pagu, 'pagu', 'amount', k);
  if (reading.target || source.has('target')) {
    reading.target ??= new StoredValues(reading.row.length, source.column('target'));
    readValue(reading, reading.target, 'target', 'amount', k);
  }
  readValue(reading, reading.realisasi, 'realisasi', 'amount', k);
  if (columns.capaian !== undefined || source.has('capaian')) {
    readValue(reading, reading.capaian, 'capaian', 'percent', k);
    if (notes.decimals !== undefined) reading.capaianDecimals[k] = notes.decimals;
  }
}

/**
 * One value cell of the loaded row: a clean cell as its value alone, any other as its Amount (a badly
 * typed one queued for its finding). Leaves the cell's decimals in `notes`.
 */
function readValue(reading: Reading, into: StoredValues, role: ValueRole, expect: 'amount' | 'percent', k: number): void {
  const { source, notes } = reading;
  const clean = source.clean(role, expect, notes);
  if (clean !== undefined) {
    into.putClean(k, clean);
    return;
  }
  const amount = source.amount(role, reading.columns[role], expect, notes);
  into.putAmount(k, amount, role === 'capaian' ? amount.value : usable(amount));
  if (notes.issue) reading.pending.push({ index: k, column: role, amount, issue: notes.issue });
}

/** Each row's uraian as shown: its label, or for a totals row that has none the totals word from its other labels. */
function shownUraian(labels: LabelColumns, n: number): string[] {
  const { uraian } = labels;
  for (let k = 0; k < n; k++) {
    if (uraian[k] === '') uraian[k] = (totalsLabelOf(labels.kode[k], labels.no?.[k] ?? '', '') ?? '').trim();
  }
  return uraian;
}

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

/**
 * One finding per badly typed cell. For a refused amount the value used in the sums is chosen here
 * (the Amount's suggestion, and the value its column holds for the recalculation) and the message says why.
 */
function issueFinding(p: PendingIssue, table: StoredBudgetTable, lang: Lang): Finding {
  const show = (n: number) => (p.column === 'capaian' ? formatPercent(n) : formatRupiah(n));
  let message = p.issue.message[lang];
  let suggestion: string | undefined;
  if (p.amount.invalid) {
    const candidates = p.issue.candidates ?? [];
    const choice = p.column === 'capaian' ? (candidates.length > 0 ? { value: candidates[0], because: 'first' as const } : undefined) : chooseCandidate(table.stored, p.index, p.column, candidates);
    if (choice) {
      p.amount.suggestion = choice.value;
      if (p.column !== 'capaian') (table.stored[p.column] as StoredValues).value[p.index] = choice.value;
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
