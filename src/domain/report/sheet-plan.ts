/**
 * A report sheet as pure data. Both host writers (exceljs in src/xlsx, office-js in src/excel)
 * render the same plan, so the report looks the same in a file and in the open workbook.
 */

export type ReportSheetKind = 'tabel-3.1' | 'detail' | 'capaian-pk' | 'temuan';

/** Named styles; a writer maps each to its host's formatting once. */
export type StyleName =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'body'
  | 'bodyBold'
  | 'total'
  | 'stated'
  | 'flagged'
  | 'note'
  | 'link'
  /** a number in a body row: right-aligned, so a "-" result lines up with the numbers around it */
  | 'number'
  | 'numberBold'
  | 'numberTotal'
  /** a short code in a body row (No, Satuan, Polaritas), centred as the report's own tables have it */
  | 'bodyCenter'
  /** a caption over a block that is not part of the table above (the chart data under Tabel 3.1) */
  | 'caption';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" */
  fill?: string;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  /** thin border all round */
  border?: boolean;
  underline?: boolean;
}

/**
 * The Indonesian number kinds (domain/report/indonesian-numbers.ts): a cell that names one is drawn with literal
 * separators, and its column gets the kind's conditional number rules.
 */
export type NumberKindName = 'amount' | 'percent' | 'count' | 'countDash' | 'countPercent' | 'wholePercent' | 'wholePercentDash';

export type PlanCell =
  | { kind: 'text'; text: string; style?: StyleName }
  | { kind: 'number'; value: number; format?: string; numberKind?: NumberKindName; style?: StyleName }
  /** formula without the leading "="; cached is the result the core computed, written as the cell's cached value */
  | { kind: 'formula'; formula: string; cached: number | string | null; format?: string; numberKind?: NumberKindName; style?: StyleName }
  /** a link to a cell of this workbook */
  | { kind: 'link'; text: string; sheet: string; cell: string; style?: StyleName };

export interface ConditionalBand {
  /** inclusive lower bound in the cell's own units (percent values such as 91) */
  min: number;
  /** exclusive upper bound; absent = no upper bound */
  max?: number;
  fill: string;
  fontColor?: string;
}

/** A fill for cells whose whole text equals `text` (compared case-insensitively, as Excel's `=` does). */
export interface ConditionalTextBand {
  text: string;
  fill: string;
  fontColor?: string;
}

/**
 * A number format a host applies where a rule holds: the value is 0, or |value| lies in [absFrom, absBelow).
 * Text and blank cells never match. Rules of one range do not overlap.
 */
export type ConditionalNumberFormat =
  | { kind: 'zero'; format: string }
  | { kind: 'magnitude'; absFrom: number; absBelow?: number; /** 0 itself excluded */ nonZero?: boolean; format: string };

export interface ConditionalFormat {
  /** A1 range, e.g. "H5:H20" */
  range: string;
  /** Number formats by value (the Indonesian separators per magnitude); a writer that does not know them adds nothing. */
  numberFormats?: ConditionalNumberFormat[];
  bands: ConditionalBand[];
  /**
   * Text matches for a column of labels (the Kategori "Sangat Tinggi" … "Sangat Rendah"). A text-only format
   * has `bands: []`, so a writer that does not know this field adds nothing for it.
   */
  textBands?: ConditionalTextBand[];
}

export interface ChartPlan {
  type: 'bar';
  title: string;
  /** A1 range of category labels, e.g. "B5:B6" */
  categories: string;
  series: { name: string; values: string }[];
  /** number format of the value axis' labels; absent = the host's default */
  valueFormat?: string;
  /** top-left cell where the chart is placed */
  anchor: string;
  widthCols?: number;
  heightRows?: number;
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paperSize: 'A4' | 'F4';
  fitToWidth: boolean;
  /** rows repeated at the top of every printed page, e.g. "4:5" */
  printTitleRows?: string;
  /** centre the table between the side margins, as a table in a printed report sits */
  centerHorizontally?: boolean;
  /** footer centred on every printed page, in Excel's header/footer codes: "&A – Halaman &P dari &N" */
  footer?: string;
}

export interface SheetPlan {
  /** Desired sheet name (≤ 31 chars, no []:*?/\). A writer picks another if a user's sheet already has it. */
  name: string;
  kind: ReportSheetKind;
  /** Rows of cells from A1; null = empty. Rows may differ in length. */
  rows: (PlanCell | null)[][];
  styles: Partial<Record<StyleName, CellStyle>>;
  /** A1 ranges, e.g. "A1:F1" */
  merges: string[];
  /** column widths in Excel character units, index 0 = column A */
  widths: number[];
  freeze?: { rows: number; cols: number };
  print: PrintSetup;
  conditionalFormats: ConditionalFormat[];
  charts: ChartPlan[];
  /** A1 range (header row included) to put an AutoFilter on, e.g. "A6:I40"; absent = none. */
  autoFilter?: string;
  /**
   * Row heights in points, index 0 = row 1; undefined = the host's default. Estimated from the text, column
   * widths and font sizes, because neither Excel nor LibreOffice grows a row holding wrapped text on open.
   */
  rowHeights?: (number | undefined)[];
}

/** Defined-name prefix of Lapkin's marks (the whole mark: domain/report/lapkin-mark.ts); the name refers to the sheet's A1. */
export const LAPKIN_MARK_PREFIX = 'Lapkin_';

/** Excel's rules for sheet names. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Sheet').slice(0, 31);
}
