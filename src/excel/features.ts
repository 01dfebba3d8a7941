/**
 * Which ExcelApi features this Excel has. The manifest only demands ExcelApi 1.4 (what reading and
 * writing values and marks need), so everything newer is checked here once and degraded gracefully:
 * volume-licensed Office (2016/2019/2021/LTSC) stops at various sets, and 1.18+ is missing there.
 */

export interface ExcelFeatures {
  /** Application.suspendApiCalculationUntilNextSync (ExcelApi 1.6) */
  suspendCalculation: boolean;
  /** conditionalFormats.add (ExcelApi 1.6) */
  conditionalFormats: boolean;
  /** Range.hyperlink, freezePanes, chart series editing (ExcelApi 1.7) */
  hyperlinks: boolean;
  freezePanes: boolean;
  chartSeries: boolean;
  /** ChartAxis.numberFormat (ExcelApi 1.8) */
  chartAxisFormat: boolean;
  /** Application.suspendScreenUpdatingUntilNextSync and Worksheet.pageLayout (ExcelApi 1.9) */
  suspendScreenUpdating: boolean;
  pageLayout: boolean;
  /** Worksheet.autoFilter (ExcelApi 1.9) */
  autoFilter: boolean;
  /** Range.getSpecialCellsOrNullObject, whose visible cells tell the hidden rows and columns (ExcelApi 1.9) */
  visibleCells: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13) */
  mergedAreas: boolean;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const excel = (v: string): boolean => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    suspendCalculation: excel('1.6'),
    conditionalFormats: excel('1.6'),
    hyperlinks: excel('1.7'),
    freezePanes: excel('1.7'),
    chartSeries: excel('1.7'),
    chartAxisFormat: excel('1.8'),
    suspendScreenUpdating: excel('1.9'),
    pageLayout: excel('1.9'),
    autoFilter: excel('1.9'),
    visibleCells: excel('1.9'),
    mergedAreas: excel('1.13'),
  };
}

/** Everything on: what current Microsoft 365 and Excel on the web offer. */
export const ALL_FEATURES: ExcelFeatures = detectFeatures(() => true);
/** Only the manifest's floor (ExcelApi 1.4). */
export const BASELINE_FEATURES: ExcelFeatures = detectFeatures(() => false);

/** The features of the Excel this code runs in (office-js must be loaded). */
export function officeFeatures(): ExcelFeatures {
  return detectFeatures((name, v) => Office.context.requirements.isSetSupported(name, v));
}
