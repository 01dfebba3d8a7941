/** Renders one SheetPlan into an exceljs worksheet: cells, styles, merges, widths, row heights, panes, print setup, AutoFilter, conditional formats. */
import type { CellValue as ExcelCellValue, ConditionalFormattingRule, PageSetup, Worksheet } from 'exceljs';
import type { ConditionalFormat, PlanCell, PrintSetup, SheetPlan } from '../../domain/report/sheet-plan';
import { argb, PlanStyles } from './plan-styles';

/** Excel's paper size codes: 9 = A4; F4 (215 × 330 mm) is closest to 14 = Folio (8.5 × 13 in). */
const PAPER_SIZE: Record<PrintSetup['paperSize'], number> = { A4: 9, F4: 14 };

function cellValue(cell: PlanCell): ExcelCellValue {
  switch (cell.kind) {
    case 'text':
      // A plain string stays text in exceljs even when it starts with "=": only { formula } makes a formula.
      return cell.text;
    case 'number':
      return cell.value;
    case 'formula':
      return cell.cached === null ? { formula: cell.formula } : { formula: cell.formula, result: cell.cached };
    case 'link':
      return { text: cell.text, hyperlink: `#'${cell.sheet.replace(/'/g, "''")}'!${cell.cell}` };
  }
}

function cellFormat(cell: PlanCell): string | undefined {
  return cell.kind === 'number' || cell.kind === 'formula' ? cell.format : undefined;
}

function writeCells(ws: Worksheet, plan: SheetPlan): void {
  const styles = new PlanStyles(plan);
  plan.rows.forEach((planRow, r) => {
    const row = ws.getRow(r + 1);
    planRow.forEach((planCell, c) => {
      if (!planCell) return;
      const cell = row.getCell(c + 1);
      cell.value = cellValue(planCell);
      const style = styles.get(planCell.style, cellFormat(planCell));
      if (style) cell.style = style;
    });
  });
}

/** "H5:H20" → "H5": conditional-format expressions are written for the range's top-left cell. */
function topLeft(range: string): string {
  return range.split(':')[0].replace(/\$/g, '');
}

/**
 * One expression rule per band. ISNUMBER keeps text cells ("n/a", "-") uncoloured: in Excel text
 * compares greater than any number, so a plain cellIs rule would paint them as the top band.
 */
export function conditionalRules(cf: ConditionalFormat, firstPriority: number): ConditionalFormattingRule[] {
  const ref = topLeft(cf.range);
  const numeric = cf.bands.map((band) => {
    const upper = band.max !== undefined ? `,${ref}<${band.max}` : '';
    return { expression: `AND(ISNUMBER(${ref}),${ref}>=${band.min}${upper})`, fill: band.fill, fontColor: band.fontColor };
  });
  // `=` between texts ignores case in Excel, like a planner reading "sangat tinggi" as "Sangat Tinggi".
  const textual = (cf.textBands ?? []).map((band) => ({
    expression: `${ref}="${band.text.replace(/"/g, '""')}"`,
    fill: band.fill,
    fontColor: band.fontColor,
  }));
  return [...numeric, ...textual].map((rule, i) => ({
    type: 'expression',
    priority: firstPriority + i,
    formulae: [rule.expression],
    style: {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
      ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
    },
  }));
}

function pageSetup(print: PrintSetup): Partial<PageSetup> {
  return {
    orientation: print.orientation,
    paperSize: PAPER_SIZE[print.paperSize] as PageSetup['paperSize'],
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(print.printTitleRows ? { printTitlesRow: print.printTitleRows } : {}),
    ...(print.centerHorizontally ? { horizontalCentered: true } : {}),
  };
}

/** Fills `ws` from the plan. Charts are left to the office-js writer: exceljs cannot draw them. */
export function renderPlan(ws: Worksheet, plan: SheetPlan): void {
  writeCells(ws, plan);
  for (const range of plan.merges) ws.mergeCells(range);
  plan.widths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  // Written as custom heights: Excel does not grow a row for wrapped text when it opens a file.
  plan.rowHeights?.forEach((height, i) => {
    if (height !== undefined && height > 0) ws.getRow(i + 1).height = height;
  });
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    ws.views = [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }];
  }
  ws.pageSetup = { ...ws.pageSetup, ...pageSetup(plan.print) };
  if (plan.print.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${plan.print.footer}` };
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    const rules = conditionalRules(cf, priority);
    priority += rules.length;
    ws.addConditionalFormatting({ ref: cf.range, rules });
  }
}
