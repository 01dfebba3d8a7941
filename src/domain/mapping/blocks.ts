/**
 * Per-unit blocks: a Setda or Dinas sheet where each Biro/Bidang keeps its own block of the same codes, closed
 * by its own "Jumlah Biro …" row, with a grand total under the blocks. Each block is read as a table of its
 * own (codes repeat from block to block legitimately; a block's total adds up its block), and the grand total
 * is checked against the block totals (grandTotalFindings).
 */
import { cellAt, columnIndex, type Grid } from '../grid/grid';
import type { Finding } from '../findings';
import type { Lang } from '../settings';
import type { ColumnRole, SheetMapping } from './types';
import { isTotalLabel } from '../budget/code';
import { readAmount, type CellNotes } from '../parse/cell';
import { formatRupiah } from '../parse/format';
import { countOf } from '../count-words';

function textAt(grid: Grid, row: number, column: string | undefined): string {
  return column === undefined ? '' : textIn(grid, row, columnIndex(column));
}

/** The trimmed text of a cell by its 0-based column (−1: none). */
function textIn(grid: Grid, row: number, col: number): string {
  if (col < 0) return '';
  const v = cellAt(grid, row, col)?.value;
  return typeof v === 'string' ? v.trim() : '';
}

/** A cell's text as typed by its 0-based column (−1: none): isTotalLabel reads leading spaces itself. */
function rawTextIn(grid: Grid, row: number, col: number): string {
  if (col < 0) return '';
  const v = cellAt(grid, row, col)?.value;
  return typeof v === 'string' ? v : '';
}

/** A kode rekening or its head (5, 5.1, 5.1.02…): one-digit akun and kelompok. */
const REKENING_LIKE = /^\d(\.\d)?$|^\d\.\d\./;

function columnOfRole(sheet: SheetMapping, role: ColumnRole): string | undefined {
  return sheet.columns.find((c) => c.role === role)?.column;
}

/**
 * The table's blocks, or the table itself when it has none. `grid` is the kode view (kode-view.ts): split kode
 * parts already joined. Blocks are told by a code met again after a totals row; a totals row straight under
 * another totals row is the grand total.
 */
export function splitBlocks(grid: Grid, sheet: SheetMapping): SheetMapping[] {
  if (sheet.firstDataRow === undefined || sheet.lastDataRow === undefined) return [sheet];
  const kode = columnOfRole(sheet, 'kode') ?? columnOfRole(sheet, 'kodeBagian');
  const uraian = columnOfRole(sheet, 'uraian');
  const first = sheet.firstDataRow - 1;
  const last = sheet.lastDataRow - 1;
  const kodeCol = kode === undefined ? -1 : columnIndex(kode);
  const uraianCol = uraian === undefined ? -1 : columnIndex(uraian);
  const totals: number[] = [];
  for (let r = first; r <= last; r++) {
    if (isTotalLabel(rawTextIn(grid, r, kodeCol)) || isTotalLabel(rawTextIn(grid, r, uraianCol))) totals.push(r);
  }
  // Blocks need two totals rows at least, and a code met again after the first.
  if (totals.length < 2 || !codeRepeatsAfter(grid, kodeCol, first, last, new Set(totals))) return [sheet];

  const blocks: SheetMapping[] = [];
  let start = first;
  let grandTotalRow: number | undefined;
  for (const t of totals) {
    if (t === start || (blocks.length > 0 && t === (blocks[blocks.length - 1].lastDataRow ?? 0))) {
      // A totals row with no rows of its own above it: the grand total over the blocks.
      grandTotalRow = t + 1;
      start = t + 1;
      continue;
    }
    blocks.push(blockOf(grid, sheet, start, t, uraian));
    start = t + 1;
  }
  if (start <= last && grandTotalRow === undefined) blocks.push(blockOf(grid, sheet, start, last, uraian));
  if (grandTotalRow !== undefined && blocks.length > 0) blocks[blocks.length - 1].grandTotalRow = grandTotalRow;
  return blocks;
}

