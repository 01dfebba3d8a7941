/**
 * Reads blocks of cells in as few syncs as fit an answer budget. The first request is planned with the
 * allowance per cell (read-plan.ts); every later one with what the answers so far really weighed per cell
 * (the JSON length of the arrays Excel returned), so a sheet of short amounts is read in a few large
 * requests and a sheet of long uraian text in more, smaller ones, each under Excel on the web's 5 MB.
 * Should Excel still refuse an answer as too large, what is left is re-planned at half the budget.
 * Used by the reader (all four properties) and by the writer's check of its old sheets (formulas only).
 */
import { areaAddress } from './addresses';
import { isPayloadLimitError } from './office-errors';
import { allowancePerCell, planReads } from './read-plan';
import type { ReadPiece, ReadProperty } from './read-plan';

/** Where a region's cells are: its sheet and the 0-based sheet position of its top-left cell. */
export interface CellSource {
  sheet: Excel.Worksheet;
  top: number;
  left: number;
}

/** The loaded 2D arrays of one piece, one per property asked for. */
export type CellBlock = Partial<Record<ReadProperty, unknown[][]>>;

export interface ReadCellsOptions {
  properties: readonly ReadProperty[];
  /** answer bytes per sync */
  budget: number;
}

/** Margin on the measured size per cell: later rows may be a little longer than the ones measured. */
const MEASURE_MARGIN = 1.05;
/** The least a cell is taken to cost per property, however small the answers so far (blank rows at the top). */
const FLOOR_PER_PROPERTY = 8;

/** Pieces of one region that follow each other (the row bands of an earlier plan) joined back into one. */
function joinBands(pieces: ReadPiece[]): ReadPiece[] {
  const out: ReadPiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last.sheet === p.sheet && last.col === p.col && last.cols === p.cols && last.row + last.rows === p.row) last.rows += p.rows;
    else out.push({ ...p });
  }
  return out;
}

function jsonLength(grid: unknown[][] | undefined): number {
  return grid === undefined ? 0 : JSON.stringify(grid).length;
}

/** Loads one request's pieces in one sync; returns their blocks and the answer's size. */
async function readRequest(
  context: Excel.RequestContext,
  sources: readonly CellSource[],
  pieces: ReadPiece[],
  properties: readonly ReadProperty[],
): Promise<{ blocks: CellBlock[]; bytes: number }> {
  const ranges = pieces.map((p) => {
    const { sheet, top, left } = sources[p.sheet];
    const range = sheet.getRange(areaAddress(top + p.row, left + p.col, top + p.row + p.rows - 1, left + p.col + p.cols - 1));
    range.load(properties.join(','));
    return range;
  });
  await context.sync();
  let bytes = 0;
  const blocks = ranges.map((range) => {
    const block: CellBlock = {};
    // Each property is read once: on an office-js proxy every access goes through a getter.
    for (const p of properties) {
      const grid = range[p] as unknown[][];
      block[p] = grid;
      bytes += jsonLength(grid);
    }
    return block;
  });
  return { blocks, bytes };
}

/**
 * Reads `regions` (offsets within their source, `sheet` indexing `sources`) and hands each piece's block to
 * `onPiece` as soon as its sync has answered. Returns the number of syncs made.
 */
export async function readCells(
  context: Excel.RequestContext,
  sources: readonly CellSource[],
  regions: readonly ReadPiece[],
  options: ReadCellsOptions,
  onPiece: (piece: ReadPiece, block: CellBlock) => void,
): Promise<number> {
  const { properties } = options;
  let budget = options.budget;
  let perCell = allowancePerCell(properties);
  const floor = FLOOR_PER_PROPERTY * properties.length;
  let plan = planReads(regions, budget, perCell);
  let answered = 0;
  let cells = 0;
  let syncs = 0;
  while (plan.length > 0) {
    const [request, ...rest] = plan;
    let result: { blocks: CellBlock[]; bytes: number };
    try {
      syncs++;
      result = await readRequest(context, sources, request.pieces, properties);
    } catch (e) {
      const single = request.pieces.length === 1 && request.pieces[0].rows === 1 && request.pieces[0].cols === 1;
      if (!isPayloadLimitError(e) || single) throw e;
      budget = Math.floor(budget / 2);
      plan = planReads(joinBands([...request.pieces, ...rest.flatMap((r) => r.pieces)]), budget, perCell);
      continue;
    }
    request.pieces.forEach((p, i) => onPiece(p, result.blocks[i]));
    answered += result.bytes;
    cells += request.pieces.reduce((n, p) => n + p.rows * p.cols, 0);
    perCell = Math.max(floor, (answered / cells) * MEASURE_MARGIN);
    plan = rest.length > 0 ? planReads(joinBands(rest.flatMap((r) => r.pieces)), budget, perCell) : [];
  }
  return syncs;
}
