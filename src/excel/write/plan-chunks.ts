/**
 * A SheetPlan cut into row chunks that each fit one office-js request, with the 2D arrays and the
 * style rectangles of each chunk. Pure data work, no office-js calls, so the sizes are tested directly.
 *
 * Excel on the web refuses any request over 5 MB (RequestPayloadSizeLimitExceeded). The estimate here is
 * the JSON of what one chunk queues (values, number formats, one action per format property, one per link)
 * and the budget leaves room for office-js's own envelope; a chunk that still fails is split and retried.
 */
import { quoteSheet } from '../addresses';
import type { CellStyle, PlanCell, SheetPlan, StyleName } from '../../domain/report/sheet-plan';

/** How a link cell is written: Range.hyperlink (ExcelApi 1.7) or a HYPERLINK formula on older Excel. */
export type LinkMode = 'hyperlink' | 'formula';

/**
 * Estimated request bytes per sync: 4.5 MB, under Excel on the web's 5 MB (5,242,880 bytes), leaving room for
 * office-js's envelope and the few sheet-wide actions (layout, marks) that ride along with the first rows.
 */
export const DEFAULT_CHUNK_BUDGET = 4_500_000;

/** Bytes office-js spends on one range object path, and on one property-set action. */
const RANGE_COST = 160;
const PROPERTY_COST = 110;
/** One piece's range and its two array properties (formulas, numberFormat), brackets included. */
const PIECE_COST = RANGE_COST + 2 * PROPERTY_COST;

