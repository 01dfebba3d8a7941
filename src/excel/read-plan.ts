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

/**
 * Target size of what one sync answers: 4.5 MB, under the 5 MB (5,242,880 bytes) Excel on the web accepts.
 * The first request is planned with the allowance above; the rest with what the answers so far really
 * weighed per cell (see read-cells.ts), so the margin needed is small.
 */
export const READ_BUDGET = 4_500_000;

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

/** The allowance per cell for a set of loaded properties, before any answer has been measured. */
export function allowancePerCell(properties: readonly ReadProperty[] = READ_PROPERTIES): number {
  return properties.reduce((n, p) => n + BYTES_PER_CELL[p], 0);
}

const CELL_BYTES = allowancePerCell();

function rowBytes(cols: number, cellBytes: number): number {
  return cols * cellBytes + BYTES_PER_ROW;
}

/** Estimated answer size of one block of cells, at `cellBytes` per cell (the allowance for all four properties by default). */
export function estimateBytes(rows: number, cols: number, cellBytes: number = CELL_BYTES): number {
  return rows <= 0 || cols <= 0 ? 0 : BYTES_PER_PIECE + rows * rowBytes(cols, cellBytes);
}

/**
 * A region too wide for even one row under the budget is cut into column strips (only after Excel has
 * refused smaller budgets: 16,384 columns at the default allowance fit in 4 MB).
 */
function stripsOf(region: ReadPiece, budget: number, cellBytes: number): ReadPiece[] {
  if (estimateBytes(1, region.cols, cellBytes) <= budget) return [region];
  const width = Math.max(1, Math.floor((budget - BYTES_PER_PIECE - BYTES_PER_ROW) / cellBytes));
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
export function planReads(regions: readonly ReadPiece[], budget: number = READ_BUDGET, cellBytes: number = CELL_BYTES): ReadRequest[] {
  const requests: ReadRequest[] = [];
  let current: ReadRequest = { pieces: [], bytes: 0 };
  const close = (): void => {
    if (current.pieces.length > 0) requests.push(current);
    current = { pieces: [], bytes: 0 };
  };
  for (const strip of regions.filter((r) => r.rows > 0 && r.cols > 0).flatMap((r) => stripsOf(r, budget, cellBytes))) {
    let done = 0;
    while (done < strip.rows) {
      const left = strip.rows - done;
      const room = budget - current.bytes - BYTES_PER_PIECE;
      const fits = Math.min(left, Math.floor(room / rowBytes(strip.cols, cellBytes)));
      if (fits < 1 && current.pieces.length > 0) {
        close();
        continue;
      }
      const rows = Math.max(1, fits);
      current.pieces.push({ ...strip, row: strip.row + done, rows });
      current.bytes += estimateBytes(rows, strip.cols, cellBytes);
      done += rows;
      if (done < strip.rows) close();
    }
  }
  close();
  return requests;
}
