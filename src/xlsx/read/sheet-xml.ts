/**
 * One worksheet part → a lean Grid: only cells that hold a value or a formula, each a small
 * object sharing its number-format string with every other cell of the same style.
 */
import type { Cell, CellValue, Grid, MergeRange } from '../../domain/grid/grid';
import { limitDetail, READ_LIMITS, ReadBudget, ReadLimitError } from './limits';
import type { CellFormats } from './workbook-parts';
import { shiftFormula } from './shared-formula';
import { attr, decodeExcelEscapes, decodeXml, ownString, scanXml, type XmlHandler } from './xml-scan';

export interface SheetContext {
  sharedStrings: string[];
  formats: CellFormats;
  /** Serial numbers of date cells are moved to the 1900 system (the Grid's convention). */
  date1904: boolean;
  /** Counts the cells of the whole workbook against READ_LIMITS.maxCells. */
  budget?: ReadBudget;
}

/** Days between the 1904 and 1900 date systems' day zero. */
const DAYS_1904_TO_1900 = 1462;

/**
 * "AB12" → [row 11, col 27] (0-based); undefined when it is not an A1 reference. Letters and digits
 * past what could still be inside Excel's grid are not read on: the position is then one past the
 * grid's edge, which the caller refuses.
 */
export function decodeRef(ref: string): [number, number] | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
    if (col > READ_LIMITS.maxColumns) col = READ_LIMITS.maxColumns + 1;
  }
  if (i === 0 || i === ref.length) return undefined;
  const digits = ref.length - i;
  const row = digits > 10 ? READ_LIMITS.maxRows + 1 : Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return undefined;
  return [row - 1, col - 1];
}

/** "A1:E2" → MergeRange; a single cell "A1" is a 1×1 range. */
export function decodeRange(ref: string): MergeRange | undefined {
  const [a, b = a] = ref.split(':');
  const tl = decodeRef(a.replace(/\$/g, ''));
  const br = decodeRef(b.replace(/\$/g, ''));
  if (!tl || !br) return undefined;
  return { top: Math.min(tl[0], br[0]), left: Math.min(tl[1], br[1]), bottom: Math.max(tl[0], br[0]), right: Math.max(tl[1], br[1]) };
}

