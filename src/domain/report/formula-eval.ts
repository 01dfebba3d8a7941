/**
 * A tiny evaluator for the formula subset the report plans emit: numbers, "strings", same-sheet cell references
 * and ranges, + - * / & with unary minus, comparisons (= <> < > <= >=), SUM, IF, AND, OR, N.
 * It follows Excel's rules for blanks and text, so tests can prove each formula's `cached` value (the core's
 * recomputation) equals what Excel will compute from the sheet's own cells.
 */
import { a1, columnIndex } from '../grid/grid';
import type { PlanCell, SheetPlan } from './sheet-plan';

/** An Excel error value (#DIV/0!, #VALUE!), kept apart from text that merely starts with "#". */
class ExcelError {
  constructor(readonly code: string) {}
}

type Scalar = number | string | boolean | null | ExcelError;
/** A reference keeps its cells, so SUM can skip text in referenced cells as Excel does. */
type Value = Scalar | { range: Scalar[] };

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; v: string }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/&=<>(),]))/y;

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < formula.length) {
    if (/^\s*$/.test(formula.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`formula tidak dikenal di posisi ${pos}: ${formula}`);
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ t: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ t: 'ref', v: m[3].replace(/\$/g, '').toUpperCase() });
    else if (m[4] !== undefined) tokens.push({ t: 'name', v: m[4].toUpperCase() });
    else tokens.push({ t: 'op', v: m[5] });
  }
  return tokens;
}

