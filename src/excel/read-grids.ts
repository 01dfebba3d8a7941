/**
 * Reads every worksheet's used range into Grids in a number of syncs known before anything large is asked:
 * 1. the sheet list and defined names (office-js cannot queue work on sheets it has not listed yet);
 * 2. each used range's position and size, its merged areas and its visible cells (what is not visible is hidden);
 * 3. the cells, packed by read-plan into requests whose answers stay under 4.5 MB each — small
 *    sheets together, a big sheet in row bands; the first request is planned with a fixed allowance per
 *    cell, the rest with the size per cell the answers so far really had (read-cells.ts).
 * So a workbook of a few hundred rows takes 3 syncs, and a big one 2 + about ceil(answer bytes / 4.5 MB) + 1.
 * Should Excel still refuse an answer as over 5 MB, the rest is re-planned at half the budget and read
 * again: a safety net, not the plan.
 */
import type { Cell, CellValue, Grid, MergeRange } from '../domain/grid/grid';
import { parseAreasAddress } from './addresses';
import type { ExcelFeatures } from './features';
import { isPayloadLimitError } from './office-errors';
import { readCells } from './read-cells';
import type { CellSource } from './read-cells';
import { READ_BUDGET, READ_PROPERTIES } from './read-plan';
import type { ReadPiece } from './read-plan';
import type { ExcelRun } from './run';
import { findMarks } from './write/sheet-names';
import { hiddenOutside } from './hidden-cells';

const SHAPE_PROPERTIES = 'rowIndex,columnIndex,rowCount,columnCount';

export interface ReadOptions {
  /** estimated answer bytes per sync (tests lower it); defaults to READ_BUDGET */
  budget?: number;
}

interface RangeData {
  values: unknown[][];
  numberFormat: unknown[][];
  text: unknown[][];
  formulas: unknown[][];
}

function cellValue(v: unknown): CellValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

/** One cell, or undefined when Excel reports it empty (no value and no formula). */
export function toCell(value: unknown, numberFormat: unknown, text: unknown, formula: unknown): Cell | undefined {
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  if ((value === '' || value === null || value === undefined) && !isFormula) return undefined;
  const cell: Cell = { value: value === '' ? null : cellValue(value) };
  if (typeof numberFormat === 'string' && numberFormat !== '') cell.numberFormat = numberFormat;
  if (typeof text === 'string') cell.text = text;
  if (isFormula) cell.formula = (formula as string).slice(1);
  return cell;
}

/** Rows of cells from office-js's parallel 2D arrays. */
export function toRows(data: RangeData): (Cell | undefined)[][] {
  // Each property is read once: on an office-js proxy every access goes through a getter.
  const { values, numberFormat, text, formulas } = data;
  return values.map((row, r) => row.map((v, c) => toCell(v, numberFormat[r]?.[c], text[r]?.[c], formulas[r]?.[c])));
}

/** A sheet with its used range's shape, once sync 2 has answered. */
interface SheetLoad {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  /** The used range's visible cells: rows and columns outside them are hidden (hidden-cells.ts). */
  visible?: Excel.RangeAreas;
  /** rows of the used range, filled piece by piece */
  rows: (Cell | undefined)[][];
}

function mergesOf(load: SheetLoad): MergeRange[] {
  if (!load.merged || load.merged.isNullObject) return [];
  return parseAreasAddress(load.merged.address);
}

function visibleCellsOf(used: Excel.Range): Excel.RangeAreas {
  const visible = used.getSpecialCellsOrNullObject('Visible');
  visible.load('address');
  return visible;
}

function mergedAreasOf(used: Excel.Range): Excel.RangeAreas {
  const merged = used.getMergedAreasOrNullObject();
  merged.load('address');
  return merged;
}

/**
 * Sync 2: shapes, merges and visible cells together; merges and visible cells alone per sheet if their
 * addresses make the answer too large (thousands of merged blocks, or of rows left by a filter).
 */
