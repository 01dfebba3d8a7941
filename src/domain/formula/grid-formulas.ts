/**
 * Formula cells of the workbook the planner gave us, worked out from the sheets themselves:
 * - a formula saved without a value (files written by scripts, LibreOffice, web exports) gets the
 *   value Excel would compute, so the rules read what the planner sees in Excel;
 * - a formula whose saved value disagrees with what its cells give now (a stale value) gets the
 *   recomputed value too, and is listed, so a `formula-stale` finding can name it.
 * Formulas outside the subset the evaluator knows keep whatever value they were saved with.
 * The grids given are never changed: rows with a changed cell are copied.
 */
import type { Cell, CellValue, Grid } from '../grid/grid';
import { FormulaEvaluator, type CellContent } from './evaluate';
import { ExcelError, type Scalar } from './values';

/** A formula cell whose saved value disagreed with its recomputed one. */
export interface StaleFormula {
  sheet: string;
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
  formula: string;
  cached: CellValue;
  computed: number | string | boolean;
}

export interface EvaluatedWorkbook {
  grids: Grid[];
  /** Formulas saved without a value that now have one. */
  filled: number;
  stale: StaleFormula[];
  /** Names of the sheets that hold at least one formula (rules about formulas look at these only). */
  formulaSheets: Set<string>;
}

/**
 * The grids with every formula cell's value worked out. Grids without a formula cost one pass over their
 * cells; grids with formulas keep their own objects where nothing changed.
 */
export function evaluateWorkbookFormulas(grids: Grid[]): EvaluatedWorkbook {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const evaluator = new FormulaEvaluator({
    content(sheet, row, col): CellContent | null | undefined {
      const grid = byName.get(sheet) ?? byName.get(caseFold(byName, sheet));
      if (!grid) return undefined;
      const cell = grid.rows[row - grid.originRow]?.[col - grid.originCol];
      if (!cell) return null;
      // Every formula is worked out afresh, as Excel does when it recalculates the workbook.
      if (cell.formula !== undefined && evaluable(cell.formula)) return { formula: cell.formula, saved: cell.value };
      return { value: cell.value };
    },
  });

  const stale: StaleFormula[] = [];
  let filled = 0;
  const formulaSheets = new Set<string>();
  const out = grids.map((grid) => {
    let rows: Grid['rows'] | undefined;
    const source = grid.rows;
    for (let r = 0; r < source.length; r++) {
      const cells = source[r];
      // A host may hand over null for an empty cell (JSON, office-js values): read it as empty.
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell || cell.formula === undefined) continue;
        formulaSheets.add(grid.name);
        if (!evaluable(cell.formula)) continue;
        const computed = compute(evaluator, grid, r, c, cell.formula);
        if (computed === undefined) continue;
        if (cell.value === null || cell.value === undefined) {
          filled++;
        } else if (!isStale(cell.value, computed)) {
          continue;
        } else {
          stale.push({ sheet: grid.name, row: grid.originRow + r, col: grid.originCol + c, formula: cell.formula, cached: cell.value, computed });
        }
        rows ??= source.slice();
        if (rows[r] === cells) rows[r] = cells.slice();
        rows[r][c] = withValue(cell, computed);
      }
    }
    return rows ? { ...grid, rows } : grid;
  });
  return { grids: out, filled, stale, formulaSheets };
}

/** A sheet named in a formula with other letter case ('tabel 3.1'!C5): Excel's sheet names are case-insensitive. */
function caseFold(byName: Map<string, Grid>, sheet: string): string {
  const lower = sheet.toLowerCase();
  for (const name of byName.keys()) if (name.toLowerCase() === lower) return name;
  return sheet;
}

/** Cheap test before parsing: whole-column ranges, structured references and array formulas are left alone. */
function evaluable(formula: string): boolean {
  return !/[[{#]|![A-Z]+:[A-Z]+\b|(^|[^A-Z$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}\b/i.test(formula);
}

/** The formula's value, or undefined where it cannot be worked out (outside the subset, an error value). */
function compute(evaluator: FormulaEvaluator, grid: Grid, r: number, c: number, formula: string): number | string | boolean | undefined {
  let v: Scalar;
  try {
    v = evaluator.formulaValue(grid.name, grid.originRow + r, grid.originCol + c, formula);
  } catch {
    return undefined;
  }
  // An error value (#REF! of a sheet not read, #CYCLE!) says more about what we could not read than about the cell.
  if (v === null || v instanceof ExcelError) return undefined;
  if (typeof v === 'number' && !Number.isFinite(v)) return undefined;
  return v;
}

/**
 * A saved value is stale when it differs from the recomputed one by a unit of the last decimal it was saved
 * with or more: a script that rounded 0,3184757… to 0.318476, or cut 0,4655116… to 0.465511, saved a fresh value.
 */
export function isStale(cached: CellValue, computed: number | string | boolean): boolean {
  if (typeof cached === 'number' && typeof computed === 'number') {
    const decimals = Math.min(savedDecimals(cached), 12);
    return Math.abs(cached - computed) >= 10 ** -decimals + 1e-9 * Math.abs(computed);
  }
  if (typeof cached === 'string' && typeof computed === 'string') return cached.trim() !== computed.trim();
  // A saved text for a formula that now gives a number (or the other way round) is left to the rules that read the cell.
  return false;
}

function savedDecimals(n: number): number {
  const s = String(n);
  const exp = /e-(\d+)$/.exec(s);
  const frac = s.split(/[.e]/)[1] ?? '';
  if (exp) return frac.length + Number(exp[1]);
  return s.includes('.') ? frac.length : 0;
}

/** The cell with its value replaced; the display text is dropped, since it showed the old value. */
function withValue(cell: Cell, value: number | string | boolean): Cell {
  const next: Cell = { value };
  if (cell.numberFormat !== undefined) next.numberFormat = cell.numberFormat;
  if (cell.formula !== undefined) next.formula = cell.formula;
  return next;
}
