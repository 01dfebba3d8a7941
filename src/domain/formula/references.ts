/**
 * What a formula adds up, when all it does is add up cells: `SUM(C11:C14)`, `C24+C26`,
 * `SUM(C11:C12,C14)+C20`. Rules that ask "does this total take in every row it should?" read this.
 */
import { parseFormula, type Formula } from './parse';

/** The 0-based rows a plain sum names in one column of its own sheet. */
export interface SummedColumn {
  col: number;
  rows: number[];
}

function collect(f: Formula, into: { col: number; row: number }[]): boolean {
  switch (f.kind) {
    case 'ref': {
      if (f.ref.sheet !== undefined) return false;
      const to = f.ref.to ?? f.ref.from;
      for (let r = Math.min(f.ref.from.row, to.row); r <= Math.max(f.ref.from.row, to.row); r++) {
        for (let c = Math.min(f.ref.from.col, to.col); c <= Math.max(f.ref.from.col, to.col); c++) into.push({ row: r, col: c });
      }
      return true;
    }
    case 'call':
      return f.name === 'SUM' && f.args.every((a) => collect(a, into));
    case 'binary':
      return f.op === '+' && collect(f.left, into) && collect(f.right, into);
    default:
      return false;
  }
}

/**
 * The rows `formula` adds up, when it only adds cells of one column of its own sheet (SUM and +);
 * undefined for any other formula (a ROUND, a product, another sheet, two columns) or one that does not parse.
 */
export function summedColumn(formula: string): SummedColumn | undefined {
  let parsed: Formula;
  try {
    parsed = parseFormula(formula);
  } catch {
    return undefined;
  }
  const cells: { col: number; row: number }[] = [];
  if (!collect(parsed, cells) || cells.length === 0) return undefined;
  const col = cells[0].col;
  if (cells.some((c) => c.col !== col)) return undefined;
  return { col, rows: [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b) };
}
