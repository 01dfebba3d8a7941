/**
 * A ChartPlan as DrawingML: the chart part (a clustered horizontal bar chart, one series per plan series,
 * the same chart the add-in asks Excel for with charts.add('BarClustered') in src/excel/write/sheet-setup.ts)
 * and the drawing part that anchors it over the plan's cells. Series and categories refer to the sheet's
 * own ranges, so the chart follows the cells when a planner edits them, and carry the plan's values as
 * caches, so a reader that does not recalculate (LibreOffice, a previewer) still draws the bars.
 */
import { a1, columnIndex } from '../../domain/grid/grid';
import type { ChartPlan, PlanCell, SheetPlan } from '../../domain/report/sheet-plan';
import { xmlText } from './xml-text';

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel's first two default series colours (Office theme accent 1 and 2), as the add-in's chart shows them. */
const SERIES_COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000'];
/** The axis' labels where the plan names no format of its own. */
const DEFAULT_AXIS_FORMAT = '#,##0';

interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "C40:C45" → 0-based inclusive block; a single cell is a block of one. */
function blockOf(range: string): Block {
  const ends = range.split(':').map((end) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(end.trim());
    if (!m) throw new Error(`chart range is not A1: ${range}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  });
  const [a, b] = [ends[0], ends[1] ?? ends[0]];
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** "'Tabel 3.1'!$C$40:$C$45": a range on `sheet` as a chart formula wants it. */
export function sheetRange(sheet: string, range: string): string {
  const b = blockOf(range);
  const abs = (row: number, col: number): string => a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `'${sheet.replace(/'/g, "''")}'!${abs(b.top, b.left)}:${abs(b.bottom, b.right)}`;
}

function cellsOf(plan: SheetPlan, range: string): (PlanCell | null)[] {
  const b = blockOf(range);
  const out: (PlanCell | null)[] = [];
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(plan.rows[r]?.[c] ?? null);
  return out;
}

function textOf(cell: PlanCell | null): string {
  if (!cell) return '';
  if (cell.kind === 'text' || cell.kind === 'link') return cell.text;
  if (cell.kind === 'number') return String(cell.value);
  return cell.cached === null ? '' : String(cell.cached);
}

function numberOf(cell: PlanCell | null): number | undefined {
  if (cell?.kind === 'number') return cell.value;
  if (cell?.kind === 'formula' && typeof cell.cached === 'number') return cell.cached;
  return undefined;
}

const pt = (i: number, v: string): string => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`;

function categoriesXml(sheet: string, plan: SheetPlan, range: string): string {
  const names = cellsOf(plan, range).map(textOf);
  const points = names.map((n, i) => pt(i, xmlText(n))).join('');
  return `<c:cat><c:strRef><c:f>${xmlText(sheetRange(sheet, range))}</c:f><c:strCache><c:ptCount val="${names.length}"/>${points}</c:strCache></c:strRef></c:cat>`;
}

function valuesXml(sheet: string, plan: SheetPlan, range: string): string {
  const values = cellsOf(plan, range).map(numberOf);
  // A blank or text cell has no point: the bar is left out, as Excel leaves it out.
  const points = values.map((v, i) => (v !== undefined && Number.isFinite(v) ? pt(i, String(v)) : '')).join('');
  return `<c:val><c:numRef><c:f>${xmlText(sheetRange(sheet, range))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef></c:val>`;
}

function titleXml(title: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${xmlText(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
}

/** The chart part for one ChartPlan drawn on `sheet` (its name in the written workbook). */
export function chartXml(chart: ChartPlan, sheet: string, plan: SheetPlan): string {
  const cat = categoriesXml(sheet, plan, chart.categories);
  const series = chart.series.map((s, i) =>
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>${cat}${valuesXml(sheet, plan, s.values)}</c:ser>`).join('');
  const catAx = '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx = '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>' +
    `<c:numFmt formatCode="${xmlText(chart.valueFormat ?? DEFAULT_AXIS_FORMAT)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    '<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  return XML_HEAD +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>${titleXml(chart.title)}` +
    '<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `${series}<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>${catAx}${valAx}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>';
}

/** Where a chart sits: from its anchor cell over widthCols × heightRows cells (the add-in's setPosition does the same). */
function anchorXml(chart: ChartPlan, relId: string, id: number): string {
  const at = blockOf(chart.anchor);
  const marker = (tag: string, row: number, col: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', at.top, at.left) + marker('to', at.top + (chart.heightRows ?? 15), at.left + (chart.widthCols ?? 8)) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${xmlText(`Chart ${id}`)}" descr="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

/** The drawing part holding every chart of a sheet; `relIds[i]` is chart i's relationship in the drawing's rels. */
export function drawingXml(charts: ChartPlan[], relIds: string[]): string {
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${charts.map((c, i) => anchorXml(c, relIds[i], i + 1)).join('')}</xdr:wsDr>`;
}
