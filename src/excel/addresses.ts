/** A1 addresses as office-js hands them over and expects them. Pure string work, no office-js calls. */
import { columnIndex, columnLetter } from '../domain/grid/grid';
import type { MergeRange } from '../domain/grid/grid';

/** Sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits, _ and . */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The sheet a reference such as "='Tabel 3.1'!$A$1" or "Temuan!$A$1" points at; undefined for #REF! and constants. */
export function sheetOfReference(ref: string): string | undefined {
  const body = ref.replace(/^=/, '').trim();
  const bang = body.lastIndexOf('!');
  if (bang <= 0) return undefined;
  const sheetPart = body.slice(0, bang);
  if (/#REF/i.test(sheetPart) || /#REF/i.test(body.slice(bang + 1))) return undefined;
  if (sheetPart.startsWith("'") && sheetPart.endsWith("'") && sheetPart.length >= 2) {
    return sheetPart.slice(1, -1).replace(/''/g, "'");
  }
  return sheetPart;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "B3" → 0-based {row: 2, col: 1}. */
export function parseCell(address: string): { row: number; col: number } {
  const m = CELL.exec(address.trim());
  if (!m) throw new Error(`alamat sel tidak sah: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "A1:C4" (or a single cell) → 0-based inclusive block. */
export function parseArea(address: string): MergeRange {
  const [a, b] = address.split(':');
  const start = parseCell(a);
  const end = b ? parseCell(b) : start;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/**
 * The blocks of a RangeAreas address, e.g. "Sheet1!A1:B2, 'Tabel 3.1'!C3:D4" (quoted names may hold commas
 * and "!"), as 0-based blocks.
 */
export function parseAreasAddress(address: string): MergeRange[] {
  const out: MergeRange[] = [];
  // One pass over the text (commas inside a quoted sheet name do not split); a single pattern over the
  // whole address backtracked quadratically on a long one.
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (i === address.length || (ch === ',' && !quoted)) {
      const piece = address.slice(start, i).trim();
      const ref = AREA_REF.exec(piece.slice(piece.lastIndexOf('!') + 1));
      if (ref) out.push(parseArea(ref[0]));
      start = i + 1;
    }
  }
  return out;
}

const AREA_REF = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** 0-based block → "A1:C4" (a single cell stays "A1"). */
export function areaAddress(top: number, left: number, bottom: number, right: number): string {
  const start = `${columnLetter(left)}${top + 1}`;
  const end = `${columnLetter(right)}${bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}
