/**
 * Reads every worksheet's used range into Grids. Two syncs: the first lists the sheets and defined names
 * (office-js cannot queue work on sheets it has not listed yet), the second fetches every sheet's values,
 * number formats, display text, formulas and merges at once. Should the answer exceed Excel on the web's
 * 5 MB response limit, the sheets are read again in row bands, one sync per band.
 */
import type { Cell, CellValue, Grid, MergeRange } from '../domain/grid/grid';
import { areaAddress, parseAreasAddress } from './addresses';
import type { ExcelFeatures } from './features';
import { isPayloadLimitError } from './office-errors';
import type { ExcelRun } from './run';
import { findMarks } from './write/sheet-names';
import { LAPKIN_MARK_PREFIX } from '../domain/report/sheet-plan';

/** Cells per band when a whole sheet is too large to read at once (four properties per cell). */
export const CELLS_PER_READ_BAND = 40_000;

const CELL_PROPERTIES = 'values,numberFormat,text,formulas';

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

interface SheetLoad {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

function mergesOf(load: SheetLoad): MergeRange[] {
  if (!load.merged || load.merged.isNullObject) return [];
  return parseAreasAddress(load.merged.address);
}

async function readInBands(context: Excel.RequestContext, loads: SheetLoad[]): Promise<(Cell | undefined)[][][]> {
  // First the shapes only, then each band of rows in its own request.
  for (const l of loads) l.used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  const result: (Cell | undefined)[][][] = [];
  for (const l of loads) {
    const rows: (Cell | undefined)[][] = [];
    if (!l.used.isNullObject) {
      const band = Math.max(1, Math.floor(CELLS_PER_READ_BAND / Math.max(1, l.used.columnCount)));
      for (let r = 0; r < l.used.rowCount; r += band) {
        const count = Math.min(band, l.used.rowCount - r);
        const top = l.used.rowIndex + r;
        const range = l.sheet.getRange(areaAddress(top, l.used.columnIndex, top + count - 1, l.used.columnIndex + l.used.columnCount - 1));
        range.load(CELL_PROPERTIES);
        await context.sync();
        rows.push(...toRows(range));
      }
    }
    result.push(rows);
  }
  return result;
}

export async function readGridsWith(run: ExcelRun, features: ExcelFeatures): Promise<Grid[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/position');
    const names = context.workbook.names;
    names.load('items/name,items/value');
    await context.sync();

    const markBySheet = new Map<string, string>();
    for (const mark of findMarks(names.items.map((n) => ({ name: n.name, value: String(n.value) })))) {
      // generatedBy is the kind, as the .xlsx host reports it; a kind this version does not know keeps its stem.
      const kind = mark.kind ?? mark.name.slice(LAPKIN_MARK_PREFIX.length).replace(/_\d+$/, '');
      if (mark.sheet !== undefined) markBySheet.set(mark.sheet.toLocaleLowerCase('id'), kind);
    }

    const loads: SheetLoad[] = sheets.items.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject();
      used.load(`rowIndex,columnIndex,${CELL_PROPERTIES}`);
      let merged: Excel.RangeAreas | undefined;
      if (features.mergedAreas) {
        merged = used.getMergedAreasOrNullObject();
        merged.load('address');
      }
      return { sheet, used, merged };
    });

    let bands: (Cell | undefined)[][][] | undefined;
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimitError(e)) throw e;
      bands = await readInBands(context, loads);
    }

    return loads
      .map((l, i): Grid => {
        const empty = l.used.isNullObject;
        const grid: Grid = {
          name: l.sheet.name,
          index: l.sheet.position,
          rows: bands ? bands[i] : empty ? [] : toRows(l.used),
          originRow: empty ? 0 : l.used.rowIndex,
          originCol: empty ? 0 : l.used.columnIndex,
          merges: empty ? [] : mergesOf(l),
        };
        const mark = markBySheet.get(l.sheet.name.toLocaleLowerCase('id'));
        if (mark) grid.generatedBy = mark;
        return grid;
      })
      .sort((a, b) => a.index - b.index);
  });
}
