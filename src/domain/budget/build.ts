/**
 * From mapped rows to a BudgetTable: labels and amounts read the way planners type them, every row
 * placed in the hierarchy, and every badly typed number turned into a finding at its cell.
 */
import type { Cell } from '../grid/grid';
import type { Finding } from '../findings';
import type { ColumnRole, MappedCell, MappedRow, SheetMapping } from '../mapping/types';
import type { Amount, BudgetRow, BudgetTable } from '../model';
import { readCell, type CellIssue, type CellReading } from '../parse/cell';
import { displayText } from '../parse/display';
import { formatPercent, formatRupiah } from '../parse/format';
import type { Lang } from '../settings';
import { AMOUNT_COLUMNS, amountOf, type AmountColumn } from './amounts';
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

interface ReadRow {
  mapped: MappedRow;
  labels: RowLabels;
  pagu: CellReading;
  target?: CellReading;
  realisasi: CellReading;
  capaian?: CellReading;
}

export function buildBudgetTable(sheet: SheetMapping, rows: MappedRow[], lang: Lang): { table: BudgetTable; findings: Finding[] } {
  const columns = tableColumns(sheet);
  const read = rows.map((r) => readRow(r, columns)).filter(isDataRow);
  const placements: Placement[] = sheet.kind === 'tabel-3.1' ? placeCodedRows(read.map((r) => r.labels)) : placeNumberedRows(read.map((r) => r.labels));

  const budgetRows: BudgetRow[] = read.map((r, i) => toBudgetRow(r, placements[i]));
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

  const findings = read.flatMap((r, i) => pendingIssues(r, i, table)).map((p) => issueFinding(p, table, lang));
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

/** The mapped cell's address, or the address the column would have on this row when the mapper left the cell out. */
function addressOf(mc: MappedCell | undefined, column: string | undefined, row: number): string {
  if (mc) return mc.address;
  return column !== undefined ? `${column}${row}` : '';
}

function readRow(mapped: MappedRow, columns: BudgetTable['columns']): ReadRow {
  const c = mapped.cells;
  const at = (role: ColumnRole & TableColumn) => addressOf(c[role], columns[role], mapped.row);
  return {
    mapped,
    labels: { kode: cellText(c.kode?.cell), no: cellText(c.no?.cell), uraian: cellText(c.uraian?.cell) },
    pagu: readCell(c.pagu?.cell, at('pagu'), 'amount'),
    realisasi: readCell(c.realisasi?.cell, at('realisasi'), 'amount'),
    ...(columns.target !== undefined || c.target ? { target: readCell(c.target?.cell, at('target'), 'amount') } : {}),
    ...(columns.capaian !== undefined || c.capaian ? { capaian: readCell(c.capaian?.cell, at('capaian'), 'percent') } : {}),
  };
}

/** Blank rows and headings with neither a label nor a number are not rows of the budget. */
function isDataRow(r: ReadRow): boolean {
  const hasNumber = [r.pagu, r.target, r.realisasi, r.capaian].some((x) => x !== undefined && x.amount.raw.trim() !== '');
  const hasCode = r.labels.kode !== '' || r.labels.no !== '';
  return hasNumber || (hasCode && r.labels.uraian !== '');
}

function toBudgetRow(r: ReadRow, p: Placement): BudgetRow {
  const label = totalsLabel(r.labels);
  const uraian = r.labels.uraian !== '' ? r.labels.uraian : (label ?? '').trim();
  return {
    row: r.mapped.row,
    ...(p.kode !== undefined ? { kode: p.kode } : {}),
    uraian,
    level: p.level,
    pagu: r.pagu.amount,
    ...(r.target ? { target: r.target.amount } : {}),
    realisasi: r.realisasi.amount,
    ...(r.capaian ? { capaian: r.capaian.amount } : {}),
    ...(r.capaian?.decimals !== undefined ? { capaianDecimals: r.capaian.decimals } : {}),
    parent: p.parent,
    children: [],
  };
}

function pendingIssues(r: ReadRow, index: number, table: BudgetTable): PendingIssue[] {
  const out: PendingIssue[] = [];
  for (const column of AMOUNT_COLUMNS) {
    const reading = column === 'target' ? r.target : r[column];
    const amount = amountOf(table.rows[index], column);
    if (reading?.issue && amount) out.push({ index, column, amount, issue: reading.issue });
  }
  const capaian = table.rows[index].capaian;
  if (r.capaian?.issue && capaian) out.push({ index, column: 'capaian', amount: capaian, issue: r.capaian.issue });
  return out;
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
