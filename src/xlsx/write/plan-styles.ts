/** A plan's named styles as exceljs styles, made once per (style name, number format) and shared by the cells. */
import type { Style } from 'exceljs';
import type { CellStyle, SheetPlan, StyleName } from '../../domain/report/sheet-plan';

export const REPORT_FONT = 'Calibri';

/** "#1F4E79" → "FF1F4E79" (exceljs wants ARGB). */
export function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, '0')}`;
}

export function toExcelStyle(s: CellStyle | undefined, numFmt: string | undefined): Partial<Style> {
  const style: Partial<Style> = {};
  if (s) {
    // A font entry without a name leaves the choice to the reader: LibreOffice falls back to a serif face, so
    // bold headers and notes came out in another typeface than the body. Calibri 11 is Excel's default.
    const font: Partial<Style['font']> = { name: REPORT_FONT, family: 2, size: 11 };
    if (s.bold) font.bold = true;
    if (s.italic) font.italic = true;
    if (s.underline) font.underline = true;
    if (s.fontSize) font.size = s.fontSize;
    if (s.fontColor) font.color = { argb: argb(s.fontColor) };
    style.font = font;
    if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
    if (s.border) {
      const thin = { style: 'thin' as const };
      style.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    if (s.wrap || s.hAlign || s.vAlign) {
      style.alignment = {
        ...(s.wrap ? { wrapText: true } : {}),
        ...(s.hAlign ? { horizontal: s.hAlign } : {}),
        ...(s.vAlign ? { vertical: s.vAlign } : {}),
      };
    }
  }
  if (numFmt) style.numFmt = numFmt;
  return style;
}

/** Caches styles per plan: exceljs keeps a cell's style by reference, so cells sharing a key share one object. */
export class PlanStyles {
  private readonly cache = new Map<string, Partial<Style>>();

  constructor(private readonly plan: SheetPlan) {}

  get(name: StyleName | undefined, numFmt: string | undefined): Partial<Style> | undefined {
    if (!name && !numFmt) return undefined;
    const key = `${name ?? ''}\u0000${numFmt ?? ''}`;
    let style = this.cache.get(key);
    if (!style) {
      style = toExcelStyle(name ? this.plan.styles[name] : undefined, numFmt);
      this.cache.set(key, style);
    }
    return style;
  }
}
