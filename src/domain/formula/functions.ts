/**
 * The worksheet functions the evaluator knows, each as Excel computes it: the ones planners' reports
 * use (SUM, ROUND, IFERROR, IF, MIN, MAX, ABS, AVERAGE) and the ones Lapkin's report writes (AND, OR, N,
 * ISNUMBER, ISBLANK).
 * An unknown function throws, so its formula is left alone rather than given a guessed value.
 */
import { ExcelError, isRange, scalar, toBool, toNumber, type Scalar, type Value } from './values';

/** The numbers SUM-like functions take: only numbers from referenced cells; numbers, logicals and numeric text given directly. */
function numbersOf(args: Value[]): number[] | ExcelError {
  const out: number[] = [];
  for (const a of args) {
    const items: Scalar[] = isRange(a) ? a.range.filter((x) => typeof x === 'number' || x instanceof ExcelError) : [a];
    for (const x of items) {
      const n = toNumber(x);
      if (n instanceof ExcelError) return n;
      out.push(n);
    }
  }
  return out;
}

/** Excel rounds halves away from zero, on the decimal digits as shown (1.005 rounds to 1.01). */
function round(n: number, digits: number): number {
  const d = Math.trunc(digits);
  const factor = 10 ** d;
  const shifted = Number((Math.abs(n) * factor).toPrecision(15));
  return (Math.sign(n) * Math.round(shifted)) / factor;
}

function numberArg(args: Value[], i: number, fallback?: number): number | ExcelError {
  if (args[i] === undefined) {
    if (fallback === undefined) throw new Error('formula: argumen kurang');
    return fallback;
  }
  return toNumber(scalar(args[i]));
}

type Fn = (args: Value[]) => Scalar;

const FUNCTIONS: Record<string, Fn> = {
  SUM: (args) => {
    const ns = numbersOf(args);
    return ns instanceof ExcelError ? ns : ns.reduce((s, n) => s + n, 0);
  },
  MIN: (args) => {
    const ns = numbersOf(args);
    return ns instanceof ExcelError ? ns : ns.length === 0 ? 0 : Math.min(...ns);
  },
  MAX: (args) => {
    const ns = numbersOf(args);
    return ns instanceof ExcelError ? ns : ns.length === 0 ? 0 : Math.max(...ns);
  },
  AVERAGE: (args) => {
    const ns = numbersOf(args);
    if (ns instanceof ExcelError) return ns;
    return ns.length === 0 ? new ExcelError('#DIV/0!') : ns.reduce((s, n) => s + n, 0) / ns.length;
  },
  ABS: (args) => {
    const n = numberArg(args, 0);
    return n instanceof ExcelError ? n : Math.abs(n);
  },
  ROUND: (args) => {
    const n = numberArg(args, 0);
    const d = numberArg(args, 1);
    if (n instanceof ExcelError) return n;
    if (d instanceof ExcelError) return d;
    return round(n, d);
  },
  IF: (args) => {
    if (args.length < 2 || args.length > 3) throw new Error('IF: 2 atau 3 argumen');
    const c = toBool(scalar(args[0]));
    if (c instanceof ExcelError) return c;
    return c ? scalar(args[1]) : args.length === 3 ? scalar(args[2]) : false;
  },
  IFERROR: (args) => {
    if (args.length !== 2) throw new Error('IFERROR: 2 argumen');
    const v = scalar(args[0]);
    return v instanceof ExcelError ? scalar(args[1]) : v;
  },
  AND: (args) => logical(args, (bs) => bs.every(Boolean)),
  OR: (args) => logical(args, (bs) => bs.some(Boolean)),
  /** TRUE for a number only: text ("-", "12"), a logical, an error and a blank are not numbers. */
  ISNUMBER: (args) => {
    if (args.length !== 1) throw new Error('ISNUMBER: 1 argumen');
    return typeof scalar(args[0]) === 'number';
  },
  /** TRUE for an empty cell only: "" (text of length zero) and 0 are not blank. */
  ISBLANK: (args) => {
    if (args.length !== 1) throw new Error('ISBLANK: 1 argumen');
    return scalar(args[0]) === null;
  },
  N: (args) => {
    const v = scalar(args[0] ?? null);
    return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : v instanceof ExcelError ? v : 0;
  },
};

function logical(args: Value[], combine: (bs: boolean[]) => boolean): Scalar {
  const bools = args.map((a) => toBool(scalar(a)));
  const err = bools.find((b): b is ExcelError => b instanceof ExcelError);
  return err ?? combine(bools as boolean[]);
}

/** The names the evaluator knows, for callers that want to know before evaluating. */
export const KNOWN_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(FUNCTIONS));

export function applyFunction(name: string, args: Value[]): Scalar {
  const fn = FUNCTIONS[name];
  if (!fn) throw new Error(`fungsi tidak didukung: ${name}`);
  return fn(args);
}