/** Parses one 1-based "C7" into 0-based coordinates. */
function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`referensi tidak valid: ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

class Evaluator {
  private readonly memo = new Map<string, Scalar>();
  private readonly busy = new Set<string>();

  constructor(private readonly plan: SheetPlan) {}

  cellValue(row: number, col: number): Scalar {
    const cell: PlanCell | null | undefined = this.plan.rows[row]?.[col];
    if (!cell) return null;
    switch (cell.kind) {
      case 'number': return cell.value;
      case 'text': return cell.text;
      case 'link': return cell.text;
      case 'formula': return this.formulaValue(a1(row, col), cell.formula);
    }
  }

  formulaValue(address: string, formula: string): Scalar {
    const known = this.memo.get(address);
    if (known !== undefined) return known;
    if (this.busy.has(address)) return new ExcelError('#CYCLE!');
    this.busy.add(address);
    const parser = new Parser(tokenize(formula), this);
    const result = scalar(parser.parseAll());
    // A formula that lands on a blank (=C5 with C5 empty) shows 0 in Excel.
    const v = result === null ? 0 : result;
    this.busy.delete(address);
    this.memo.set(address, v);
    return v;
  }

  refValue(ref: string): Value {
    const [from, to] = ref.split(':');
    const a = parseRef(from);
    if (!to) return { range: [this.cellValue(a.row, a.col)] };
    const b = parseRef(to);
    const cells: Scalar[] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) cells.push(this.cellValue(r, c));
    }
    return { range: cells };
  }
}

function isRange(v: Value): v is { range: Scalar[] } {
  return typeof v === 'object' && v !== null && !(v instanceof ExcelError);
}

/** A reference used as a single value: its one cell (ranges in scalar position are not in our subset). */
function scalar(v: Value): Scalar {
  if (!isRange(v)) return v;
  if (v.range.length !== 1) return new ExcelError('#VALUE!');
  return v.range[0];
}

function toNumber(v: Scalar): number | ExcelError {
  if (v instanceof ExcelError) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = v.trim() === '' ? Number.NaN : Number(v);
  return Number.isNaN(n) ? new ExcelError('#VALUE!') : n;
}

function toBool(v: Scalar): boolean | ExcelError {
  if (v instanceof ExcelError) return v;
  if (typeof v === 'string') return new ExcelError('#VALUE!');
  return Boolean(v);
}

/** Excel's ordering across types: numbers < text < logicals; a blank takes the other side's type. */
function compare(op: string, l: Scalar, r: Scalar): Scalar {
  if (l instanceof ExcelError) return l;
  if (r instanceof ExcelError) return r;
  const blankAs = (other: Scalar): Scalar => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const a = l === null ? blankAs(r) : l;
  const b = r === null ? blankAs(l) : r;
  const rank = (x: Scalar): number => (typeof x === 'number' ? 0 : typeof x === 'string' ? 1 : 2);
  let c: number;
  if (rank(a) !== rank(b)) c = rank(a) - rank(b);
  else if (typeof a === 'string' && typeof b === 'string') c = a.toLowerCase().localeCompare(b.toLowerCase());
  else c = Number(a) - Number(b);
  switch (op) {
    case '=': return c === 0;
    case '<>': return c !== 0;
    case '<': return c < 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    default: return c >= 0;
  }
}

function arith(op: string, l: Scalar, r: Scalar): Scalar {
  if (op === '&') {
    if (l instanceof ExcelError) return l;
    if (r instanceof ExcelError) return r;
    return `${l ?? ''}${r ?? ''}`;
  }
  const a = toNumber(l);
  if (a instanceof ExcelError) return a;
  const b = toNumber(r);
  if (b instanceof ExcelError) return b;
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    default: return b === 0 ? new ExcelError('#DIV/0!') : a / b;
  }
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[], private readonly ev: Evaluator) {}

  parseAll(): Value {
    const v = this.comparison();
    if (this.i < this.tokens.length) throw new Error('formula: sisa token tidak terbaca');
    return v;
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.tokens[this.i];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : undefined;
  }

  private expectOp(op: string): void {
    if (!this.peekOp(op)) throw new Error(`formula: "${op}" diharapkan`);
    this.i++;
  }

  private comparison(): Value {
    let l = this.concat();
    for (let op = this.peekOp('=', '<>', '<', '>', '<=', '>='); op; op = this.peekOp('=', '<>', '<', '>', '<=', '>=')) {
      this.i++;
      l = compare(op, scalar(l), scalar(this.concat()));
    }
    return l;
  }

  private concat(): Value {
    let l = this.additive();
    while (this.peekOp('&')) {
      this.i++;
      l = arith('&', scalar(l), scalar(this.additive()));
    }
    return l;
  }

  private additive(): Value {
    let l = this.term();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.i++;
      l = arith(op, scalar(l), scalar(this.term()));
    }
    return l;
  }

  private term(): Value {
    let l = this.unary();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.i++;
      l = arith(op, scalar(l), scalar(this.unary()));
    }
    return l;
  }

  private unary(): Value {
    const op = this.peekOp('-', '+');
    if (!op) return this.primary();
    this.i++;
    const v = toNumber(scalar(this.unary()));
    return v instanceof ExcelError || op === '+' ? v : -v;
  }

  private primary(): Value {
    const t = this.tokens[this.i++];
    if (!t) throw new Error('formula: berakhir terlalu cepat');
    switch (t.t) {
      case 'num': return t.v;
      case 'str': return t.v;
      case 'ref': return this.ev.refValue(t.v);
      case 'name': return this.call(t.v);
      case 'op': {
        if (t.v !== '(') throw new Error(`formula: "${t.v}" tidak diharapkan`);
        const v = this.comparison();
        this.expectOp(')');
        return v;
      }
    }
  }

  private call(name: string): Value {
    this.expectOp('(');
    const args: Value[] = [];
    if (!this.peekOp(')')) {
      args.push(this.comparison());
      while (this.peekOp(',')) {
        this.i++;
        args.push(this.comparison());
      }
    }
    this.expectOp(')');
    return applyFunction(name, args);
  }
}

function applyFunction(name: string, args: Value[]): Scalar {
  switch (name) {
    case 'SUM': {
      let s = 0;
      for (const a of args) {
        // Referenced cells: only numbers count. Direct values: numbers, logicals and numeric text count.
        const items: Scalar[] = isRange(a) ? a.range.filter((x) => typeof x === 'number' || x instanceof ExcelError) : [a];
        for (const x of items) {
          const n = toNumber(x);
          if (n instanceof ExcelError) return n;
          s += n;
        }
      }
      return s;
    }
    case 'IF': {
      if (args.length < 2 || args.length > 3) throw new Error('IF: 2 atau 3 argumen');
      const c = toBool(scalar(args[0]));
      if (c instanceof ExcelError) return c;
      return c ? scalar(args[1]) : args.length === 3 ? scalar(args[2]) : false;
    }
    case 'AND':
    case 'OR': {
      const bools = args.map((a) => toBool(scalar(a)));
      const err = bools.find((b): b is ExcelError => b instanceof ExcelError);
      if (err) return err;
      return name === 'AND' ? bools.every(Boolean) : bools.some(Boolean);
    }
    case 'N': {
      const v = scalar(args[0] ?? null);
      return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : v instanceof ExcelError ? v : 0;
    }
    default:
      throw new Error(`fungsi tidak didukung: ${name}`);
  }
}

function exported(v: Scalar): number | string | null {
  if (v instanceof ExcelError) return v.code;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** Every formula cell of the plan (keyed by A1 address) with the value Excel would compute for it. */
export function evaluatePlanFormulas(plan: SheetPlan): Map<string, number | string | null> {
  const ev = new Evaluator(plan);
  const out = new Map<string, number | string | null>();
  plan.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell?.kind === 'formula') out.set(a1(r, c), exported(ev.formulaValue(a1(r, c), cell.formula)));
    });
  });
  return out;
}
