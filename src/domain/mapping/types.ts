/**
 * The mapping: how a workbook's sheets are read. Pure JSON-able data, so `lapkin map` can print it,
 * a planner can edit it, and the add-in can store it in the workbook.
 */
import type { Period } from '../settings';

/** What a sheet holds. */
export type SheetKind =
  /** budget realisation with codes (Tabel 3.1) */
  | 'tabel-3.1'
  /** budget detail: numbered sub kegiatan rows with their line items beneath (Tabel 3.2/3.4/3.6) */
  | 'detail'
  /** Perjanjian Kinerja indicators with target, realisasi, capaian (report section 3.4) */
  | 'capaian-pk'
  /** activities with their dates (Tabel 3.3/3.5/3.7) */
  | 'kegiatan'
  /** Perjanjian Kinerja / Renstra targets by year (Tabel 2.2: indikator, kondisi awal, target 2024 2025 2026), no realisasi */
  | 'target-pk'
  /** not recognised: listed, left alone */
  | 'unknown';

export const SHEET_KINDS: SheetKind[] = ['tabel-3.1', 'detail', 'capaian-pk', 'kegiatan', 'target-pk', 'unknown'];

/** What a column holds. */
export type ColumnRole =
  | 'no'
  | 'kode'
  | 'uraian'
  | 'pagu'
  /** budget: target triwulan / anggaran kas; indicator: target of the report year */
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'sasaran'
  | 'indikator'
  | 'satuan'
  | 'polaritas'
  | 'kondisiAwal'
  | 'definisi'
  | 'formula'
  | 'waktu'
  | 'hasil'
  | 'keterangan'
  | 'kategori'
  /**
   * One part of a kode split over several columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan).
   * Several columns may hold it; their parts are joined left to right into one code ("4" "01" "02" → 4.01.02).
   */
  | 'kodeBagian'
  /** Realisasi of one month (Januari … Desember); several columns may hold it, their sum is the cumulative realisasi. */
  | 'realisasiBulan'
  /** Realisasi fisik: a percentage of physical progress, apart from the money (realisasi keuangan). */
  | 'fisik'
  /** The budget before the change (Anggaran Murni, APBD murni) where a later one (Perubahan, APBD-P) is the pagu. */
  | 'paguMurni'
  /** The year's target where a target of the report's quarter is the target scored against. */
  | 'targetTahunan'
  /** Sisa Anggaran: pagu − realisasi as the planner wrote it. */
  | 'sisa'
  /** Start and end dates of an activity ("Tanggal Mulai", "Tanggal Selesai"). */
  | 'tanggalMulai'
  | 'tanggalSelesai'
  /** recognised but not used (e.g. a target of another year) */
  | 'ignore';

export const COLUMN_ROLES: ColumnRole[] = [
  'no', 'kode', 'uraian', 'pagu', 'target', 'realisasi', 'capaian', 'sasaran', 'indikator', 'satuan',
  'polaritas', 'kondisiAwal', 'definisi', 'formula', 'waktu', 'hasil', 'keterangan', 'kategori',
  'kodeBagian', 'realisasiBulan', 'fisik', 'paguMurni', 'targetTahunan', 'sisa', 'tanggalMulai', 'tanggalSelesai',
  'ignore',
];

/** Roles several columns of one table may hold at once (every other role is read from one column). */
export const MULTI_COLUMN_ROLES: readonly ColumnRole[] = ['kodeBagian', 'realisasiBulan', 'ignore'];

export interface ColumnMapping {
  /** Column letter, e.g. "C". */
  column: string;
  role: ColumnRole;
  /** The header text found there (joined over header rows), for display. */
  header?: string;
  /**
   * True when the sheet hides the column (width 0 or hidden), for display ("kolom tersembunyi"): a fact of the
   * workbook, not the planner's choice, so the mapping in force takes it from the sheet, and a saved mapping
   * with or without it loads the same.
   */
  hidden?: boolean;
}

/**
 * One table of a sheet. A sheet holding several tables (a Tabel 3.1 with a PK table under it, or one block per
 * Biro/Bidang) is listed once per table, each entry with its own header and data rows (firstDataRow…lastDataRow
 * never overlap); an edited mapping that lists a sheet replaces every detected table of that sheet.
 */
export interface SheetMapping {
  sheet: string;
  kind: SheetKind;
  /** 1-based Excel row of the (first) header row; absent for unknown sheets. */
  headerRow?: number;
  /** How many rows the header spans (two-row and merged headers), default 1. */
  headerRows?: number;
  /** 1-based Excel row of the first data row (after the header and any column-number row "1 2 3 …"). */
  firstDataRow?: number;
  /** 1-based Excel row of the last data row; absent = to the end of the sheet. */
  lastDataRow?: number;
  columns: ColumnMapping[];
  /** For detail and kegiatan sheets: the section title found above the table (e.g. "Bagian Tatalaksana"). */
  title?: string;
  /**
   * Per-unit blocks: the 1-based Excel row of a grand total ("Jumlah Total", "TOTAL") under the blocks, which adds
   * up the totals rows of every table of this sheet (one table per Biro/Bidang block, each ending with its own
   * "Jumlah Biro …"). Set on one table of the sheet; its amount columns are read on that row.
   */
  grandTotalRow?: number;
}

export interface WorkbookMapping {
  version: 1;
  /** Detected from titles and headers ("Triwulan I Tahun 2024"), or set by the planner. */
  period?: Period;
  sheets: SheetMapping[];
}

/** One data row of a mapped table, as the model builders see it. */
export interface MappedCell {
  /** The cell, after filling merged blocks down (a sasaran merged over its indicators appears on each row). */
  cell: import('../grid/grid').Cell | undefined;
  /** A1 address of the cell the value came from (the merge's top-left for merged cells). */
  address: string;
}

export interface MappedRow {
  /** 1-based Excel row. */
  row: number;
  cells: Partial<Record<ColumnRole, MappedCell>>;
}
