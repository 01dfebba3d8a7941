/**
 * The columns of a budget table that the sum and percent rules do not read but planners keep beside them:
 * realisasi per month (Januari … Desember, beside the cumulative "Realisasi s.d. TW n"), Sisa Anggaran, its
 * percentage ("% Sisa") and Kategori. Found from the sheet's header words (or the mapping's roles where it names them), so the
 * months-sum, sisa and kategori rules know where to look.
 */
import { cellAt, columnIndex, type Cell, type Grid } from '../../grid/grid';
import type { SheetMapping } from '../../mapping/types';
import { normalizeText } from '../../mapping/text';
import { labelText } from '../../parse/display';

export interface MonthColumn {
  /** 0-based sheet column. */
  col: number;
  /** 1–12 */
  month: number;
}

export interface ExtraColumns {
  months: MonthColumn[];
  /** 0-based sheet columns; absent where the table has none. */
  sisa?: number;
  /** "% Sisa", "Sisa (%)", "Persentase Sisa": the sisa as a percentage of the pagu. */
  sisaPercent?: number;
  kategori?: number;
}

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const SHORT = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu|ags|agt', 'sep|sept', 'okt', 'nov', 'des'];
/** Words that make a month header cumulative ("Realisasi s.d. Maret") rather than the month's own. */
const CUMULATIVE = /\b(s d|sd|s d|sampai|hingga|kumulatif|tw|triwulan|total|jumlah)\b/;

/** The month a header names as its own ("Januari", "Realisasi Februari", "Bln Mar"), else undefined. */
export function monthOfHeader(text: string): number | undefined {
  const t = normalizeText(text);
  if (t === '' || CUMULATIVE.test(t)) return undefined;
  const words = t.split(' ');
  for (let m = 0; m < 12; m++) {
    const short = new RegExp(`^(${SHORT[m]})$`);
    if (words.some((w) => w === MONTHS[m] || short.test(w))) return m + 1;
  }
  return undefined;
}

export function isSisaHeader(text: string): boolean {
  return /^sisa\b/.test(normalizeText(text));
}

/** "% Sisa", "Sisa (%)", "Persentase Sisa Anggaran": a sisa header that names a percentage. */
export function isSisaPercentHeader(text: string): boolean {
  const t = text.toLowerCase();
  return /\bsisa\b/.test(t) && (t.includes('%') || /\bpersen/.test(t)) && !/\brp\b/.test(t);
}

/** Header text of each column (0-based sheet column → text): the header rows joined, merged group labels included. */
export function headerTexts(grid: Grid, sheet: SheetMapping): Map<number, string> {
  const out = new Map<number, string>();
  if (sheet.headerRow === undefined) return out;
  const top = sheet.headerRow - 1;
  const bottom = top + (sheet.headerRows ?? 1) - 1;
  for (let r = top; r <= bottom; r++) {
    const cells = grid.rows[r - grid.originRow] ?? [];
    cells.forEach((cell: Cell | undefined, i) => {
      const text = labelText(cell);
      if (text === '') return;
      const col = grid.originCol + i;
      out.set(col, `${out.get(col) ?? ''} ${text}`.trim());
    });
  }
  return out;
}

export function findExtraColumns(grid: Grid, sheet: SheetMapping): ExtraColumns {
  const extra: ExtraColumns = { months: [] };
  const mapped = new Map(sheet.columns.map((c) => [columnIndex(c.column), c.role]));
  // The mapped column first: under a header merged over "Rp | amount" the header's text stands over the "Rp"
  // column the mapping left out (currency-columns.ts), not over the one it mapped.
  const texts = headerTexts(grid, sheet);
  for (const [col, role] of mapped) {
    if (role === 'kategori') extra.kategori ??= col;
    if (role === 'sisa' && isSisaPercentHeader(texts.get(col) ?? '')) extra.sisaPercent ??= col;
    else if (role === 'sisa') extra.sisa ??= col;
  }
  for (const [col, text] of texts) {
    const role = mapped.get(col);
    if (role === 'kategori') extra.kategori ??= col;
    if (role === 'sisa') extra.sisa ??= col;
    if (role === 'realisasiBulan') {
      const month = monthOfHeader(text);
      if (month !== undefined) extra.months.push({ col, month });
    }
    // A column the mapping gave a role of its own (the cumulative realisasi) is not a month.
    if (role !== undefined && role !== 'ignore') continue;
    const month = monthOfHeader(text);
    if (month !== undefined) {
      if (!extra.months.some((m) => m.month === month)) extra.months.push({ col, month });
    } else if (isSisaPercentHeader(text)) extra.sisaPercent ??= col;
    else if (isSisaHeader(text)) extra.sisa ??= col;
  }
  extra.months.sort((a, b) => a.month - b.month);
  return extra;
}

/** The cell of a table row (1-based sheet row) in a 0-based column. */
export function rowCell(grid: Grid, row: number, col: number): Cell | undefined {
  return cellAt(grid, row - 1, col);
}
