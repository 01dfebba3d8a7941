/**
 * Figures a workbook states about its budget outside the budget tables, read off the grids:
 * - a DPA block: a line titled "DPA", "Pagu DPA" or "Dokumen Pelaksanaan Anggaran" (or a sheet so named) over rows
 *   of kode + pagu, and a total row for the whole unit. Such figures settle the questions as the planner's own
 *   --dpa figures do.
 * - the Perjanjian Kinerja's budget: on a sheet titled "Perjanjian Kinerja", the line of its total budget ("a) Belanja
 *   (Program) Rp. 1.500.000.000,-", "Total Anggaran", "Anggaran: Rp …") and the programme lines under it. One more
 *   place the amount stands, weighing one cell.
 * Rows inside a mapped budget table are never read here: a Tabel 3.1 whose title names the DPA stays a Tabel 3.1.
 */
import { cellAt, columnLetter, gridEndRow, type Cell, type Grid } from '../../grid/grid';
import type { SheetMapping } from '../../mapping/types';
import { readCell } from '../../parse/cell';
import { parseIndonesianNumber } from '../../parse/number';
import { codeKind, isTotalLabel } from '../code';

/** A figure with the cell it stands in. `kode` absent: the whole unit; `name`: a line named, not coded. */
export interface WorkbookFigure {
  kode?: string;
  name?: string;
  pagu: number;
  sheet: string;
  cell: string;
}

export const DPA_TITLE = /\bdpa\b|dokumen\s+pelaksanaan\s+anggaran/i;
const PK_TITLE = /perjanjian\s+kinerja/i;
/** The PK's budget line: "a) Belanja (Program)", "Total Anggaran", "Jumlah Anggaran", "Anggaran", "Pagu". */
const PK_BUDGET = /^\s*(?:[a-z0-9]{1,3}[.)]\s*)?(?:total\s+anggaran|jumlah\s+anggaran|belanja\b|anggaran\b|pagu\b|alokasi\b)/i;
/** An amount written in a text: "Rp. 1.500.000.000,-", "Rp 838.526.327". */
const RUPIAH_IN_TEXT = /rp\.?\s*([\d.]+(?:,\d{1,2})?)(?:,-)?/i;
/** Amounts below this are no budget (a numbering, a percentage). */
const MIN_RUPIAH = 1000;
const MAX_TITLE = 140;
const HEADER_LOOKAHEAD = 6;
const TITLE_ROWS = 8;

const textOf = (c: Cell | undefined): string => (typeof c?.value === 'string' ? c.value.replace(/\s+/g, ' ').trim() : '');

function filledCells(grid: Grid, r: number): number[] {
  const out: number[] = [];
  const row = grid.rows[r - grid.originRow] ?? [];
  row.forEach((c, i) => {
    if (c && c.value !== null && c.value !== '' && !(typeof c.value === 'string' && c.value.trim() === '')) out.push(grid.originCol + i);
  });
  return out;
}

/** A rupiah amount in a cell: a number, or a text that reads as one; undefined otherwise. */
function rupiahAt(grid: Grid, r: number, c: number): number | undefined {
  const cell = cellAt(grid, r, c);
  if (!cell || cell.value === null || cell.value === '' || typeof cell.value === 'boolean') return undefined;
  if (typeof cell.value === 'string' && /%/.test(cell.value)) return undefined;
  const reading = readCell(cell, '', 'amount');
  const v = reading.amount.value;
  if (v !== null && reading.issue?.severity !== 'error' && v >= MIN_RUPIAH && !/%/.test(cell.numberFormat ?? '')) return v;
  if (typeof cell.value !== 'string') return undefined;
  const m = RUPIAH_IN_TEXT.exec(cell.value);
  if (!m) return undefined;
  const n = parseIndonesianNumber(m[1].replace(/,\d{1,2}$/, ''), 'amount');
  return n.value !== null && n.value !== undefined && n.issue?.severity !== 'error' && n.value >= MIN_RUPIAH ? n.value : undefined;
}

/** Sheet rows (0-based) that a mapped budget table covers, header included. */
function mappedRows(grid: Grid, mapping: SheetMapping[]): (r: number) => boolean {
  const ranges = mappedRanges(grid, mapping);
  return (r) => ranges.some(([a, b]) => r >= a && r <= b);
}

function mappedRanges(grid: Grid, mapping: SheetMapping[]): (readonly [number, number])[] {
  return mapping
    .filter((m) => m.sheet === grid.name && (m.kind === 'tabel-3.1' || m.kind === 'detail') && m.headerRow !== undefined)
    .map((m) => [(m.headerRow as number) - 1, m.lastDataRow !== undefined ? m.lastDataRow - 1 : Infinity] as const);
}

/**
 * Past the mapped budget tables: `r` itself when no mapped table covers sheet row r (0-based), else the first row
 * below the table (header included) covering it.
 */
function pastMappedRows(grid: Grid, mapping: SheetMapping[]): (r: number) => number {
  const ranges = mappedRanges(grid, mapping);
  return (r) => {
    let at = r;
    // Each move goes past a range's end, so no range is met twice; a table mapped to the sheet's end ends the scan.
    for (let moved = true; moved && at !== Infinity; ) {
      moved = false;
      for (const [a, b] of ranges) {
        if (at >= a && at <= b) {
          at = b + 1;
          moved = true;
        }
      }
    }
    return at;
  };
}

