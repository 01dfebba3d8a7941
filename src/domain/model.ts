/**
 * The budget, indicator and activity models the rules and the report work on.
 * Every value keeps the address of the cell it came from, so findings can name it.
 */
import type { SheetKind } from './mapping/types';

/** A number read from a cell. */
export interface Amount {
  /** null when blank or unreadable. "-" reads as 0. */
  value: number | null;
  /** A1 address of the source cell ("" when the value has no cell). */
  cell: string;
  /** What the cell showed (typed text or display text), for findings. */
  raw: string;
  /** true when the cell could not be read as a number (a number-format finding was made). */
  invalid?: boolean;
  /** A likely value for an invalid cell (e.g. 375000000 for "375.000.00"). */
  suggestion?: number;
  /** The cell holds a formula (its cached result is the value). */
  formula?: string;
}

export type BudgetLevel = 'total' | 'unit' | 'program' | 'kegiatan' | 'subKegiatan' | 'rincian';

export interface BudgetRow {
  /** 1-based Excel row. */
  row: number;
  kode?: string;
  uraian: string;
  level: BudgetLevel;
  pagu: Amount;
  target?: Amount;
  realisasi: Amount;
  /** Stated capaian in percent (25.49), whatever form the cell had (text "25,49 %", 0.2549 under a % format). */
  capaian?: Amount;
  /** Decimals the stated capaian was written with (for agreement by rounding/truncation). */
  capaianDecimals?: number;
  /** Index of the parent row in BudgetTable.rows, -1 for roots. */
  parent: number;
  children: number[];
}

/**
 * A budget table as the report, the task pane and findings read it. A table the builder made stores its rows
 * as columns and these rows are views of them (budget/table.ts); a plain one (a test's, JSON's) is read into
 * the same columns when checked.
 */
export interface BudgetTable {
  sheet: string;
  kind: Extract<SheetKind, 'tabel-3.1' | 'detail'>;
  title?: string;
  rows: BudgetRow[];
  /** Column letters of the roles present, for findings and for the report. */
  columns: Partial<Record<'kode' | 'uraian' | 'pagu' | 'target' | 'realisasi' | 'capaian', string>>;
}

/** A recomputed budget row: sums of children where it has children, capaian recomputed. */
export interface RecomputedRow {
  source: BudgetRow;
  pagu: number;
  target?: number;
  realisasi: number;
  /** realisasi / pagu × 100; null where pagu is 0 or unknown. */
  capaian: number | null;
  /** Which of the values were recomputed from children (true) rather than taken as stated. */
  summed: boolean;
}

export interface RecomputedTable {
  table: BudgetTable;
  rows: RecomputedRow[];
  /** Grand total over the roots (programs, or the unit row), whether or not the sheet has a totals row. */
  total: { pagu: number; target?: number; realisasi: number; capaian: number | null };
}

export type Polarity = 'positif' | 'negatif';

export interface IndicatorRow {
  row: number;
  sasaran: string;
  indikator: string;
  satuan?: string;
  polaritas: Polarity;
  /** Where polarity came from: a Polaritas column, or the default (positive). */
  polaritasStated: boolean;
  kondisiAwal?: Amount;
  target: Amount;
  realisasi: Amount;
  capaian?: Amount;
  capaianDecimals?: number;
  /** Set where the target or realisasi is written as more than a number ("Tersedia", "BB", "3 dokumen", "≥ 80%"). */
  targetValue?: import('./indicators/pk-value').PkValue;
  realisasiValue?: import('./indicators/pk-value').PkValue;
  /** The texts of the table's carried columns (IndicatorTable.carried), as written. */
  carried?: string[];
}

export interface IndicatorResult {
  source: IndicatorRow;
  /** Recomputed capaian in percent, null where undefined (target 0 or blank, realisasi blank). */
  capaian: number | null;
  /** Category label from the bands, null where capaian is undefined. */
  kategori: string | null;
  /** Why capaian is undefined, in the run's language. */
  undefinedReason?: string;
}

export interface IndicatorTable {
  sheet: string;
  rows: IndicatorRow[];
  columns: Partial<Record<'sasaran' | 'indikator' | 'satuan' | 'polaritas' | 'target' | 'realisasi' | 'capaian', string>>;
  /** The quarter the target column names ("Target TW II"): a quarterly report is scored against it. Absent: the year's target. */
  targetQuarter?: 1 | 2 | 3 | 4;
  /** The published table's columns carried over as written (kondisi awal, targets of earlier years), left to right. */
  carried?: { header: string; column: string }[];
}

export interface Activity {
  row: number;
  /** A1 address of the date cell. */
  cell: string;
  uraian: string;
  /** What the cell showed. */
  raw: string;
  /** The day or month the waktu cell names (a range's first); absent when the cell holds no readable date. */
  start?: ActivityDate;
  /** The range's last day or month; equals start for a single date. */
  end?: ActivityDate;
  /** Section heading the activity sits under, e.g. "A. Kelembagaan". */
  group?: string;
  /** What the activity produced (hasil column). */
  hasil?: string;
  /** The keterangan text and its cell, where the row has one (letters cited there carry dates too). */
  keterangan?: string;
  keteranganCell?: string;
}

/** A calendar day, or a whole month when day is absent ("Maret 2024"). */
export interface ActivityDate {
  year: number;
  /** 1–12 */
  month: number;
  day?: number;
}

export interface ActivityTable {
  sheet: string;
  title?: string;
  activities: Activity[];
}
