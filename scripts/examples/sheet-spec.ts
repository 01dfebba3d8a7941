/** A sheet of an example workbook, as plain data the example writer lays out. */

/** A cell as a planner typed it: text stays text, numbers stay numbers; `{ f }` is a formula with its cached result (none: saved without one, as scripts and exporters do). */
export type ExampleValue =
  | string
  | number
  | null
  | { f: string; result?: number; pct?: boolean }
  /** a fraction shown with a % format (0.2549 → 25,49%) */
  | { pct: number }
  /** an Excel date cell, ISO yyyy-mm-dd */
  | { date: string };
export type Row = ExampleValue[];

export interface ExampleSheet {
  name: string;
  /** rows above the header (title block); [] is a blank row */
  title: Row[];
  /** one or more header rows */
  header: Row[];
  rows: Row[];
  /** A1 ranges to merge in the header and body */
  headerMerges?: string[];
  bodyMerges?: string[];
  /** 0-based body row indexes to print bold */
  boldRows?: number[];
  /** 0-based column indexes given "#,##0" when they hold numbers */
  amountColumns?: number[];
  /** 0-based column indexes given "0.00" when they hold numbers */
  percentColumns?: number[];
  /** 0-based column index → number format of its numbers in the body (accounting "_(* #,##0_)…", "#,##0.00"), over the two above */
  numFmts?: Record<number, string>;
  widths?: number[];
  /** 0-based column indexes saved hidden (helper columns planners hide) */
  hiddenColumns?: number[];
  /** 0-based body row indexes saved hidden (rows planners hide but still add up) */
  hiddenRows?: number[];
}
