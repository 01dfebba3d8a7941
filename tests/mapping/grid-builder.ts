/** Builds a Grid from a 2D array of values, as a host adapter would read it, for mapping tests. */
import { columnIndex, type Cell, type CellValue, type Grid, type MergeRange } from '../../src/domain/grid/grid';

/** A plain value, or a value with its number format and formula. */
export type CellSpec = CellValue | undefined | { v: CellValue; fmt?: string; f?: string };

export interface GridOptions {
  index?: number;
  /** "A5:A6", "D2:F2". */
  merges?: string[];
  /** Number formats by A1 address, for cells given as plain values. */
  formats?: Record<string, string>;
  generatedBy?: string;
}

function parseA1(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad address ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function range(ref: string): MergeRange {
  const [a, b] = ref.split(':');
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

function toCell(spec: CellSpec, format: string | undefined): Cell | undefined {
  if (spec === undefined) return undefined;
  if (spec !== null && typeof spec === 'object') {
    const cell: Cell = { value: spec.v };
    if (spec.fmt ?? format) cell.numberFormat = spec.fmt ?? format;
    if (spec.f) cell.formula = spec.f;
    return cell;
  }
  return format ? { value: spec, numberFormat: format } : { value: spec };
}

export function gridOf(name: string, rows: CellSpec[][], options: GridOptions = {}): Grid {
  const formats = new Map<string, string>();
  for (const [ref, fmt] of Object.entries(options.formats ?? {})) {
    const { row, col } = parseA1(ref);
    formats.set(`${row}:${col}`, fmt);
  }
  const grid: Grid = {
    name,
    index: options.index ?? 0,
    rows: rows.map((r, ri) => r.map((spec, ci) => toCell(spec, formats.get(`${ri}:${ci}`)))),
    originRow: 0,
    originCol: 0,
    merges: (options.merges ?? []).map(range),
  };
  if (options.generatedBy) grid.generatedBy = options.generatedBy;
  return grid;
}

/** Rupiah as a number cell with a thousands format, the way SIPD exports arrive. */
export function rp(n: number): CellSpec {
  return { v: n, fmt: '#,##0' };
}