export interface StyleRect {
  style: StyleName;
  /** 0-based, inclusive */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface LinkCell {
  row: number;
  col: number;
  text: string;
  sheet: string;
  cell: string;
}

export interface PlanChunk {
  /** 0-based sheet row of the chunk's first row */
  firstRow: number;
  rowCount: number;
  /** columns covered by the arrays (the widest row of the chunk) */
  width: number;
  /** what Range.formulas receives: numbers, text, "=…" formulas; null leaves a cell empty */
  formulas: (string | number | null)[][];
  /** what Range.numberFormat receives; "@" keeps text as text (a label "=x" or "2024" must not turn into a formula or number) */
  numberFormats: (string | null)[][];
  styleRects: StyleRect[];
  links: LinkCell[];
}

const NO_RENAMES: ReadonlyMap<string, string> = new Map();

/**
 * The value and number format one plan cell is written with. `renamed` maps a plan's sheet name to the
 * name it really got (a user's sheet already had it), so links to generated sheets still land.
 */
export function cellInput(
  cell: PlanCell | null,
  linkMode: LinkMode,
  renamed: ReadonlyMap<string, string> = NO_RENAMES,
): { value: string | number | null; format: string | null } {
  if (!cell) return { value: null, format: null };
  switch (cell.kind) {
    case 'text':
      return { value: cell.text, format: '@' };
    case 'number':
      return { value: cell.value, format: cell.format ?? null };
    case 'formula':
      return { value: `=${cell.formula}`, format: cell.format ?? null };
    case 'link':
      if (linkMode === 'hyperlink') return { value: cell.text, format: '@' };
      return { value: hyperlinkFormula(cell.text, renamed.get(cell.sheet) ?? cell.sheet, cell.cell), format: null };
  }
}

/** =HYPERLINK("#'Tabel 3.1'!D17","D17"): a working in-workbook link on every Excel version. */
export function hyperlinkFormula(text: string, sheet: string, cell: string): string {
  const q = (s: string): string => s.replace(/"/g, '""');
  return `=HYPERLINK("#${q(quoteSheet(sheet))}!${cell}","${q(text.slice(0, 255))}")`;
}

/** How many format properties a named style sets (each is one action in the request). */
export function stylePropertyCount(style: CellStyle | undefined): number {
  if (!style) return 0;
  let n = 0;
  for (const v of Object.values(style)) if (v !== undefined) n++;
  // a border is four edges of two properties each
  return style.border ? n + 7 : n;
}

function runsOf(row: (PlanCell | null)[]): { style: StyleName; left: number; right: number }[] {
  const runs: { style: StyleName; left: number; right: number }[] = [];
  row.forEach((cell, col) => {
    const style = cell?.style;
    if (!style) return;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.right === col - 1) last.right = col;
    else runs.push({ style, left: col, right: col });
  });
  return runs;
}

/** Request bytes of one row's values and number formats, as JSON (what Range.formulas and Range.numberFormat carry). */
function arrayRowBytes(row: (PlanCell | null)[], linkMode: LinkMode, width: number): number {
  // the brackets and comma around the row in each of the two arrays, and the nulls padding it to the chunk's width
  let bytes = 6 + Math.max(0, width - row.length) * 10;
  for (const cell of row) {
    const input = cellInput(cell, linkMode);
    bytes += jsonLength(input.value) + jsonLength(input.format) + 2;
  }
  return bytes;
}

function jsonLength(v: string | number | null): number {
  return v === null ? 4 : typeof v === 'number' ? String(v).length : JSON.stringify(v).length;
}

function linkBytes(row: (PlanCell | null)[], linkMode: LinkMode): number {
  if (linkMode !== 'hyperlink') return 0;
  let bytes = 0;
  for (const cell of row) if (cell?.kind === 'link') bytes += RANGE_COST + PROPERTY_COST + cell.text.length + cell.sheet.length + 16;
  return bytes;
}

function runCost(plan: SheetPlan, style: StyleName): number {
  return RANGE_COST + PROPERTY_COST * stylePropertyCount(plan.styles[style]);
}

/**
 * Estimated request bytes of writing one plan row as the first row of a chunk: its arrays, one range per
 * style run and a row height of its own. An upper bound of what the row adds to any chunk.
 */
export function estimateRowBytes(plan: SheetPlan, row: (PlanCell | null)[], linkMode: LinkMode): number {
  let bytes = arrayRowBytes(row, linkMode, row.length) + linkBytes(row, linkMode);
  for (const run of runsOf(row)) bytes += runCost(plan, run.style);
  if (plan.rowHeights) bytes += RANGE_COST + PROPERTY_COST;
  return bytes;
}

/** Rows [firstRow, firstRow + rowCount) of plan `plan` (an index into the plans written). */
export interface WritePiece {
  plan: number;
  firstRow: number;
  rowCount: number;
}

/** The pieces written in one context.sync(), and the request size they are estimated at. */
export interface WriteRequest {
  pieces: WritePiece[];
  bytes: number;
}

/**
 * Cuts the plans' rows into requests of at most `budget` estimated bytes, in order; the rows of small plans
 * share a request with the next plan's first rows. A row costs its values and number formats as JSON, and
 * its formats only where they open a new rectangle: a style run that continues the same run of the row
 * above (what buildChunk merges into one range) and a row height equal to the one above cost nothing more.
 * Every request holds at least one row, so a row larger than the budget still makes progress.
 */
export function planWrites(plans: readonly SheetPlan[], budget: number, linkMode: LinkMode): WriteRequest[] {
  const requests: WriteRequest[] = [];
  let current: WriteRequest = { pieces: [], bytes: 0 };
  plans.forEach((plan, p) => {
    let piece: WritePiece | undefined;
    let above = new Set<string>();
    const width = plan.rows.reduce((w, row) => Math.max(w, row.length), 0);
    plan.rows.forEach((row, r) => {
      const runs = runsOf(row);
      const keys = new Set(runs.map((run) => `${run.style}|${run.left}|${run.right}`));
      const arrays = arrayRowBytes(row, linkMode, width) + linkBytes(row, linkMode);
      const height = plan.rowHeights ? RANGE_COST + PROPERTY_COST : 0;
      const fresh = arrays + height + runs.reduce((n, run) => n + runCost(plan, run.style), 0);
      let cost = arrays;
      if (piece !== undefined) {
        for (const run of runs) if (!above.has(`${run.style}|${run.left}|${run.right}`)) cost += runCost(plan, run.style);
        if (plan.rowHeights && plan.rowHeights[r] !== plan.rowHeights[r - 1]) cost += height;
      }
      above = keys;
      if (piece !== undefined && current.bytes + cost <= budget) {
        piece.rowCount++;
        current.bytes += cost;
        return;
      }
      if (current.pieces.length > 0 && current.bytes + fresh + PIECE_COST > budget) {
        requests.push(current);
        current = { pieces: [], bytes: 0 };
      }
      piece = { plan: p, firstRow: r, rowCount: 1 };
      current.pieces.push(piece);
      current.bytes += fresh + PIECE_COST;
    });
  });
  if (current.pieces.length > 0) requests.push(current);
  return requests;
}

/**
 * The arrays and format rectangles of rows [firstRow, firstRow + rowCount). Runs of one style on one row
 * become one range, and identical runs on consecutive rows grow into one rectangle, so a body of
 * thousands of rows is formatted with a handful of range calls.
 */
export function buildChunk(
  plan: SheetPlan,
  firstRow: number,
  rowCount: number,
  linkMode: LinkMode,
  renamed: ReadonlyMap<string, string> = NO_RENAMES,
): PlanChunk {
  const rows = plan.rows.slice(firstRow, firstRow + rowCount);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const formulas: (string | number | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const links: LinkCell[] = [];
  const open = new Map<string, StyleRect>();
  const styleRects: StyleRect[] = [];

  rows.forEach((row, i) => {
    const sheetRow = firstRow + i;
    const values: (string | number | null)[] = new Array(width).fill(null);
    const formats: (string | null)[] = new Array(width).fill(null);
    row.forEach((cell, col) => {
      const input = cellInput(cell, linkMode, renamed);
      values[col] = input.value;
      formats[col] = input.format;
      if (cell?.kind === 'link' && linkMode === 'hyperlink') {
        links.push({ row: sheetRow, col, text: cell.text, sheet: renamed.get(cell.sheet) ?? cell.sheet, cell: cell.cell });
      }
    });
    formulas.push(values);
    numberFormats.push(formats);

    const seen = new Set<string>();
    for (const run of runsOf(row)) {
      const key = `${run.style}|${run.left}|${run.right}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.bottom === sheetRow - 1) rect.bottom = sheetRow;
      else {
        const fresh: StyleRect = { style: run.style, top: sheetRow, left: run.left, bottom: sheetRow, right: run.right };
        open.set(key, fresh);
        styleRects.push(fresh);
      }
    }
    for (const key of [...open.keys()]) if (!seen.has(key)) open.delete(key);
  });

  return { firstRow, rowCount, width, formulas, numberFormats, styleRects, links };
}
