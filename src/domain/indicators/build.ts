/**
 * The Perjanjian Kinerja capaian table (report section 3.4) built from mapped rows: one IndicatorRow per
 * indicator, with target, realisasi and stated capaian read the way planners type them. Cells that cannot
 * be read, or are read with English separators, become findings here; the capaian rules live in
 * rules/indicators/check.ts.
 */
import type { Finding } from '../findings';
import type { ColumnRole, MappedRow, SheetMapping } from '../mapping/types';
import type { Amount, IndicatorRow, IndicatorTable, Polarity } from '../model';
import { readCell, type CellReading, type Expect } from '../parse/cell';
import type { Lang } from '../settings';
import { parsePolaritas } from './polarity';
import { readPkValue, type PkValue } from './pk-value';
import { cellText, showNumber } from './text';
import { carriedColumns, carriedTexts, targetQuarterOf } from './carried';
import type { Cell, Grid } from '../grid/grid';

type TableColumn = keyof IndicatorTable['columns'];
const TABLE_COLUMNS: TableColumn[] = ['sasaran', 'indikator', 'satuan', 'polaritas', 'target', 'realisasi', 'capaian'];

export function buildIndicatorTable(
  sheet: SheetMapping,
  rows: MappedRow[],
  lang: Lang,
  grid?: Grid,
): { table: IndicatorTable; findings: Finding[] } {
  const letters = columnLetters(sheet);
  const carried = grid ? carriedColumns(sheet) : [];
  const findings: Finding[] = [];
  const indicatorRows: IndicatorRow[] = [];
  let lastSasaran = '';

  for (const mapped of rows) {
    const text = (role: ColumnRole): string => cellText(mapped.cells[role]?.cell);
    const read = (role: ColumnRole, expect: Expect): CellReading => {
      const reading = readCell(mapped.cells[role]?.cell, addressOf(mapped, role, letters), expect);
      if (reading.issue) findings.push(issueFinding(sheet.sheet, reading, lang));
      return reading;
    };
    /** Target and realisasi may be written as more than a number (pk-value.ts); such text is not a number-format fault. */
    const readValue = (role: 'target' | 'realisasi' | 'kondisiAwal', expect: Expect): PkCellValue => {
      const read = readPkCell(mapped.cells[role]?.cell, addressOf(mapped, role, letters), expect);
      if (read.issue) findings.push(issueFinding(sheet.sheet, read.issue, lang));
      return read;
    };

    const indikator = text('indikator');
    if (indikator === '' && !hasAnyValue(mapped)) continue;

    // Mapping fills merged sasaran cells down; a sasaran left blank (not merged) under the one above
    // belongs to it as well, the way the planner reads the printed table.
    const sasaranHere = text('sasaran');
    if (sasaranHere !== '') lastSasaran = sasaranHere;

    const satuan = text('satuan') || undefined;
    const valueExpect = expectFor(satuan);
    const polarity = parsePolaritas(text('polaritas'));
    const target = readValue('target', valueExpect);
    const realisasi = readValue('realisasi', valueExpect);
    // A "(-)" written with a value, in the satuan or in the indicator's name marks its polarity where no Polaritas column states it.
    const mark = target.polarity ?? realisasi.polarity ?? markOf(satuan) ?? markOf(indikator);
    if (!polarity.stated && mark) {
      polarity.polaritas = mark;
      polarity.stated = true;
    }

    const row: IndicatorRow = {
      row: mapped.row,
      sasaran: lastSasaran,
      indikator,
      polaritas: polarity.polaritas,
      polaritasStated: polarity.stated,
      target: target.amount,
      realisasi: realisasi.amount,
    };
    if (target.value) row.targetValue = target.value;
    if (realisasi.value) row.realisasiValue = realisasi.value;
    if (satuan) row.satuan = satuan;
    if (grid && carried.length > 0) row.carried = carriedTexts(grid, mapped.row, carried);
    if (hasRole(mapped, letters, 'kondisiAwal')) row.kondisiAwal = readValue('kondisiAwal', valueExpect).amount;
    if (hasRole(mapped, letters, 'capaian')) {
      const capaian = read('capaian', 'percent');
      row.capaian = capaian.amount;
      if (capaian.decimals !== undefined) row.capaianDecimals = capaian.decimals;
    }
    indicatorRows.push(row);
  }

  const columns: IndicatorTable['columns'] = {};
  for (const role of TABLE_COLUMNS) {
    const letter = letters.get(role);
    if (letter) columns[role] = letter;
  }
  const table: IndicatorTable = { sheet: sheet.sheet, rows: indicatorRows, columns };
  const quarter = targetQuarterOf(sheet);
  if (quarter !== undefined) table.targetQuarter = quarter;
  if (carried.length > 0) table.carried = carried;
  return { table, findings };
}

