/**
 * The cell formats Lapkin's sheets need, collected while their XML is written and appended to the
 * workbook's styles.xml afterwards: new fonts, fills, borders, number formats, cell formats (xf) and
 * differential formats (dxf) get indexes after the workbook's own, so every existing index keeps its meaning.
 */
import type { CellStyle } from '../../domain/report/sheet-plan';
import { argbOf, xmlText } from './xml-text';

/** Excel's default face: a font entry without a name lets LibreOffice fall back to a serif one. */
export const REPORT_FONT = 'Calibri';

/** Number formats Excel knows by id; any other code becomes a custom numFmt. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** How many entries each styles.xml list already has, and the custom number formats already defined. */
export interface StyleBase {
  fonts: number;
  fills: number;
  borders: number;
  cellXfs: number;
  dxfs: number;
  /** formatCode (as written in the XML) → numFmtId */
  numFmts: Map<string, number>;
}

/** A unique list whose entries are numbered after the `base` the workbook already has. */
class Appended {
  readonly xml: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly base: number) {}

  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.base + this.xml.length;
      this.xml.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

function fontXml(s: CellStyle): string {
  return (
    '<font>' +
    (s.bold ? '<b/>' : '') +
    (s.italic ? '<i/>' : '') +
    (s.underline ? '<u/>' : '') +
    `<sz val="${s.fontSize ?? 11}"/>` +
    (s.fontColor ? `<color rgb="${argbOf(s.fontColor)}"/>` : '') +
    `<name val="${REPORT_FONT}"/><family val="2"/></font>`
  );
}

const solidFill = (hex: string): string => `<fill><patternFill patternType="solid"><fgColor rgb="${argbOf(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
const THIN_BORDER =
  '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>' +
  '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>';

export class StyleBook {
  private readonly fonts: Appended;
  private readonly fills: Appended;
  private readonly borders: Appended;
  private readonly xfs: Appended;
  private readonly dxfs: Appended;
  private readonly newNumFmts: string[] = [];
  private nextNumFmtId: number;
  private readonly xfCache = new Map<string, number>();

  constructor(private readonly base: StyleBase) {
    this.fonts = new Appended(base.fonts);
    this.fills = new Appended(base.fills);
    this.borders = new Appended(base.borders);
    this.xfs = new Appended(base.cellXfs);
    this.dxfs = new Appended(base.dxfs);
    this.nextNumFmtId = Math.max(164, ...[...base.numFmts.values()].map((id) => id + 1));
  }

  /** The cellXfs index for a named style (looked up once per key by the caller) and a number format. */
  xf(key: string, style: CellStyle | undefined, numFmt: string | undefined): number {
    const cacheKey = `${key}\u0000${numFmt ?? ''}`;
    const cached = this.xfCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const numFmtId = numFmt === undefined ? 0 : this.numFmtId(numFmt);
    let attrs = `numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0"`;
    let alignment = '';
    if (numFmtId !== 0) attrs += ' applyNumberFormat="1"';
    if (style) {
      attrs = attrs.replace('fontId="0"', `fontId="${this.fonts.id(fontXml(style))}"`) + ' applyFont="1"';
      if (style.fill) attrs = attrs.replace('fillId="0"', `fillId="${this.fills.id(solidFill(style.fill))}"`) + ' applyFill="1"';
      if (style.border) attrs = attrs.replace('borderId="0"', `borderId="${this.borders.id(THIN_BORDER)}"`) + ' applyBorder="1"';
      if (style.wrap || style.hAlign || style.vAlign) {
        attrs += ' applyAlignment="1"';
        alignment =
          '<alignment' +
          (style.hAlign ? ` horizontal="${style.hAlign}"` : '') +
          (style.vAlign ? ` vertical="${style.vAlign === 'middle' ? 'center' : style.vAlign}"` : '') +
          (style.wrap ? ' wrapText="1"' : '') +
          '/>';
      }
    }
    const id = this.xfs.id(alignment ? `<xf ${attrs}>${alignment}</xf>` : `<xf ${attrs}/>`);
    this.xfCache.set(cacheKey, id);
    return id;
  }

  /**
   * A differential format (conditional formatting): a font colour, a number format, a solid fill, each where
   * given, in the order CT_Dxf has them. The number format is registered in numFmts too, under the id it cites.
   */
  dxf(parts: { fill?: string; fontColor?: string; numberFormat?: string }): number {
    const font = parts.fontColor ? `<font><color rgb="${argbOf(parts.fontColor)}"/></font>` : '';
    const code = parts.numberFormat;
    const numFmt = code !== undefined ? `<numFmt numFmtId="${this.numFmtId(code)}" formatCode="${xmlText(code)}"/>` : '';
    const fill = parts.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argbOf(parts.fill)}"/></patternFill></fill>` : '';
    return this.dxfs.id(`<dxf>${font}${numFmt}${fill}</dxf>`);
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const escaped = xmlText(code);
    let id = this.base.numFmts.get(escaped);
    if (id === undefined) {
      id = this.nextNumFmtId++;
      this.base.numFmts.set(escaped, id);
      this.newNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    }
    return id;
  }

  /** What to append to each styles.xml list (empty lists are left out). */
  additions(): Record<'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs', string[]> {
    return { numFmts: this.newNumFmts, fonts: this.fonts.xml, fills: this.fills.xml, borders: this.borders.xml, cellXfs: this.xfs.xml, dxfs: this.dxfs.xml };
  }
}
