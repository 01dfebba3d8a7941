/**
 * One SheetPlan as a worksheet part, made piece by piece (a few hundred rows each) as the zip writer
 * asks for them, so a 100,000-row sheet is never one string nor one buffer: each piece goes to the
 * deflater and is dropped. Strings are inline (t="inlineStr"), so the workbook's sharedStrings part
 * stays as it was; formulas carry the core's results as cached values.
 */
import { a1, columnLetter } from '../../domain/grid/grid';
import type { PlanCell, PrintSetup, SheetPlan, StyleName } from '../../domain/report/sheet-plan';
import { conditionalRules } from './conditional-rules';
import type { StyleBook } from './style-book';
import { xmlText } from './xml-text';

/** Excel's paper size codes: 9 = A4; F4 (215 × 330 mm) is closest to 14 = Folio (8.5 × 13 in). */
const PAPER_SIZE: Record<PrintSetup['paperSize'], number> = { A4: 9, F4: 14 };
const ROWS_PER_PIECE = 500;
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A plan link's target: the sheet as it is called in this workbook (a plan's own sheet may have been renamed). */
export type SheetRenames = ReadonlyMap<string, string>;

const quoteSheet = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

function formatOf(cell: PlanCell): string | undefined {
  return cell.kind === 'number' || cell.kind === 'formula' ? cell.format : undefined;
}

function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}

class CellWriter {
  private readonly styleKeys = new Map<string, number>();
  readonly links: string[] = [];

  constructor(
    private readonly plan: SheetPlan,
    private readonly book: StyleBook,
    private readonly renames: SheetRenames,
  ) {}

  private styleOf(name: StyleName | undefined, format: string | undefined): string {
    if (!name && !format) return '';
    const key = `${name ?? ''}\u0000${format ?? ''}`;
    let id = this.styleKeys.get(key);
    if (id === undefined) {
      id = this.book.xf(name ?? '', name ? this.plan.styles[name] : undefined, format);
      this.styleKeys.set(key, id);
    }
    return ` s="${id}"`;
  }

  cell(ref: string, cell: PlanCell): string {
    const s = this.styleOf(cell.style, formatOf(cell));
    switch (cell.kind) {
      case 'text':
        return cell.text === '' ? (s ? `<c r="${ref}"${s}/>` : '') : inlineString(ref, s, cell.text);
      case 'number':
        return `<c r="${ref}"${s}><v>${numberText(cell.value)}</v></c>`;
      case 'formula': {
        const f = `<f>${xmlText(cell.formula)}</f>`;
        if (cell.cached === null) return `<c r="${ref}"${s}>${f}</c>`;
        if (typeof cell.cached === 'number') return `<c r="${ref}"${s}>${f}<v>${numberText(cell.cached)}</v></c>`;
        return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(cell.cached)}</v></c>`;
      }
      case 'link': {
        const sheet = this.renames.get(cell.sheet) ?? cell.sheet;
        this.links.push(`<hyperlink ref="${ref}" location="${xmlText(`${quoteSheet(sheet)}!${cell.cell}`)}" display="${xmlText(cell.text)}"/>`);
        return inlineString(ref, s, cell.text);
      }
    }
  }
}

function inlineString(ref: string, s: string, text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

function head(plan: SheetPlan, lastRow: number, lastCol: number): string {
  const fit = plan.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const dimension = `<dimension ref="A1${lastRow > 0 && lastCol > 0 ? ':' + a1(lastRow - 1, lastCol - 1) : ''}"/>`;
  let pane = '';
  const f = plan.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const active = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    pane =
      `<pane${f.cols > 0 ? ` xSplit="${f.cols}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''} topLeftCell="${a1(f.rows, f.cols)}" activePane="${active}" state="frozen"/>` +
      `<selection pane="${active}"/>`;
  }
  const views = `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`;
  const cols = plan.widths
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${fit}${dimension}${views}<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
}

function tail(plan: SheetPlan, book: StyleBook, links: string[]): string {
  let xml = '</sheetData>';
  if (plan.autoFilter) xml += `<autoFilter ref="${plan.autoFilter}"/>`;
  if (plan.merges.length > 0) xml += `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    const rules = conditionalRules(cf, priority);
    if (rules.length === 0) continue;
    priority += rules.length;
    const body = rules
      .map((r) => `<cfRule type="expression" dxfId="${book.dxf(r)}" priority="${r.priority}"><formula>${xmlText(r.expression)}</formula></cfRule>`)
      .join('');
    xml += `<conditionalFormatting sqref="${cf.range}">${body}</conditionalFormatting>`;
  }
  if (links.length > 0) xml += `<hyperlinks>${links.join('')}</hyperlinks>`;
  const p = plan.print;
  if (p.centerHorizontally) xml += '<printOptions horizontalCentered="1"/>';
  xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  xml += `<pageSetup paperSize="${PAPER_SIZE[p.paperSize]}" orientation="${p.orientation}"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
  if (p.footer) xml += `<headerFooter><oddFooter>${xmlText(`&C${p.footer}`)}</oddFooter></headerFooter>`;
  return xml + '</worksheet>';
}

/**
 * The worksheet part's bytes in pieces, made lazily. Styles the cells use are registered in `book` as the
 * pieces are made: read every piece before writing the styles part.
 */
export function* sheetXmlPieces(plan: SheetPlan, book: StyleBook, renames: SheetRenames = new Map()): Generator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder();
  const lastCol = plan.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const heights = plan.rowHeights ?? [];
  const lastRow = Math.max(plan.rows.length, heights.length);
  yield encoder.encode(head(plan, lastRow, lastCol));
  const writer = new CellWriter(plan, book, renames);
  const letters = Array.from({ length: lastCol }, (_, c) => columnLetter(c));
  let part = '';
  for (let r = 0; r < lastRow; r++) {
    const row = plan.rows[r] ?? [];
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) cells += writer.cell(letters[c] + (r + 1), cell);
    }
    const h = heights[r];
    const ht = h !== undefined && h > 0 ? ` ht="${h}" customHeight="1"` : '';
    if (cells || ht) part += cells ? `<row r="${r + 1}"${ht}>${cells}</row>` : `<row r="${r + 1}"${ht}/>`;
    if ((r + 1) % ROWS_PER_PIECE === 0) {
      yield encoder.encode(part);
      part = '';
    }
  }
  yield encoder.encode(part + tail(plan, book, writer.links));
}
