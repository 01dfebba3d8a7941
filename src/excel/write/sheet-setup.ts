/**
 * Queues (never syncs) the sheet-wide parts of a plan on a new worksheet: column widths, merges,
 * freeze panes, print setup, conditional formats, charts, AutoFilter; and a named style on a range.
 * Every call here is one office-js action; features newer than ExcelApi 1.4 are checked first.
 */
import { a1, columnLetter } from '../../domain/grid/grid';
import type { CellStyle, ChartPlan, ConditionalFormat, PrintSetup, SheetPlan } from '../../domain/report/sheet-plan';
import { numberRuleExpression } from '../../domain/report/indonesian-numbers';
import { areaAddress, parseArea, parseCell } from '../addresses';
import type { ExcelFeatures } from '../features';

/** Excel character units → points (Range.format.columnWidth is in points): 7 px per char + 5 px padding, 0.75 pt per px. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Row heights of rows [firstRow, firstRow + rowCount): neighbouring rows of one height share a range ("7:12"),
 * so heights cost a few calls per chunk rather than one per row.
 */
export function queueRowHeights(sheet: Excel.Worksheet, heights: (number | undefined)[] | undefined, firstRow: number, rowCount: number): void {
  if (!heights) return;
  const end = Math.min(heights.length, firstRow + rowCount);
  let start = firstRow;
  for (let r = firstRow + 1; r <= end; r++) {
    if (r < end && heights[r] === heights[start]) continue;
    const h = heights[start];
    if (h !== undefined && h > 0) sheet.getRange(`${start + 1}:${r}`).format.rowHeight = h;
    start = r;
  }
}

export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.underline !== undefined) f.font.underline = style.underline ? 'Single' : 'None';
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.hAlign !== undefined) f.horizontalAlignment = style.hAlign === 'center' ? 'Center' : style.hAlign === 'right' ? 'Right' : 'Left';
  if (style.vAlign !== undefined) f.verticalAlignment = style.vAlign === 'middle' ? 'Center' : style.vAlign === 'top' ? 'Top' : 'Bottom';
  if (style.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
    }
  }
}

function setWidths(sheet: Excel.Worksheet, widths: number[]): void {
  // Equal neighbouring widths share one range ("A:C"), so a wide table costs a few calls.
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    const w = widths[start];
    if (w > 0) sheet.getRange(`${columnLetter(start)}:${columnLetter(c - 1)}`).format.columnWidth = widthInPoints(w);
    start = c;
  }
}

function setPrint(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // F4 is the 215 × 330 mm folio Indonesian offices print on.
  layout.paperSize = print.paperSize === 'A4' ? 'A4' : 'Folio';
  // One page wide, as many tall as needed (0 = automatic).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.centerHorizontally) layout.centerHorizontally = true;
  if (print.footer) layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  if (print.printTitleRows) {
    const [a, b] = print.printTitleRows.split(':');
    layout.setPrintTitleRows(`$${a}:$${b ?? a}`);
  }
}

function addConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormat): void {
  // Added lowest band first: each add goes to the top priority, so the highest band wins where
  // bands touch (91 is Sangat Tinggi, not Tinggi); stopIfTrue keeps one colour per cell.
  const bands = [...cf.bands].sort((a, b) => a.min - b.min);
  for (const band of bands) {
    const format = sheet.getRange(cf.range).conditionalFormats.add('CellValue');
    const fmt = format.cellValue.format;
    fmt.fill.color = band.fill;
    if (band.fontColor) fmt.font.color = band.fontColor;
    format.cellValue.rule =
      band.max === undefined || !Number.isFinite(band.max)
        ? { formula1: String(band.min), operator: 'GreaterThanOrEqual' }
        : Number.isFinite(band.min)
          ? { formula1: String(band.min), formula2: String(band.max), operator: 'Between' }
          : { formula1: String(band.max), operator: 'LessThan' };
    format.stopIfTrue = true;
  }
  // Labels such as "Sangat Tinggi" and "Tinggi": an exact match per label (ContainsText would let
  // "Tinggi" colour "Sangat Tinggi" too), as a formula relative to the range's top-left cell.
  const topLeft = cf.range.split(':')[0].replace(/\$/g, '');
  for (const band of cf.textBands ?? []) {
    const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=TRIM(${topLeft})="${band.text.replace(/"/g, '""')}"`;
    format.custom.format.fill.color = band.fill;
    if (band.fontColor) format.custom.format.font.color = band.fontColor;
  }
  // Number formats by magnitude (the Indonesian separators as literals): the rules do not overlap, and none
  // stops the ones after it, so a band's fill and a magnitude's format both apply to a capaian cell.
  for (const rule of cf.numberFormats ?? []) {
    const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${numberRuleExpression(rule, topLeft)}`;
    format.custom.format.numberFormat = rule.format;
  }
}

function addChart(sheet: Excel.Worksheet, chart: ChartPlan, features: ExcelFeatures): void {
  if (chart.series.length === 0) return;
  const first = chart.series[0];
  const added = sheet.charts.add('BarClustered', sheet.getRange(first.values), 'Columns');
  added.title.text = chart.title;
  if (features.chartSeries) {
    chart.series.forEach((s, i) => {
      const series = i === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
      series.name = s.name;
      if (i > 0) series.setValues(sheet.getRange(s.values));
      series.setXAxisValues(sheet.getRange(chart.categories));
    });
  }
  if (chart.valueFormat && features.chartAxisFormat) added.axes.valueAxis.numberFormat = chart.valueFormat;
  const at = parseCell(chart.anchor);
  added.setPosition(chart.anchor, a1(at.row + (chart.heightRows ?? 15) - 1, at.col + (chart.widthCols ?? 8) - 1));
}

/** The sheet-wide layout that does not depend on the data, queued on `sheet` before the rows. */
export function queueSheetSetup(sheet: Excel.Worksheet, plan: SheetPlan, features: ExcelFeatures): void {
  setWidths(sheet, plan.widths);
  for (const m of plan.merges) {
    const a = parseArea(m);
    sheet.getRange(areaAddress(a.top, a.left, a.bottom, a.right)).merge(false);
  }
  if (plan.freeze && features.freezePanes && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    const { rows, cols } = plan.freeze;
    if (cols === 0) sheet.freezePanes.freezeRows(rows);
    else if (rows === 0) sheet.freezePanes.freezeColumns(cols);
    else sheet.freezePanes.freezeAt(sheet.getRange(areaAddress(0, 0, rows - 1, cols - 1)));
  }
  if (features.pageLayout) setPrint(sheet, plan.print);
  if (features.conditionalFormats) for (const cf of plan.conditionalFormats) addConditionalFormat(sheet, cf);
}

/** What needs the data in place (a chart's series, an AutoFilter over a header and rows), queued after the last chunk. */
export function queueSheetFinish(sheet: Excel.Worksheet, plan: SheetPlan, features: ExcelFeatures): void {
  for (const chart of plan.charts) addChart(sheet, chart, features);
  if (plan.autoFilter && features.autoFilter) sheet.autoFilter.apply(sheet.getRange(plan.autoFilter));
}
