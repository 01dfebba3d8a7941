/**
 * Evaluates parsed formulas over cells a caller provides (a report plan, or a workbook's grids). Each
 * formula cell is worked out once (memoised) and a formula that reaches itself gives #CYCLE! instead of
 * looping; references follow Excel's rules for blanks and text.
 */
import { applyFunction } from './functions';
import { parseFormula, type Formula, type Reference } from './parse';
import { arith, compare, ExcelError, scalar, toNumber, type Scalar, type Value } from './values';

/**
 * What a cell holds, as the evaluator needs it: a value, or a formula to work out. A referenced formula
 * the evaluator cannot work out (outside its subset) counts with its `saved` value, where it has one.
 */
export type CellContent = { value: Scalar } | { formula: string; saved?: Scalar };

export interface FormulaCells {
  /** The content of (row, col) on `sheet`; null for an empty cell; undefined when the sheet does not exist. */
  content(sheet: string, row: number, col: number): CellContent | null | undefined;
}

/** Past this many formulas nested in one another, the evaluator gives up on the chain (#DEPTH!) rather than overflow the stack. */
const MAX_DEPTH = 400;

export class FormulaEvaluator {
  private readonly memo = new Map<string, Scalar>();
  private readonly busy = new Set<string>();
  private depth = 0;

  constructor(private readonly cells: FormulaCells) {}

  /** The value of the cell at (row, col) on `sheet`, working out its formula when it holds one. */
  cellValue(sheet: string, row: number, col: number): Scalar {
    const content = this.cells.content(sheet, row, col);
    if (content === undefined) return new ExcelError('#REF!');
    if (content === null) return null;
    if ('value' in content) return content.value;
    if (content.saved === undefined || content.saved === null) return this.formulaValue(sheet, row, col, content.formula);
    try {
      return this.formulaValue(sheet, row, col, content.formula);
    } catch {
      return content.saved;
    }
  }

  /**
   * The value of `formula` standing in (row, col) of `sheet`. Throws when the formula is outside the
   * subset parseFormula reads, or calls a function the evaluator does not know.
   */
  formulaValue(sheet: string, row: number, col: number, formula: string): Scalar {
    const key = `${sheet}\u0000${row}\u0000${col}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.busy.has(key)) return new ExcelError('#CYCLE!');
    if (this.depth >= MAX_DEPTH) return new ExcelError('#DEPTH!');
    this.busy.add(key);
    this.depth++;
    try {
      const result = scalar(this.evaluate(parseFormula(formula), sheet));
      // A formula that lands on a blank (=C5 with C5 empty) shows 0 in Excel.
      const v = result === null ? 0 : result;
      this.memo.set(key, v);
      return v;
    } finally {
      this.busy.delete(key);
      this.depth--;
    }
  }

  private evaluate(f: Formula, sheet: string): Value {
    switch (f.kind) {
      case 'number':
      case 'text':
      case 'logical':
        return f.value;
      case 'ref':
        return this.refValue(f.ref, sheet);
      case 'call':
        return applyFunction(f.name, f.args.map((a) => this.evaluate(a, sheet)));
      case 'unary': {
        const v = toNumber(scalar(this.evaluate(f.arg, sheet)));
        if (v instanceof ExcelError) return v;
        return f.op === '-' ? -v : f.op === '%' ? v / 100 : v;
      }
      case 'binary': {
        const l = scalar(this.evaluate(f.left, sheet));
        const r = scalar(this.evaluate(f.right, sheet));
        return ['=', '<>', '<', '>', '<=', '>='].includes(f.op) ? compare(f.op, l, r) : arith(f.op, l, r);
      }
    }
  }

  private refValue(ref: Reference, ownSheet: string): Value {
    const sheet = ref.sheet ?? ownSheet;
    const to = ref.to ?? ref.from;
    const cells: Scalar[] = [];
    for (let r = Math.min(ref.from.row, to.row); r <= Math.max(ref.from.row, to.row); r++) {
      for (let c = Math.min(ref.from.col, to.col); c <= Math.max(ref.from.col, to.col); c++) cells.push(this.cellValue(sheet, r, c));
    }
    return { range: cells };
  }
}
