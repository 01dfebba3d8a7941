/**
 * From mapped rows to a BudgetTable: labels and amounts read the way planners type them, every row
 * placed in the hierarchy, and every badly typed number turned into a finding at its cell.
 */
import type { Cell } from '../grid/grid';
import type { Finding } from '../findings';
import type { MappedCell, MappedRow, SheetMapping } from '../mapping/types';
import type { Amount, BudgetRow, BudgetTable } from '../model';
import { readCell, showsText, type CellIssue, type CellReading } from '../parse/cell';
import { displayText } from '../parse/display';
import { formatPercent, formatRupiah } from '../parse/format';
import type { Lang } from '../settings';
import { AMOUNT_COLUMNS, type AmountColumn } from './amounts';
import { chooseCandidate } from './candidates';
import { placeCodedRows, placeNumberedRows, totalsLabel, type Placement, type RowLabels } from './hierarchy';
import { choiceNote } from './messages';

type TableColumn = keyof BudgetTable['columns'];
const TABLE_COLUMNS: TableColumn[] = ['kode', 'uraian', 'pagu', 'target', 'realisasi', 'capaian'];

interface PendingIssue {
  index: number;
  column: AmountColumn | 'capaian';
  amount: Amount;
  issue: CellIssue;
}

/** A row kept for the table: the mapped row and its labels (its numbers are read once it is placed). */
interface DataRow {
  mapped: MappedRow;
  labels: RowLabels;
}

/** The four value cells of a row, read. */
interface RowValues {
  pagu: CellReading;
  target?: CellReading;
  realisasi: CellReading;
  capaian?: CellReading;
}

export function buildBudgetTable(sheet: SheetMapping, rows: MappedRow[], lang: Lang): { table: BudgetTable; findings: Finding[] } {
  const columns = tableColumns(sheet);
  // Labels first, numbers after placement: the readings then live only as long as their row takes to
  // build, instead of all of them at once (a Tabel 3.1 may have a hundred thousand rows).
  const kept: DataRow[] = [];
  for (const mapped of rows) {
    const labels = rowLabels(mapped);
    if (isDataRow(mapped, labels)) kept.push({ mapped, labels });
  }
  const labels = kept.map((r) => r.labels);
  const placements: Placement[] = sheet.kind === 'tabel-3.1' ? placeCodedRows(labels) : placeNumberedRows(labels);

  const pending: PendingIssue[] = [];
  const budgetRows: BudgetRow[] = kept.map((r, i) => {
    const values = readValues(r.mapped, columns);
    collectIssues(values, i, pending);
    return toBudgetRow(r, values, placements[i]);
  });
  budgetRows.forEach((row, i) => {
    if (row.parent >= 0) budgetRows[row.parent].children.push(i);
  });
  const table: BudgetTable = {
    sheet: sheet.sheet,
    kind: sheet.kind === 'tabel-3.1' ? 'tabel-3.1' : 'detail',
    ...(sheet.title !== undefined ? { title: sheet.title } : {}),
    rows: budgetRows,
    columns,
  };

  // Row by row, in order: choosing a refused cell's value reads the values chosen for the cells before it.
  const findings = pending.map((p) => issueFinding(p, table, lang));
  return { table, findings };
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
  return displayText(cell).trim();
}

function rowLabels(mapped: MappedRow): RowLabels {
  const c = mapped.cells;
  return { kode: cellText(c.kode?.cell), no: cellText(c.no?.cell), uraian: cellText(c.uraian?.cell) };
}

/** Blank rows and headings with neither a label nor a number are not rows of the budget. */
function isDataRow(mapped: MappedRow, labels: RowLabels): boolean {
  const c = mapped.cells;
  const hasNumber = showsText(c.pagu?.cell) || showsText(c.target?.cell) || showsText(c.realisasi?.cell) || showsText(c.capaian?.cell);
  const hasCode = labels.kode !== '' || labels.no !== '';
  return hasNumber || (hasCode && labels.uraian !== '');
}

/** The mapped cell's address, or the address the column would have on this row when the mapper left the cell out. */
function addressOf(mc: MappedCell | undefined, column: string | undefined, row: number): string {
  if (mc) return mc.address;
  return column !== undefined ? `${column}${row}` : '';
}

function readValue(mapped: MappedRow, columns: BudgetTable['columns'], role: AmountColumn | 'capaian', expect: 'amount' | 'percent'): CellReading {
  const mc = mapped.cells[role];
  return readCell(mc?.cell, addressOf(mc, columns[role], mapped.row), expect);
}

function readValues(mapped: MappedRow, columns: BudgetTable['columns']): RowValues {
  const c = mapped.cells;
  const out: RowValues = {
    pagu: readValue(mapped, columns, 'pagu', 'amount'),
    realisasi: readValue(mapped, columns, 'realisasi', 'amount'),
  };
  if (columns.target !== undefined || c.target) out.target = readValue(mapped, columns, 'target', 'amount');
  if (columns.capaian !== undefined || c.capaian) out.capaian = readValue(mapped, columns, 'capaian', 'percent');
  return out;
}

/** The row's badly typed cells, in column order (pagu, target, realisasi, capaian). */
function collectIssues(v: RowValues, index: number, out: PendingIssue[]): void {
  for (const column of AMOUNT_COLUMNS) {
    const reading = column === 'target' ? v.target : v[column];
    if (reading?.issue) out.push({ index, column, amount: reading.amount, issue: reading.issue });
  }
  if (v.capaian?.issue) out.push({ index, column: 'capaian', amount: v.capaian.amount, issue: v.capaian.issue });
}

function toBudgetRow(r: DataRow, v: RowValues, p: Placement): BudgetRow {
  const label = totalsLabel(r.labels);
  const uraian = r.labels.uraian !== '' ? r.labels.uraian : (label ?? '').trim();
  const row = r.mapped.row;
  const capaianDecimals = v.capaian?.decimals;
  // The usual Tabel 3.1 row (a code, a stated capaian, no target) as one literal: a row per sub kegiatan.
  if (p.kode !== undefined && !v.target && v.capaian && capaianDecimals !== undefined) {
    const { kode, level, parent } = p;
    return { row, kode, uraian, level, pagu: v.pagu.amount, realisasi: v.realisasi.amount, capaian: v.capaian.amount, capaianDecimals, parent, children: [] };
  }
  // Any other row key by key, in the model's order (optional keys absent, not undefined).
  const out: Partial<BudgetRow> = { row };
  if (p.kode !== undefined) out.kode = p.kode;
  out.uraian = uraian;
  out.level = p.level;
  out.pagu = v.pagu.amount;
  if (v.target) out.target = v.target.amount;
  out.realisasi = v.realisasi.amount;
  if (v.capaian) out.capaian = v.capaian.amount;
  if (capaianDecimals !== undefined) out.capaianDecimals = capaianDecimals;
  out.parent = p.parent;
  out.children = [];
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
