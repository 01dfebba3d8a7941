/**
 * A kode rekening column beside the kode column (Kode | Kode Rekening | Uraian): the programme codes in one, each
 * sub kegiatan's belanja by kode rekening in the other, each row filling one of them. The mapper reads one as the
 * kode and passes the other over; the kode view fills each row whose kode cell is blank with the other column's
 * code, so the builder reads one column of codes (a kode rekening under its sub kegiatan: budget/item-nesting.ts).
 */
import { columnIndex, type Grid } from '../grid/grid';
import type { KodeView } from './kode-view';

/** A column header naming codes: "Kode", "Kode Rekening", "Rekening", "No. Rekening", "Kode Akun". */
const CODE_HEADER = /\b(kode|rekening|akun)\b/i;
/** One of the two headers must name the kode rekening: a "Kode Lokasi" beside a "Kode" is something else. */
const REKENING_HEADER = /\b(rekening|akun)\b/i;
/** Digits between dots, as a kode rekening or a budget code is typed. */
const CODE_TEXT = /^\s*\d+(\s*\.\s*\d+)*\.?\s*$/;

function codeText(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10) return String(v);
  return typeof v === 'string' && CODE_TEXT.test(v) ? v.trim() : undefined;
}

/**
 * Whether a column headed `otherHeader`, passed over beside the kode column headed `kodeHeader`, is the other of the
 * pair: the first such column fills the kode column's blank cells (withRekeningColumn), and the column-choice note
 * says it is read (notes.ts).
 */
export function isRekeningPartner(kodeHeader: string, otherHeader: string): boolean {
  return CODE_HEADER.test(otherHeader) && (REKENING_HEADER.test(otherHeader) || REKENING_HEADER.test(kodeHeader));
}

/** Whether a header names the kode rekening ("Kode Rekening", "No. Rekening", "Kode Akun"), not a programme's kode. */
export function namesRekening(header: string): boolean {
  return REKENING_HEADER.test(header);
}

/** The view with the kode column's blank cells filled from a passed-over code column; the same view when there is none. */
export function withRekeningColumn(view: KodeView, first: number, last: number, offset: number): KodeView {
  const { grid, sheet } = view;
  const kodeHeader = sheet.columns.find((c) => c.role === 'kode')?.header ?? '';
  const other = sheet.columns.find((c) => c.role === 'ignore' && c.header !== undefined && isRekeningPartner(kodeHeader, c.header));
  if (!other) return view;
  const from = columnIndex(other.column) - grid.originCol;
  let rows: Grid['rows'] | undefined;
  for (let r = first; r <= last; r++) {
    const cells = grid.rows[r - grid.originRow];
    if (!cells) continue;
    const own = cells[offset]?.value;
    if (own !== null && own !== undefined && own !== '') continue;
    const code = codeText(cells[from]?.value);
    if (code === undefined) continue;
    rows ??= grid.rows.slice();
    const row = cells.slice();
    row[offset] = { value: code, text: code };
    rows[r - grid.originRow] = row;
  }
  return rows ? { ...view, grid: { ...grid, rows } } : view;
}