/** ISO date text (t="d" cells) → 1900-system serial number. */
function isoToSerial(iso: string): number | undefined {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (!Number.isFinite(ms)) return undefined;
  return ms / 86400000 + 25569;
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

function outsideGrid(row: number, col: number): boolean {
  return !(row >= 0 && row < READ_LIMITS.maxRows && col >= 0 && col < READ_LIMITS.maxColumns);
}

/**
 * Refuses what lies beyond the limits before it costs anything: a cell outside Excel's grid, text
 * longer than a cell holds, too many cells or merges. A sparse sheet stays sparse: memory by cells,
 * not by the last address (docs/performance.md says how).
 */
export function parseSheetXml(xml: string, ctx: SheetContext, name: string, index: number): Grid {
  const { sharedStrings, formats, date1904 } = ctx;
  const budget = ctx.budget ?? new ReadBudget();
  const rows: (Cell | undefined)[][] = [];
  const merges: MergeRange[] = [];
  const masters = new Map<string, SharedMaster>();
  let minRow = Infinity;
  let minCol = Infinity;
  // Hidden columns as <col min max> ranges (1-based, as written) and hidden rows (0-based), clipped to the used range at the end.
  const hiddenColRanges: [number, number][] = [];
  const hiddenRows: number[] = [];

  // Current row and cell being read.
  let rowIdx = -1;
  let colIdx = -1;
  let type: string | undefined;
  let style = 0;
  let v: string | undefined;
  let f: string | undefined;
  let fShared: string | undefined;
  let fIsMaster = false;
  let target: 'v' | 'f' | 'is' | undefined;
  let inPhonetic = false;

  const cellValue = (): CellValue => {
    if (v === undefined) return null;
    switch (type) {
      case 's':
        return sharedStrings[Number(v)] ?? null;
      case 'str':
      case 'inlineStr':
        return ownString(decodeExcelEscapes(v));
      case 'b':
        return v === '1' || v === 'true';
      case 'e':
        return v;
      case 'd': {
        const serial = isoToSerial(v);
        return serial === undefined ? v : serial;
      }
      default: {
        const num = Number(v);
        if (!Number.isFinite(num)) return v;
        return date1904 && formats.isDate[style] ? num + DAYS_1904_TO_1900 : num;
      }
    }
  };

  const finishCell = (): void => {
    let formula = f;
    if (fShared !== undefined) {
      if (fIsMaster && f) masters.set(fShared, { formula: f, row: rowIdx, col: colIdx });
      else if (!f) {
        const m = masters.get(fShared);
        formula = m ? shiftFormula(m.formula, rowIdx - m.row, colIdx - m.col) : undefined;
      }
    }
    const value = cellValue();
    if (value === null && !formula) return;
    if (outsideGrid(rowIdx, colIdx)) throw new ReadLimitError(limitDetail.cellOutsideGrid(name, rowIdx, colIdx));
    if (typeof value === 'string' && value.length > READ_LIMITS.maxCellChars) throw new ReadLimitError(limitDetail.cellTooLong(name, value.length));
    budget.addCell();
    const numberFormat = formats.codes[style];
    const cell: Cell = { value };
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    if (formula) cell.formula = formula;
    const row = rows[rowIdx] ?? (rows[rowIdx] = []);
    row[colIdx] = cell;
    if (rowIdx < minRow) minRow = rowIdx;
    if (colIdx < minCol) minCol = colIdx;
  };

  const h: XmlHandler = {
    wantText: false,
    open(tag, attrs, selfClosing) {
      switch (tag) {
        case 'row': {
          const r = attr(attrs, 'r');
          rowIdx = r !== undefined ? Number(r) - 1 : rowIdx + 1;
          colIdx = -1;
          // indexOf first: most rows carry no hidden flag, and attr() slices every attribute it passes.
          if (attrs.indexOf('hidden') >= 0 && isOn(attr(attrs, 'hidden'))) hiddenRows.push(rowIdx);
          break;
        }
        case 'c': {
          const ref = attr(attrs, 'r');
          const pos = ref !== undefined ? decodeRef(ref) : undefined;
          if (pos) [rowIdx, colIdx] = pos;
          else colIdx += 1;
          type = attr(attrs, 't');
          const s = attr(attrs, 's');
          style = s !== undefined ? Number(s) : 0;
          v = undefined;
          f = undefined;
          fShared = undefined;
          fIsMaster = false;
          if (selfClosing) finishCell();
          break;
        }
        case 'v':
          if (!selfClosing) {
            target = 'v';
            v = '';
            h.wantText = true;
          }
          break;
        case 'f':
          if (attr(attrs, 't') === 'shared') {
            fShared = attr(attrs, 'si');
            fIsMaster = attr(attrs, 'ref') !== undefined;
          }
          if (!selfClosing) {
            target = 'f';
            f = '';
            h.wantText = true;
          }
          break;
        case 'is':
          target = 'is';
          v = '';
          break;
        case 'rPh':
          inPhonetic = !selfClosing;
          break;
        case 't':
          if (target === 'is' && !inPhonetic && !selfClosing) h.wantText = true;
          break;
        case 'col': {
          // A column is hidden by its flag or by a width of zero (as some exporters save it).
          const width = attr(attrs, 'width');
          if (isOn(attr(attrs, 'hidden')) || (width !== undefined && Number(width) === 0)) {
            const min = Number(attr(attrs, 'min'));
            const max = Number(attr(attrs, 'max') ?? min);
            if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) hiddenColRanges.push([min - 1, Math.min(max, READ_LIMITS.maxColumns) - 1]);
          }
          break;
        }
        case 'mergeCell': {
          const ref = attr(attrs, 'ref');
          const range = ref !== undefined ? decodeRange(ref) : undefined;
          // A merge reaching past the grid (a whole-sheet merge written loosely) is clipped to it: the
          // range stays four numbers, whatever its area.
          if (range) {
            if (merges.length >= READ_LIMITS.maxMerges) throw new ReadLimitError(limitDetail.tooManyMerges(name));
            range.bottom = Math.min(range.bottom, READ_LIMITS.maxRows - 1);
            range.right = Math.min(range.right, READ_LIMITS.maxColumns - 1);
            merges.push(range);
          }
          break;
        }
      }
    },
    close(tag) {
      switch (tag) {
        case 'v':
        case 'f':
          target = undefined;
          h.wantText = false;
          break;
        case 't':
          h.wantText = false;
          break;
        case 'is':
          target = undefined;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c':
          finishCell();
          break;
      }
    },
    text(raw, isCdata) {
      // Text past Excel's cell limit is refused here, before the pieces are joined into a huge string.
      if (raw.length > READ_LIMITS.maxCellChars * 8) throw new ReadLimitError(limitDetail.cellTooLong(name, raw.length));
      const t = isCdata ? raw : decodeXml(raw);
      if (target === 'f') f += t;
      else v += t;
    },
  };
  scanXml(xml, h);
  const grid = toGrid(rows, merges, minRow, minCol, name, index);
  markHidden(grid, hiddenColRanges, hiddenRows);
  return grid;
}

