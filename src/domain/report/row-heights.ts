/**
 * Row heights for a plan, estimated from its text. Excel and LibreOffice keep a row at the default 15 pt on open
 * even when it holds wrapped text, so a long sasaran or finding message would spill over the row below unless
 * the file says how tall the row is. The estimate is deliberately generous: a row a line too tall reads fine,
 * a row a line too short hides text (and LibreOffice, which substitutes a wider font for Calibri, needs the slack).
 */
import { columnIndex } from '../grid/grid';
import type { CellStyle, PlanCell, SheetPlan } from './sheet-plan';

/** Excel's row height for one line of 11 pt Calibri. */
export const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;
/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel refuses rows taller than this. */
const MAX_ROW_HEIGHT = 409;

/**
 * Width of a character in units of the digit "0" of 11 pt Calibri (the unit column widths are measured in).
 * Narrow letters and punctuation take about half, capitals and m/w more than a digit. Calibri's lowercase is
 * narrower than its digits, but LibreOffice without Calibri draws DejaVu Sans, about a fifth wider: the weights
 * follow the wider face, so a row fits in either.
 */
function charWidth(ch: string): number {
  if (' .,:;\'|!()[]-/iIljtfr'.includes(ch)) return 0.55;
  if ('mwMW'.includes(ch)) return 1.4;
  if (ch >= 'A' && ch <= 'Z') return 1.05;
  return 1;
}

/** Width of `s` in digit units at a font size; bold letters are about a tenth wider. */
export function textWidth(s: string, fontSize = DEFAULT_FONT_SIZE, bold = false): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w * (fontSize / DEFAULT_FONT_SIZE) * (bold ? 1.1 : 1);
}

/**
 * Lines `text` wraps to in a column `widthChars` wide, breaking at spaces the way Excel does and cutting a word
 * longer than a whole line. One character of the width goes to the cell's padding.
 */
export function wrappedLines(text: string, widthChars: number, fontSize = DEFAULT_FONT_SIZE, bold = false): number {
  const capacity = Math.max(1, widthChars - 1);
  const measure = (s: string): number => textWidth(s, fontSize, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    // Leading spaces (the hierarchy indent) belong to the first word, so they take room like any text.
    for (const word of paragraph.match(/^\s*\S*|\s+\S+|\s+$/g) ?? []) {
      const w = measure(word);
      if (used > 0 && used + w > capacity) {
        lines++;
        used = measure(word.trimStart());
      } else {
        used += w;
      }
      // A word wider than the column is cut across as many lines as it needs.
      while (used > capacity) {
        lines++;
        used -= capacity;
      }
    }
  }
  return Math.max(1, lines);
}

/** Points one line takes at a font size: Excel's 15 pt for 11 pt text, scaled. */
export function lineHeight(fontSize = DEFAULT_FONT_SIZE): number {
  return (fontSize * DEFAULT_ROW_HEIGHT) / DEFAULT_FONT_SIZE;
}

function shownText(cell: PlanCell): string {
  switch (cell.kind) {
    case 'text':
    case 'link':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'formula':
      return cell.cached === null ? '' : String(cell.cached);
  }
}

/** Points a cell needs: one line unless its style wraps, then as many lines as its text wraps to. */
export function cellHeight(cell: PlanCell, style: CellStyle | undefined, widthChars: number): number {
  const size = style?.fontSize ?? DEFAULT_FONT_SIZE;
  const lines = style?.wrap ? wrappedLines(shownText(cell), widthChars, size, style.bold ?? false) : 1;
  return lines * lineHeight(size);
}

interface Area { top: number; left: number; bottom: number; right: number }

/** "B5:C7" → 0-based rows and columns; a single cell is an area of one. */
function parseArea(range: string): Area | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(range.trim());
  if (!m) return undefined;
  const [r1, c1] = [Number(m[2]) - 1, columnIndex(m[1].toUpperCase())];
  const [r2, c2] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3].toUpperCase())] : [r1, c1];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * Heights for every row that needs more than the default, undefined for the rest. A merged cell wraps across the
 * merge's full width; a merge over several rows (a sasaran over its indicators) spreads what it lacks over them.
 */
export function estimateRowHeights(plan: Pick<SheetPlan, 'rows' | 'styles' | 'merges' | 'widths'>): (number | undefined)[] {
  const width = (c: number): number => plan.widths[c] ?? DEFAULT_COLUMN_WIDTH;
  const mergeAt = new Map<string, Area>();
  const hidden = new Set<string>();
  for (const range of plan.merges) {
    const area = parseArea(range);
    if (!area) continue;
    mergeAt.set(`${area.top},${area.left}`, area);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) hidden.add(`${r},${c}`);
    }
  }

  const needed = plan.rows.map(() => 0);
  const tall: { area: Area; height: number }[] = [];
  plan.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell || hidden.has(`${r},${c}`)) return;
      const area = mergeAt.get(`${r},${c}`);
      let w = width(c);
      if (area) for (let x = area.left + 1; x <= area.right; x++) w += width(x);
      const height = cellHeight(cell, cell.style ? plan.styles[cell.style] : undefined, w);
      if (area && area.bottom > area.top) tall.push({ area, height });
      else needed[r] = Math.max(needed[r], height);
    });
  });

  const heights = needed.map((h) => Math.max(h, DEFAULT_ROW_HEIGHT));
  for (const { area, height } of tall) {
    const last = Math.min(area.bottom, heights.length - 1);
    let have = 0;
    for (let r = area.top; r <= last; r++) have += heights[r];
    const lack = height - have;
    if (lack <= 0) continue;
    for (let r = area.top; r <= last; r++) heights[r] += lack / (last - area.top + 1);
  }
  return heights.map((h) => (h > DEFAULT_ROW_HEIGHT + 0.01 ? Math.min(MAX_ROW_HEIGHT, Math.ceil(h)) : undefined));
}
