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

/** Estimated request bytes per chunk; well under the 5 MB limit because the estimate is approximate. */
export const DEFAULT_CHUNK_BUDGET = 2_000_000;

/** Bytes office-js spends on one range object path, and on one property-set action. */
const RANGE_COST = 160;
const PROPERTY_COST = 110;

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

/** Estimated request bytes of writing one plan row (an upper bound: style runs are counted unmerged). */
export function estimateRowBytes(plan: SheetPlan, row: (PlanCell | null)[], linkMode: LinkMode): number {
  const values: (string | number | null)[] = [];
  const formats: (string | null)[] = [];
  let extra = 0;
  for (const cell of row) {
    const input = cellInput(cell, linkMode);
    values.push(input.value);
    formats.push(input.format);
    if (cell?.kind === 'link' && linkMode === 'hyperlink') extra += RANGE_COST + PROPERTY_COST + cell.text.length + cell.sheet.length + 16;
  }
  for (const run of runsOf(row)) extra += RANGE_COST + PROPERTY_COST * stylePropertyCount(plan.styles[run.style]);
  // a row height of its own (counted as if no neighbour shared it)
  if (plan.rowHeights) extra += RANGE_COST + PROPERTY_COST;
  return JSON.stringify(values).length + JSON.stringify(formats).length + extra;
}

/** Row ranges [firstRow, firstRow + rowCount) whose estimated size stays within the budget (at least one row each). */
export function chunkRows(plan: SheetPlan, budget: number, linkMode: LinkMode): { firstRow: number; rowCount: number }[] {
  const chunks: { firstRow: number; rowCount: number }[] = [];
  let first = 0;
  let bytes = 0;
  plan.rows.forEach((row, r) => {
    const cost = estimateRowBytes(plan, row, linkMode);
    if (r > first && bytes + cost > budget) {
      chunks.push({ firstRow: first, rowCount: r - first });
      first = r;
      bytes = 0;
    }
    bytes += cost;
  });
  if (plan.rows.length > first) chunks.push({ firstRow: first, rowCount: plan.rows.length - first });
  return chunks;
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