/** The column of a DPA block's pagu, from its header: the changed budget over the original, else any amount word. */
function paguColumnOf(grid: Grid, from: number, to: number): number | undefined {
  for (let r = from; r <= to; r++) {
    const filled = filledCells(grid, r);
    // A header has several cells and no amount (a title line, a data row are not one).
    if (filled.length < 2 || filled.some((c) => rupiahAt(grid, r, c) !== undefined)) continue;
    const cols = filled.filter((c) => /pagu|anggaran|alokasi|jumlah|dpa|nilai/i.test(textOf(cellAt(grid, r, c))));
    if (cols.length === 0) continue;
    const changed = cols.find((c) => /perubahan|pergeseran/i.test(textOf(cellAt(grid, r, c))));
    return changed ?? cols[cols.length - 1];
  }
  return undefined;
}

/** One DPA block from `start` (the row after its title) down to two empty rows in a row. */
function readDpaBlock(grid: Grid, start: number, inTable: (r: number) => boolean, out: WorkbookFigure[]): number {
  const end = gridEndRow(grid);
  const pagu = paguColumnOf(grid, start, Math.min(end - 1, start + HEADER_LOOKAHEAD));
  let blanks = 0;
  let r = start;
  for (; r < end && blanks < 2; r++) {
    if (inTable(r)) break;
    const cols = filledCells(grid, r);
    if (cols.length === 0) {
      blanks++;
      continue;
    }
    blanks = 0;
    const amountCol = pagu !== undefined ? pagu : [...cols].reverse().find((c) => rupiahAt(grid, r, c) !== undefined);
    const value = amountCol === undefined ? undefined : rupiahAt(grid, r, amountCol);
    if (value === undefined || amountCol === undefined) continue;
    const cell = `${columnLetter(amountCol)}${r + 1}`;
    const labels = cols.filter((c) => c < amountCol).map((c) => cellAt(grid, r, c)).map((c) => (typeof c?.value === 'string' ? c.value.trim() : ''));
    const coded = labels.map((l) => codeKind(l)).find((k) => k.kind === 'budget' && k.level !== 'unit');
    if (coded && coded.kind === 'budget') out.push({ kode: coded.code, pagu: value, sheet: grid.name, cell });
    else if (labels.some((l) => isTotalLabel(l))) out.push({ pagu: value, sheet: grid.name, cell });
  }
  return r;
}

function isTitleLine(grid: Grid, r: number, pattern: RegExp): boolean {
  const cols = filledCells(grid, r);
  if (cols.length === 0 || cols.length > 2) return false;
  return cols.some((c) => {
    const t = textOf(cellAt(grid, r, c));
    return t.length <= MAX_TITLE && pattern.test(t);
  });
}

/** The DPA figures a workbook states in blocks of its own (never inside a mapped budget table). */
export function dpaInGrids(grids: Grid[], mapping: SheetMapping[]): WorkbookFigure[] {
  const out: WorkbookFigure[] = [];
  for (const grid of grids) {
    if (grid.generatedBy) continue;
    const inTable = mappedRows(grid, mapping);
    const past = pastMappedRows(grid, mapping);
    const end = gridEndRow(grid);
    let r = grid.originRow;
    // A sheet named for the DPA is one block from its top.
    if (DPA_TITLE.test(grid.name)) r = readDpaBlock(grid, r, inTable, out);
    // The rows of a mapped table are passed over whole.
    for (r = past(r); r < end; r = past(r + 1)) {
      if (isTitleLine(grid, r, DPA_TITLE)) r = readDpaBlock(grid, r + 1, inTable, out) - 1;
    }
  }
  return out;
}

/** The label and the amount on one row of a PK sheet: the text before the amount, and the amount's cell. */
function budgetLine(grid: Grid, r: number): { label: string; pagu: number; cell: string } | undefined {
  const cols = filledCells(grid, r);
  for (const c of cols) {
    const value = rupiahAt(grid, r, c);
    if (value === undefined) continue;
    const label = cols.filter((k) => k < c).map((k) => textOf(cellAt(grid, r, k))).filter(Boolean).join(' ')
      || textOf(cellAt(grid, r, c)).replace(RUPIAH_IN_TEXT, '').replace(/[:=]\s*$/, '').trim();
    return { label, pagu: value, cell: `${columnLetter(c)}${r + 1}` };
  }
  return undefined;
}

/**
 * The Perjanjian Kinerja's budget: the whole (its first budget line) and the lines under it that name a programme
 * (returned with `name`, for the settlement to match by name).
 */
export function pkBudgetInGrids(grids: Grid[], mapping: SheetMapping[]): WorkbookFigure[] {
  const out: WorkbookFigure[] = [];
  for (const grid of grids) {
    if (grid.generatedBy) continue;
    const titleEnd = Math.min(gridEndRow(grid), grid.originRow + TITLE_ROWS);
    let titled = false;
    for (let r = grid.originRow; r < titleEnd && !titled; r++) titled = isTitleLine(grid, r, PK_TITLE);
    if (!titled) continue;
    const inTable = mappedRows(grid, mapping);
    const end = gridEndRow(grid);
    for (let r = grid.originRow; r < end; r++) {
      if (inTable(r)) continue;
      const line = budgetLine(grid, r);
      if (!line || !PK_BUDGET.test(line.label)) continue;
      out.push({ pagu: line.pagu, sheet: grid.name, cell: line.cell });
      // The programmes listed under the whole, down to an empty row.
      for (let k = r + 1; k < end && !inTable(k) && filledCells(grid, k).length > 0; k++) {
        const program = budgetLine(grid, k);
        if (program && program.label) out.push({ name: program.label.replace(/^\s*[a-z0-9]{1,3}[.)]?\s+/i, ''), pagu: program.pagu, sheet: grid.name, cell: program.cell });
      }
      break;
    }
  }
  return out;
}

