/**
 * How large a read will be before Excel is asked, and how to split it so no answer crosses Excel on the
 * web's 5 MB limit. Pure arithmetic over used-range shapes: no office-js calls.
 *
 * The estimate is per cell and per property loaded. Measured on the fake context, which answers with the
 * JSON of each property's 2D array, the example workbooks cost 42–130 bytes per cell for all four properties
 * (the sheets of long kegiatan names are the dearest) and the 50,000-row Tabel 3.1 test sheet 66. Strings are
 * sent three times (values, text, formulas), so a sheet of long uraian text costs far more than one of
 * amounts: the allowance below is about 1.5 times the dearest example sheet. With READ_BUDGET at 4 MB, a
 * sheet averaging up to ~250 bytes per cell still answers under 5 MB; beyond that Excel refuses the request
 * and the reader re-plans with a smaller budget (see readGridsWith).
 */

/** The properties the reader loads per cell. The core uses values, numberFormat and text; formulas are carried to the model. */
export type ReadProperty = 'values' | 'numberFormat' | 'text' | 'formulas';

export const READ_PROPERTIES: readonly ReadProperty[] = ['values', 'numberFormat', 'text', 'formulas'];

/** Allowance per cell, in bytes of JSON answer. Number formats are short codes; the rest carry the cell's text. */
export const BYTES_PER_CELL: Readonly<Record<ReadProperty, number>> = { values: 56, numberFormat: 24, text: 56, formulas: 56 };

/** Brackets and commas of one row in each property's array. */
const BYTES_PER_ROW = 3 * READ_PROPERTIES.length;
/** The address, property names and envelope of one range in a request and its answer. */
export const BYTES_PER_PIECE = 256;

/** Target answer size per sync: 4 MB, well under the 5 MB (5,242,880 bytes) Excel on the web accepts. */
export const READ_BUDGET = 4_000_000;

/** A block of one sheet's used range to read, in offsets from the used range's top-left cell. */
export interface ReadPiece {
  /** index into the list of sheets being read */
  sheet: number;
  row: number;
  rows: number;
  col: number;
  cols: number;
}

/** The pieces fetched in one context.sync(), and the answer size they are estimated at. */
export interface ReadRequest {
  pieces: ReadPiece[];
  bytes: number;
}

const CELL_BYTES = READ_PROPERTIES.reduce((n, p) => n + BYTES_PER_CELL[p], 0);

function rowBytes(cols: number): number {
  return cols * CELL_BYTES + BYTES_PER_ROW;
}

/** Estimated answer size of one block of cells. */
export function estimateBytes(rows: number, cols: number): number {
  return rows <= 0 || cols <= 0 ? 0 : BYTES_PER_PIECE + rows * rowBytes(cols);
}

/**
 * A region too wide for even one row under the budget is cut into column strips (only after Excel has
 * refused smaller budgets: 16,384 columns at the default allowance fit in 4 MB).
 */
function stripsOf(region: ReadPiece, budget: number): ReadPiece[] {
  if (estimateBytes(1, region.cols) <= budget) return [region];
  const width = Math.max(1, Math.floor((budget - BYTES_PER_PIECE - BYTES_PER_ROW) / CELL_BYTES));
  const strips: ReadPiece[] = [];
  for (let c = 0; c < region.cols; c += width) {
    strips.push({ ...region, col: region.col + c, cols: Math.min(width, region.cols - c) });
  }
  return strips;
}

/**
 * Packs the regions into as few requests as fit the budget, in order: small sheets share a request, a big
 * sheet is cut into row bands, and a band may start in the space a small sheet left. Every request holds
 * at least one piece, so a region larger than the budget still makes progress (one row, or one cell).
 */
export function planReads(regions: readonly ReadPiece[], budget: number = READ_BUDGET): ReadRequest[] {
  const requests: ReadRequest[] = [];
  let current: ReadRequest = { pieces: [], bytes: 0 };
  const close = (): void => {
    if (current.pieces.length > 0) requests.push(current);
    current = { pieces: [], bytes: 0 };
  };
  for (const strip of regions.filter((r) => r.rows > 0 && r.cols > 0).flatMap((r) => stripsOf(r, budget))) {
    let done = 0;
    while (done < strip.rows) {
      const left = strip.rows - done;
      const room = budget - current.bytes - BYTES_PER_PIECE;
      const fits = Math.min(left, Math.floor(room / rowBytes(strip.cols)));
      if (fits < 1 && current.pieces.length > 0) {
        close();
        continue;
      }
      const rows = Math.max(1, fits);
      current.pieces.push({ ...strip, row: strip.row + done, rows });
      current.bytes += estimateBytes(rows, strip.cols);
      done += rows;
      if (done < strip.rows) close();
    }
  }
  close();
  return requests;
}
