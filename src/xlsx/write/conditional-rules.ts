/** A plan's conditional format as Excel expression rules, shared by the .xlsx writers. */
import type { ConditionalFormat } from '../../domain/report/sheet-plan';
import { numberRuleExpression } from '../../domain/report/indonesian-numbers';

/** One rule's test and what it applies: a fill (and font colour), or a number format. */
export interface ExpressionRule {
  expression: string;
  priority: number;
  fill?: string;
  fontColor?: string;
  numberFormat?: string;
}

/** "H5:H20" → "H5": conditional-format expressions are written for the range's top-left cell. */
function topLeft(range: string): string {
  return range.split(':')[0].replace(/\$/g, '');
}

/**
 * One expression rule per band. ISNUMBER keeps text cells ("n/a", "-") uncoloured: in Excel text
 * compares greater than any number, so a plain cellIs rule would paint them as the top band.
 */
export function conditionalRules(cf: ConditionalFormat, firstPriority: number): ExpressionRule[] {
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
  const numberFormats = (cf.numberFormats ?? []).map((rule) => ({ expression: numberRuleExpression(rule, ref), numberFormat: rule.format }));
  return [...numeric, ...textual, ...numberFormats].map((rule, i) => ({ ...rule, priority: firstPriority + i }));
}