/** Whether a code of the rows before the first totals row is met again after it. */
function codeRepeatsAfter(grid: Grid, kodeCol: number, first: number, last: number, totals: Set<number>): boolean {
  const seenBeforeTotal = new Set<string>();
  let afterTotal = false;
  for (let r = first; r <= last; r++) {
    if (totals.has(r)) {
      afterTotal = true;
      continue;
    }
    const code = textIn(grid, r, kodeCol);
    if (code === '') continue;
    if (!afterTotal) seenBeforeTotal.add(code);
    // Kode rekening repeat under every sub kegiatan (budget/item-nesting.ts): no sign of a block.
    else if (seenBeforeTotal.has(code) && !REKENING_LIKE.test(code)) return true;
  }
  return false;
}

function blockOf(grid: Grid, sheet: SheetMapping, from: number, to: number, uraian: string | undefined): SheetMapping {
  const block: SheetMapping = { ...sheet, firstDataRow: from + 1, lastDataRow: to + 1 };
  const name = textAt(grid, from, uraian);
  if (name !== '') block.title = name;
  return block;
}

const AMOUNT_ROLES: ColumnRole[] = ['pagu', 'target', 'realisasi'];

const AMOUNT_NAME: Record<string, { id: string; en: string }> = {
  pagu: { id: 'Pagu', en: 'Pagu' },
  target: { id: 'Target', en: 'Target' },
  realisasi: { id: 'Realisasi', en: 'Realisasi' },
};

/** What a block adds up to from its own rows (the recalculation's total over the block's roots). */
export type BlockSums = Partial<Record<'pagu' | 'target' | 'realisasi', number>>;

/**
 * The grand total under per-unit blocks against the sum of the blocks (sum-mismatch): it agrees when it equals
 * either the blocks' totals rows as written or the blocks as recomputed from their rows; the expected value is the
 * recomputed one, so a wrong block total is reported once, on its own row.
 */
export function grandTotalFindings(grid: Grid, tables: SheetMapping[], blockSums: BlockSums[], lang: Lang): Finding[] {
  const withTotal = tables.find((t) => t.grandTotalRow !== undefined);
  if (!withTotal || withTotal.grandTotalRow === undefined) return [];
  const grandRow = withTotal.grandTotalRow - 1;
  const blocks = tables.filter((t) => t.sheet === withTotal.sheet && t.lastDataRow !== undefined && t.lastDataRow - 1 < grandRow);
  const notes: CellNotes = { decimals: undefined, issue: undefined };
  const findings: Finding[] = [];
  for (const role of AMOUNT_ROLES) {
    const column = columnOfRole(withTotal, role);
    if (column === undefined) continue;
    const col = columnIndex(column);
    const valueAt = (row: number): number | null => {
      const amount = readAmount(cellAt(grid, row, col), '', 'amount', notes);
      return amount.value ?? amount.suggestion ?? null;
    };
    let written = 0;
    for (const block of blocks) written += valueAt((block.lastDataRow ?? 1) - 1) ?? 0;
    let sum = 0;
    for (const sums of blockSums) sum += sums[role as keyof BlockSums] ?? 0;
    const cell = `${column}${grandRow + 1}`;
    const stated = valueAt(grandRow);
    if (stated === null || Math.abs(stated - sum) < 0.5 || Math.abs(stated - written) < 0.5) continue;
    const name = AMOUNT_NAME[role];
    findings.push({
      rule: 'sum-mismatch',
      severity: 'error',
      sheet: withTotal.sheet,
      cell,
      message:
        lang === 'en'
          ? `${name.en} ${formatRupiah(stated)} does not equal the sum of the ${countOf(blocks.length, 'block total', lang)} above it (${formatRupiah(sum)}); difference ${formatRupiah(Math.abs(stated - sum))}`
          : `${name.id} ${formatRupiah(stated)} tidak sama dengan jumlah ${countOf(blocks.length, 'total blok', lang)} di atasnya (${formatRupiah(sum)}); selisih ${formatRupiah(Math.abs(stated - sum))}`,
      expected: formatRupiah(sum),
      actual: String(cellAt(grid, grandRow, col)?.value ?? ''),
    });
  }
  return findings;
}
