/**
 * Parsing the formula subset planners' workbooks and Lapkin's report use into a small syntax tree:
 * numbers, "strings", TRUE/FALSE, cell references and ranges (A1, $C$7, C11:C15, Sheet2!A1,
 * 'Tabel 3.1'!C5:C9), + - * / ^ & with unary minus and postfix %, comparisons, and function calls.
 * Anything else (whole-column ranges, array constants, names) is refused with an Error, so a caller
 * can leave such a formula alone instead of guessing its value.
 */
import { columnIndex } from '../grid/grid';

/** A cell position, 0-based. */
export interface CellPosition {
  row: number;
  col: number;
}

/** A reference to one cell or a rectangular range, on the formula's own sheet unless `sheet` names another. */
export interface Reference {
  sheet?: string;
  from: CellPosition;
  /** The range's other corner; absent for a single cell. */
  to?: CellPosition;
}

export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'logical'; value: boolean }
  | { kind: 'ref'; ref: Reference }
  | { kind: 'call'; name: string; args: Formula[] }
  | { kind: 'unary'; op: '-' | '+' | '%'; arg: Formula }
  | { kind: 'binary'; op: string; left: Formula; right: Formula };

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; v: Reference }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|"((?:[^"]|"")*)"|(?:(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(!])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/^&=<>(),%]))/y;

/** "C7" or "$C$7" → 0-based position. */
function position(ref: string): CellPosition {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`referensi tidak valid: ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

function reference(sheet: string | undefined, text: string): Reference {
  const [a, b] = text.split(':');
  const ref: Reference = { from: position(a) };
  if (b !== undefined) ref.to = position(b);
  if (sheet !== undefined) ref.sheet = sheet;
  return ref;
}

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < formula.length) {
    if (/^\s*$/.test(formula.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`formula tidak dikenal di posisi ${pos}: ${formula}`);
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ t: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[5] !== undefined) tokens.push({ t: 'ref', v: reference(m[3]?.replace(/''/g, "'") ?? m[4], m[5]) });
    else if (m[6] !== undefined) tokens.push({ t: 'name', v: m[6].toUpperCase().replace(/^_XLFN\./, '') });
    else tokens.push({ t: 'op', v: m[7] });
  }
  return tokens;
}

/** The formula text (without its leading "=") as a tree; throws on anything outside the subset. */
export function parseFormula(text: string): Formula {
  return new Parser(tokenize(text.replace(/^=/, ''))).parseAll();
}

const COMPARISONS = ['=', '<>', '<', '>', '<=', '>='];

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Formula {
    const f = this.comparison();
    if (this.i < this.tokens.length) throw new Error('formula: sisa token tidak terbaca');
    return f;
  }

  private peekOp(ops: string[]): string | undefined {
    const t = this.tokens[this.i];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : undefined;
  }

  private expectOp(op: string): void {
    if (!this.peekOp([op])) throw new Error(`formula: "${op}" diharapkan`);
    this.i++;
  }

  /** One left-associative level: operands from `next`, joined by any of `ops`. */
  private level(ops: string[], next: () => Formula): Formula {
    let left = next();
    for (let op = this.peekOp(ops); op; op = this.peekOp(ops)) {
      this.i++;
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  }

  private comparison(): Formula {
    return this.level(COMPARISONS, () => this.concat());
  }

  private concat(): Formula {
    return this.level(['&'], () => this.additive());
  }

  private additive(): Formula {
    return this.level(['+', '-'], () => this.term());
  }

  private term(): Formula {
    return this.level(['*', '/'], () => this.power());
  }

  /** Excel applies a sign before ^ (-2^2 is 4), so the operands of ^ are signed. */
  private power(): Formula {
    return this.level(['^'], () => this.unary());
  }

  private unary(): Formula {
    const op = this.peekOp(['-', '+']);
    if (!op) return this.percent();
    this.i++;
    return { kind: 'unary', op: op as '-' | '+', arg: this.unary() };
  }

  private percent(): Formula {
    let f = this.primary();
    while (this.peekOp(['%'])) {
      this.i++;
      f = { kind: 'unary', op: '%', arg: f };
    }
    return f;
  }

  private primary(): Formula {
    const t = this.tokens[this.i++];
    if (!t) throw new Error('formula: berakhir terlalu cepat');
    switch (t.t) {
      case 'num': return { kind: 'number', value: t.v };
      case 'str': return { kind: 'text', value: t.v };
      case 'ref': return { kind: 'ref', ref: t.v };
      case 'name':
        if (!this.peekOp(['('])) {
          if (t.v === 'TRUE' || t.v === 'FALSE') return { kind: 'logical', value: t.v === 'TRUE' };
          throw new Error(`formula: nama tidak dikenal: ${t.v}`);
        }
        return this.call(t.v);
      case 'op': {
        if (t.v !== '(') throw new Error(`formula: "${t.v}" tidak diharapkan`);
        const f = this.comparison();
        this.expectOp(')');
        return f;
      }
    }
  }

  private call(name: string): Formula {
    this.expectOp('(');
    const args: Formula[] = [];
    if (!this.peekOp([')'])) {
      args.push(this.comparison());
      while (this.peekOp([','])) {
        this.i++;
        args.push(this.comparison());
      }
    }
    this.expectOp(')');
    return { kind: 'call', name, args };
  }
}
