/**
 * What the reader accepts, checked before the work it would cost: a workbook beyond any of these is
 * refused with one line (ReadLimitError) instead of exhausting memory or time. The README's
 * "Batas / Limits" section lists the same figures; change both together.
 */
import type { Bilingual } from '../../domain/errors';

export const READ_LIMITS = {
  /** Inflated bytes of one part (a sheet's XML). A 100,000-row Tabel 3.1 sheet is about 30 MiB. */
  maxPartBytes: 256 * 1024 * 1024,
  /** Inflated bytes of all parts read together. */
  maxTotalBytes: 512 * 1024 * 1024,
  /** Entries in the zip's central directory. */
  maxParts: 10_000,
  /** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
  maxRows: 1_048_576,
  maxColumns: 16_384,
  /** Excel's own limit on the characters of one cell. */
  maxCellChars: 32_767,
  /** Cells holding a value or formula, over all sheets (about 300,000 rows × 20 columns). */
  maxCells: 6_000_000,
  /** Row and column slots the sheets' used ranges span, so a sparse sheet cannot make every later loop long. */
  maxSlots: 64_000_000,
  /** Merged blocks per sheet. */
  maxMerges: 1_000_000,
} as const;

const MiB = 1024 * 1024;

/** A workbook past a limit: the detail says which, in both languages. */
export class ReadLimitError extends Error {
  constructor(readonly detail: Bilingual) {
    super(detail.en);
    this.name = 'ReadLimitError';
  }
}

export const limitDetail = {
  partTooLarge: (part: string): Bilingual => ({
    id: `bagian ${part} terurai lebih dari ${READ_LIMITS.maxPartBytes / MiB} MiB`,
    en: `part ${part} inflates to more than ${READ_LIMITS.maxPartBytes / MiB} MiB`,
  }),
  totalTooLarge: (): Bilingual => ({
    id: `isi berkas terurai lebih dari ${READ_LIMITS.maxTotalBytes / MiB} MiB`,
    en: `the contents inflate to more than ${READ_LIMITS.maxTotalBytes / MiB} MiB`,
  }),
  tooManyParts: (count: number): Bilingual => ({
    id: `${count} bagian di dalam zip, lebih dari ${READ_LIMITS.maxParts}`,
    en: `${count} parts in the zip, more than ${READ_LIMITS.maxParts}`,
  }),
  zip64: (): Bilingual => ({ id: 'format ZIP64 tidak didukung', en: 'the ZIP64 format is not supported' }),
  cellOutsideGrid: (sheet: string, row: number, col: number): Bilingual => ({
    id: `sheet "${sheet}": sel di baris ${row + 1}, kolom ${col + 1} di luar batas Excel (${READ_LIMITS.maxRows} baris × ${READ_LIMITS.maxColumns} kolom)`,
    en: `sheet "${sheet}": a cell at row ${row + 1}, column ${col + 1} is outside Excel's grid (${READ_LIMITS.maxRows} rows × ${READ_LIMITS.maxColumns} columns)`,
  }),
  cellTooLong: (sheet: string, chars: number): Bilingual => ({
    id: `sheet "${sheet}": teks sel sepanjang ${chars} karakter, lebih dari batas Excel ${READ_LIMITS.maxCellChars}`,
    en: `sheet "${sheet}": a cell's text is ${chars} characters, more than Excel's limit of ${READ_LIMITS.maxCellChars}`,
  }),
  tooManyCells: (): Bilingual => ({
    id: `lebih dari ${READ_LIMITS.maxCells} sel berisi`,
    en: `more than ${READ_LIMITS.maxCells} cells with content`,
  }),
  tooSparse: (sheet: string): Bilingual => ({
    id: `sheet "${sheet}": sel tersebar di area lebih dari ${READ_LIMITS.maxSlots} sel`,
    en: `sheet "${sheet}": the cells spread over an area of more than ${READ_LIMITS.maxSlots} cells`,
  }),
  tooManyMerges: (sheet: string): Bilingual => ({
    id: `sheet "${sheet}": lebih dari ${READ_LIMITS.maxMerges} sel gabungan`,
    en: `sheet "${sheet}": more than ${READ_LIMITS.maxMerges} merged blocks`,
  }),
};

/** Counts what the parts read so far have cost; one per workbook read. */
export class ReadBudget {
  private inflated = 0;
  private cells = 0;

  /** The most one more part may inflate to: the per-part cap or what the total has left, whichever is less. */
  partAllowance(): number {
    return Math.min(READ_LIMITS.maxPartBytes, READ_LIMITS.maxTotalBytes - this.inflated);
  }

  /** Records an inflated part; `part` names it in the refusal. */
  spend(part: string, bytes: number): void {
    if (bytes > READ_LIMITS.maxPartBytes) throw new ReadLimitError(limitDetail.partTooLarge(part));
    this.inflated += bytes;
    if (this.inflated > READ_LIMITS.maxTotalBytes) throw new ReadLimitError(limitDetail.totalTooLarge());
  }

  /** Refusal for an inflate that hit the allowance: the part's cap or the total's. */
  overAllowance(part: string): ReadLimitError {
    return new ReadLimitError(this.partAllowance() < READ_LIMITS.maxPartBytes ? limitDetail.totalTooLarge() : limitDetail.partTooLarge(part));
  }

  addCell(): void {
    if (++this.cells > READ_LIMITS.maxCells) throw new ReadLimitError(limitDetail.tooManyCells());
  }
}