async function loadShapes(context: Excel.RequestContext, sheets: Excel.Worksheet[], features: ExcelFeatures): Promise<SheetLoad[]> {
  const loads: SheetLoad[] = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject();
    used.load(SHAPE_PROPERTIES);
    const merged = features.mergedAreas ? mergedAreasOf(used) : undefined;
    const visible = features.visibleCells ? visibleCellsOf(used) : undefined;
    return { sheet, used, merged, visible, rows: [] };
  });
  try {
    await context.sync();
    return loads;
  } catch (e) {
    if (!(features.mergedAreas || features.visibleCells) || !isPayloadLimitError(e)) throw e;
  }
  // Shapes first, then each sheet's merges and visible cells on their own.
  const retried = await loadShapes(context, sheets, { ...features, mergedAreas: false, visibleCells: false });
  for (const load of retried) {
    if (load.used.isNullObject) continue;
    if (features.mergedAreas) load.merged = await loadAlone(context, mergedAreasOf(load.used));
    if (features.visibleCells) load.visible = await loadAlone(context, visibleCellsOf(load.used));
  }
  return retried;
}

/**
 * One sheet's areas in a sync of their own, or undefined when even they are too large: merges only refine
 * header detection and hidden cells only the column choice, so a sheet is read without them rather than not at all.
 */
async function loadAlone(context: Excel.RequestContext, areas: Excel.RangeAreas): Promise<Excel.RangeAreas | undefined> {
  try {
    await context.sync();
    return areas;
  } catch (e) {
    if (!isPayloadLimitError(e)) throw e;
    return undefined;
  }
}

/** The used range's hidden columns and rows, from its visible cells (none found visible: nothing is said). */
function hiddenOf(used: Excel.Range, visible: Excel.RangeAreas): Pick<Grid, 'hiddenCols' | 'hiddenRows'> {
  if (visible.isNullObject) return {};
  const area = { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
  return hiddenOutside(area, parseAreasAddress(visible.address));
}

/** Sync 3 onwards: the cells, in requests sized by what the first answers weighed (read-cells.ts). */
async function readAllCells(context: Excel.RequestContext, loads: SheetLoad[], budget: number): Promise<void> {
  const regions: ReadPiece[] = [];
  const sources: CellSource[] = loads.map((l, sheet) => {
    if (l.used.isNullObject) return { sheet: l.sheet, top: 0, left: 0 };
    const { rowCount, columnCount } = l.used;
    l.rows = new Array<(Cell | undefined)[]>(rowCount);
    regions.push({ sheet, row: 0, rows: rowCount, col: 0, cols: columnCount });
    return { sheet: l.sheet, top: l.used.rowIndex, left: l.used.columnIndex };
  });
  await readCells(context, sources, regions, { properties: READ_PROPERTIES, budget }, (p, block) => {
    const { rows } = loads[p.sheet];
    const width = loads[p.sheet].used.columnCount;
    toRows(block as RangeData).forEach((cells, r) => {
      if (p.col === 0 && p.cols === width) rows[p.row + r] = cells;
      else {
        const row = (rows[p.row + r] ??= new Array<Cell | undefined>(width));
        cells.forEach((cell, c) => (row[p.col + c] = cell));
      }
    });
  });
}

export async function readGridsWith(run: ExcelRun, features: ExcelFeatures, options: ReadOptions = {}): Promise<Grid[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/position');
    const names = context.workbook.names;
    names.load('items/name,items/value');
    await context.sync();

    const markBySheet = new Map<string, string>();
    for (const mark of findMarks(names.items.map((n) => ({ name: n.name, value: String(n.value) })))) {
      // generatedBy is the kind, as the .xlsx host reports it; only marks whose checksum holds count.
      if (mark.sheet !== undefined) markBySheet.set(mark.sheet.toLocaleLowerCase('id'), mark.kind);
    }

    const loads = await loadShapes(context, sheets.items, features);
    await readAllCells(context, loads, options.budget ?? READ_BUDGET);

    return loads
      .map((l): Grid => {
        const empty = l.used.isNullObject;
        const grid: Grid = {
          name: l.sheet.name,
          index: l.sheet.position,
          rows: l.rows,
          originRow: empty ? 0 : l.used.rowIndex,
          originCol: empty ? 0 : l.used.columnIndex,
          merges: empty ? [] : mergesOf(l),
        };
        if (!empty && l.visible) Object.assign(grid, hiddenOf(l.used, l.visible));
        const mark = markBySheet.get(l.sheet.name.toLocaleLowerCase('id'));
        if (mark) grid.generatedBy = mark;
        return grid;
      })
      .sort((a, b) => a.index - b.index);
  });
}