function isOn(flag: string | undefined): boolean {
  return flag === '1' || flag === 'true';
}

/**
 * Sets the grid's hidden columns and rows, only those inside its used range: a `<col min="27" max="16384"
 * hidden="1">` hiding everything right of the table costs nothing beyond the table's width.
 */
function markHidden(grid: Grid, colRanges: [number, number][], rows: number[]): void {
  if (grid.rows.length === 0 || (colRanges.length === 0 && rows.length === 0)) return;
  const endRow = grid.originRow + grid.rows.length;
  let width = 0;
  for (const r of grid.rows) if (r.length > width) width = r.length;
  const endCol = grid.originCol + width;
  const cols = new Set<number>();
  for (const [from, to] of colRanges) for (let c = Math.max(from, grid.originCol); c <= to && c < endCol; c++) cols.add(c);
  const hiddenRows = rows.filter((r) => r >= grid.originRow && r < endRow);
  if (cols.size > 0) grid.hiddenCols = [...cols].sort((a, b) => a - b);
  if (hiddenRows.length > 0) grid.hiddenRows = [...new Set(hiddenRows)].sort((a, b) => a - b);
}

/**
 * Cuts the leading empty rows and columns off so rows[0][0] is the used range's top-left. Only the
 * rows that hold cells are visited (for…in skips holes), and a row is shifted cell by cell, so a
 * sparse sheet costs its cells. The slots its used range spans are capped: every later loop walks them.
 */
function toGrid(rows: (Cell | undefined)[][], merges: MergeRange[], minRow: number, minCol: number, name: string, index: number): Grid {
  if (minRow === Infinity) return { name, index, rows: [], originRow: 0, originCol: 0, merges };
  const height = rows.length - minRow;
  let slots = height;
  const out: (Cell | undefined)[][] = [];
  for (const key in rows) {
    const r = Number(key);
    const row = rows[r];
    slots += row.length - minCol;
    if (slots > READ_LIMITS.maxSlots) throw new ReadLimitError(limitDetail.tooSparse(name));
    out[r - minRow] = minCol > 0 ? shiftRow(row, minCol) : row;
  }
  // Rows without cells share one empty array (never written to): a gap of a million rows costs one slot each.
  for (let r = 0; r < height; r++) if (out[r] === undefined) out[r] = NO_CELLS;
  return { name, index, rows: out, originRow: minRow, originCol: minCol, merges };
}

const NO_CELLS: (Cell | undefined)[] = Object.freeze([]) as unknown as (Cell | undefined)[];

function shiftRow(row: (Cell | undefined)[], by: number): (Cell | undefined)[] {
  // A short row is sliced (fast for a dense one); a long one may be sparse, so only its cells are visited.
  if (row.length <= 1024) return row.slice(by);
  const shifted: (Cell | undefined)[] = [];
  for (const key in row) {
    const c = Number(key);
    shifted[c - by] = row[c];
  }
  return shifted;
}
