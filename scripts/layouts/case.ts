/**
 * One workbook of the layouts corpus (tests/fixtures/layouts/): a layout planners really keep, built
 * from plain sheet data, with the faults planted in it listed beside it. `npm run layouts` writes each
 * case's workbook and its faults file; tests/layouts/ checks Lapkin finds exactly those.
 *
 * Each file in scripts/layouts/cases/ default-exports one LayoutCase (or an array of them).
 */
import type { ExampleSheet } from '../examples/sheet-spec';

/** A fault planted in the workbook, where Lapkin must report it. */
export interface PlantedFault {
  rule: string;
  sheet: string;
  /** A1 address without the sheet name. */
  cell: string;
  /** The finding's expected value, as Lapkin formats it ("375.000.000", "37,78 %"), where the rule gives one. */
  expected?: string;
}

export interface LayoutCase {
  /** File stem: tests/fixtures/layouts/<name>.xlsx and <name>.faults.json. */
  name: string;
  /** What layout this is and which issue bullet it covers, one or two sentences. */
  about: string;
  /** Report period, when the workbook's titles do not give it. */
  period?: { year: number; quarter: 1 | 2 | 3 | 4 };
  sheets: ExampleSheet[];
  /** Every fault planted; a check must find each at its cell and raise no other error. */
  faults: PlantedFault[];
  /** Sheets Lapkin is expected not to understand (each must carry a sheet-not-checked finding). */
  uncheckedSheets?: string[];
}
