/**
 * Small building blocks every report sheet shares: the house styles, A4 landscape print setup,
 * cell constructors, SUM formulas over scattered rows, unique sheet names, and per-row notes from findings.
 */
import type { Finding } from '../findings';
import { columnLetter } from '../grid/grid';
import type { CellStyle, PlanCell, PrintSetup, StyleName } from './sheet-plan';
import { safeSheetName } from './sheet-plan';
import { AMOUNT, PERCENT, numberFormat, type NumberKind } from './indonesian-numbers';
import type { ReportLabels } from './labels';

/** Rupiah, drawn 1.499.900.000 and "-" for zero on any computer (indonesian-numbers.ts). */
export const AMOUNT_FORMAT: NumberKind = AMOUNT;
/** Percent units (25.49), the way the reports write capaian, not Excel's 0.2549: drawn "25,49 %", "-" for zero. */
export const PERCENT_FORMAT: NumberKind = PERCENT;

/** One look for every generated sheet; writers map each name to their host's formatting once. */
export const REPORT_STYLES: Partial<Record<StyleName, CellStyle>> = {
  title: { bold: true, fontSize: 14 },
  subtitle: { bold: true, fontSize: 11 },
  header: { bold: true, fill: '#D9E1F2', border: true, wrap: true, hAlign: 'center', vAlign: 'middle' },
  body: { border: true, vAlign: 'top', wrap: true },
  bodyBold: { bold: true, border: true, vAlign: 'top', wrap: true },
  total: { bold: true, border: true, fill: '#F2F2F2', vAlign: 'top' },
  bodyCenter: { border: true, vAlign: 'top', wrap: true, hAlign: 'center' },
  number: { border: true, vAlign: 'top', hAlign: 'right' },
  numberBold: { bold: true, border: true, vAlign: 'top', hAlign: 'right' },
  numberTotal: { bold: true, border: true, fill: '#F2F2F2', vAlign: 'top', hAlign: 'right' },
  // Right-aligned like the numbers it stands beside, also when it is the raw text the source had ("375.000.00").
  stated: { italic: true, fontColor: '#C00000', border: true, vAlign: 'top', hAlign: 'right' },
  flagged: { bold: true, fontColor: '#C00000', border: true, vAlign: 'top' },
  note: { italic: true, fontSize: 9, border: true, wrap: true, vAlign: 'top' },
  link: { fontColor: '#0563C1', underline: true, border: true, vAlign: 'top' },
  caption: { bold: true, italic: true },
};

/**
 * Landscape A4, fit to width, header rows (1-based, inclusive) repeated on every page, centred, and numbered
 * in the footer so a printed Temuan of several pages stays in order.
 */
export function a4Landscape(firstHeaderRow: number, lastHeaderRow: number, labels: Pick<ReportLabels, 'pageFooter'>): PrintSetup {
  return {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: true,
    printTitleRows: `${firstHeaderRow}:${lastHeaderRow}`,
    centerHorizontally: true,
    footer: labels.pageFooter,
  };
}

export const text = (t: string, style: StyleName = 'body'): PlanCell => ({ kind: 'text', text: t, style });

/**
 * A number takes the right-aligned twin of its row's style, so a formula that yields "-" (no pagu, no target)
 * sits where the numbers above it sit instead of jumping to the left edge.
 */
const NUMBER_STYLE: Partial<Record<StyleName, StyleName>> = { body: 'number', bodyBold: 'numberBold', total: 'numberTotal' };
const numberStyle = (style: StyleName): StyleName => NUMBER_STYLE[style] ?? style;

/** A number format: an Indonesian kind (its code chosen for the value, and the kind recorded) or a code as it is. */
function formatFields(format: NumberKind | string, value: number | string | null): Pick<Extract<PlanCell, { kind: 'number' }>, 'format' | 'numberKind'> {
  return typeof format === 'string' ? { format } : { format: numberFormat(format, value), numberKind: format.name };
}

export const num = (value: number, format: NumberKind | string, style: StyleName = 'body'): PlanCell =>
  ({ kind: 'number', value, ...formatFields(format, value), style: numberStyle(style) });

export const formula = (f: string, cached: number | string | null, format: NumberKind | string, style: StyleName = 'body'): PlanCell => ({
  kind: 'formula',
  formula: f,
  cached,
  ...formatFields(format, cached),
  style: numberStyle(style),
});

/** A bordered empty cell, so a printed table has no holes in its grid. */
export const blank = (style: StyleName = 'body'): PlanCell => ({ kind: 'text', text: '', style });

/** Indentation by hierarchy level, as leading spaces: survives copy-paste into Word, unlike an Excel indent. */
export function indented(uraian: string, level: number): string {
  return '  '.repeat(Math.max(0, level)) + uraian;
}

/** Excel caps a function at 255 arguments; group further arguments into nested SUMs. */
const MAX_ARGS = 255;

/**
 * `SUM` over the given 1-based rows of one column, runs collapsed into ranges:
 * rows 7,8,9,12 in C → "SUM(C7:C9,C12)". No rows → "0".
 */
export function sumFormula(col: number, rows: number[]): string {
  if (rows.length === 0) return '0';
  const letter = columnLetter(col);
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const args: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const r of [...sorted.slice(1), Number.NaN]) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    args.push(start === prev ? `${letter}${start}` : `${letter}${start}:${letter}${prev}`);
    start = r;
    prev = r;
  }
  return nestedSum(args);
}

function nestedSum(args: string[]): string {
  if (args.length <= MAX_ARGS) return `SUM(${args.join(',')})`;
  const groups: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGS) groups.push(nestedSum(args.slice(i, i + MAX_ARGS)));
  return nestedSum(groups);
}

/** `IF(C5=0,"-",E5/C5*100)`: capaian in percent units, "-" where the base is zero or blank. */
export function ratioFormula(numerator: string, base: string): string {
  return `IF(${base}=0,"-",${numerator}/${base}*100)`;
}

/** A string literal inside a formula: quotes doubled, the Excel way. */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Names for a run's plans: valid for Excel and unique among themselves, compared case-insensitively as Excel does.
 * A clash gets " (2)", " (3)", … with the base shortened so the whole stays within 31 characters.
 */
export function uniqueSheetNames(wanted: string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((w) => {
    const base = safeSheetName(w);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = safeSheetName(base.slice(0, 31 - suffix.length).trimEnd() + suffix);
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** 1-based row number of an A1 address ("D17" → 17), NaN when there is none. */
export function rowOf(address: string): number {
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(address.trim());
  return m ? Number(m[1]) : Number.NaN;
}

/** Findings of one sheet grouped by 1-based row. */
export function findingsByRow(findings: Finding[], sheet: string): Map<number, Finding[]> {
  const byRow = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.sheet !== sheet) continue;
    const r = rowOf(f.cell);
    if (Number.isNaN(r)) continue;
    const list = byRow.get(r) ?? [];
    list.push(f);
    byRow.set(r, list);
  }
  return byRow;
}

/** The short Catatan for a row: the distinct rules that fired on it, in order. */
export function ruleNote(findings: Finding[] | undefined, labels: ReportLabels, extra: string[] = []): string {
  const parts: string[] = [];
  for (const f of findings ?? []) {
    const label = labels.rule(f.rule);
    if (!parts.includes(label)) parts.push(label);
  }
  for (const e of extra) if (e && !parts.includes(e)) parts.push(e);
  return parts.join('; ');
}
