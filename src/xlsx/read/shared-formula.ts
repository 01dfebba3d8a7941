/**
 * Excel stores a filled-down formula once (the "master") and marks the other cells as sharing it.
 * Their own formula is the master's with every relative reference moved by the cell's offset.
 */

import { columnIndex, columnLetter } from '../../domain/grid/grid';

const REF = /(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![0-9A-Za-z_(!])/g;

/** Moves the relative A1 references of `formula` by (rows, cols); text in double quotes and quoted sheet names stay as they are. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Split on quoted segments: even pieces are formula text, odd pieces are "strings" or 'sheet names'.
  const pieces = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return pieces
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(REF, (whole, colAbs: string, col: string, rowAbs: string, row: string, offset: number, text: string) => {
            const before = offset > 0 ? text.charCodeAt(offset - 1) : 0;
            // Part of a longer name (e.g. a function LOG10 or a defined name), not a reference.
            if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before === 95 || before === 46) return whole;
            // 1-based column numbers, so that moving left of column A is caught below.
            const c = colAbs ? columnIndex(col) + 1 : columnIndex(col) + 1 + cols;
            const r = rowAbs ? Number(row) : Number(row) + rows;
            if (c < 1 || r < 1) return '#REF!';
            return `${colAbs}${columnLetter(c - 1)}${rowAbs}${r}`;
          }),
    )
    .join('');
}