/** A PK value cell read: its amount, and its value where written as more than a number. */
export interface PkCellValue {
  amount: Amount;
  value?: PkValue;
  polarity?: Polarity;
  /** The reading whose issue is a finding (a number-format fault, English separators), when there is one. */
  issue?: CellReading;
}

/**
 * One target, realisasi or kondisi awal cell. Text that reads as a PK value (pk-value.ts: "Tersedia", a grade,
 * "Level 3", "≥ 80 %") is not a number-format fault; text with digits that reads as none of them is.
 */
export function readPkCell(cell: Cell | undefined, address: string, expect: Expect): PkCellValue {
  const reading = readCell(cell, address, expect);
  const pk = reading.issue?.severity === 'error' && typeof cell?.value === 'string' ? readPkValue(cell.value) : undefined;
  if (!pk || (pk.value.kind === 'text' && /\d/.test(pk.value.text))) return reading.issue ? { amount: reading.amount, issue: reading } : { amount: reading.amount };
  const amount: Amount = { value: pk.value.kind === 'number' ? pk.value.value : null, cell: reading.amount.cell, raw: reading.amount.raw };
  return pk.polarity ? { amount, value: pk.value, polarity: pk.polarity } : { amount, value: pk.value };
}

/**
 * Percent units read fractions under a % format as percent; other units (Indeks 3,5; Level 45; Dokumen 12)
 * are plain numbers. Without a satuan the PK table is taken as percent, as most PK indicators are.
 */
export function expectFor(satuan: string | undefined): Expect {
  if (satuan === undefined || satuan.trim() === '') return 'percent';
  return /%|persen|percent/i.test(satuan) ? 'percent' : 'number';
}

/** First column per role (a second 'target' column, e.g. an earlier year, is mapped 'ignore' by convention). */
function columnLetters(sheet: SheetMapping): Map<ColumnRole, string> {
  const letters = new Map<ColumnRole, string>();
  for (const c of sheet.columns) if (!letters.has(c.role)) letters.set(c.role, c.column);
  return letters;
}

function addressOf(mapped: MappedRow, role: ColumnRole, letters: Map<ColumnRole, string>): string {
  const fromCell = mapped.cells[role]?.address;
  if (fromCell) return fromCell;
  const letter = letters.get(role);
  return letter ? `${letter}${mapped.row}` : '';
}

function hasRole(mapped: MappedRow, letters: Map<ColumnRole, string>, role: ColumnRole): boolean {
  return mapped.cells[role] !== undefined || letters.has(role);
}

function hasAnyValue(mapped: MappedRow): boolean {
  return (['target', 'realisasi', 'capaian'] as ColumnRole[]).some((role) => cellText(mapped.cells[role]?.cell) !== '');
}

export function issueFinding(sheet: string, reading: CellReading, lang: Lang): Finding {
  const issue = reading.issue;
  if (!issue) throw new Error('issueFinding tanpa issue');
  const finding: Finding = {
    rule: issue.rule,
    severity: issue.severity,
    sheet,
    cell: reading.amount.cell,
    message: issue.message[lang],
    actual: reading.amount.raw,
  };
  // A refused cell suggests its most likely value; a cell read with English separators suggests
  // the same value written the Indonesian way ("13.36%" → "13,36").
  const likely = issue.candidates?.[0] ?? (issue.rule === 'separator-style' ? reading.amount.value : null);
  if (likely !== null && likely !== undefined) finding.suggestion = showNumber(likely, 'id');
  return finding;
}

/** "(-)" / "(+)" written in a text: the polarity it marks. */
function markOf(text: string | undefined): Polarity | undefined {
  const m = /\(([-+−])\)/.exec(text ?? '');
  return m ? (m[1] === '+' ? 'positif' : 'negatif') : undefined;
}
