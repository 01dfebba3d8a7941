import fc from 'fast-check';
import { BYTES_PER_PIECE, estimateBytes, planReads, READ_BUDGET } from '../../src/excel/read-plan';
import type { ReadPiece } from '../../src/excel/read-plan';

const FIVE_MB = 5 * 1024 * 1024;
const whole = (sheet: number, rows: number, cols: number): ReadPiece => ({ sheet, row: 0, rows, col: 0, cols });
/** Shapes of the seed workbook's sheets (rows × columns of each used range). */
const SEED_SHAPES: [number, number][] = [[9, 7], [16, 3], [19, 5], [19, 7], [17, 5], [15, 7], [21, 5], [18, 7], [23, 5], [15, 8]];

describe('estimateBytes', () => {
  it('is nothing for an empty block', () => {
    expect(estimateBytes(0, 5)).toBe(0);
    expect(estimateBytes(5, 0)).toBe(0);
  });
});

describe('planReads', () => {
  it('reads the ten small sheets of the seed in one request', () => {
    const plan = planReads(SEED_SHAPES.map(([r, c], i) => whole(i, r, c)));
    expect(plan).toHaveLength(1);
    expect(plan[0].pieces.map((p) => p.sheet)).toEqual(SEED_SHAPES.map((_, i) => i));
  });

  it('cuts 50,000 rows into row bands of the full width, each under the budget', () => {
    const plan = planReads([whole(0, 50_001, 5)]);
    expect(plan).toHaveLength(Math.ceil(estimateBytes(50_001, 5) / READ_BUDGET));
    for (const r of plan) {
      expect(r.bytes).toBeLessThanOrEqual(READ_BUDGET);
      expect(r.pieces).toEqual([expect.objectContaining({ col: 0, cols: 5 })]);
    }
    expect(plan.map((r) => r.pieces[0].row)).toEqual(plan.map((_, i) => i * plan[0].pieces[0].rows));
  });

  it('lets the first band of a big sheet share the request of the small sheets before it', () => {
    const small = SEED_SHAPES.map(([r, c], i) => whole(i, r, c));
    const plan = planReads([...small, whole(small.length, 50_001, 5)]);
    const total = [...SEED_SHAPES, [50_001, 5]].reduce((n, [r, c]) => n + estimateBytes(r, c), 0);
    expect(plan).toHaveLength(Math.ceil(total / READ_BUDGET));
    expect(plan[0].pieces.map((p) => p.sheet)).toEqual([...small.map((_, i) => i), small.length]);
  });

  it('cuts a row wider than the budget into column strips', () => {
    const plan = planReads([whole(0, 3, 20)], 2_000);
    const pieces = plan.flatMap((r) => r.pieces);
    expect(pieces.every((p) => p.cols < 20 && estimateBytes(p.rows, p.cols) <= 2_000)).toBe(true);
    expect(pieces.reduce((n, p) => n + p.rows * p.cols, 0)).toBe(60);
    expect([...new Set(pieces.map((p) => p.col))].sort((a, b) => a - b)).toEqual([0, 9, 18]);
  });

  const region = fc.record({ rows: fc.integer({ min: 0, max: 3_000 }), cols: fc.integer({ min: 0, max: 40 }), row: fc.nat(100), col: fc.nat(10) });

  /**
   * Whether the pieces of one region tile it: grouped by column span, the spans tile the columns and each
   * span's row bands tile the rows (so every cell is read exactly once).
   */
  function tiles(r: ReadPiece, pieces: ReadPiece[]): boolean {
    if (r.rows === 0 || r.cols === 0) return pieces.length === 0;
    const spans = new Map<number, ReadPiece[]>();
    for (const p of pieces) {
      const span = spans.get(p.col) ?? [];
      if (span.length > 0 && span[0].cols !== p.cols) return false;
      span.push(p);
      spans.set(p.col, span);
    }
    let col = r.col;
    for (const [start, bands] of [...spans.entries()].sort((x, y) => x[0] - y[0])) {
      if (start !== col) return false;
      col += bands[0].cols;
      let row = r.row;
      for (const b of bands.sort((x, y) => x.row - y.row)) {
        if (b.row !== row) return false;
        row += b.rows;
      }
      if (row !== r.row + r.rows) return false;
    }
    return col === r.col + r.cols;
  }

  it('covers every cell of every region exactly once, and keeps each request within the budget unless it holds a single row', () => {
    fc.assert(
      fc.property(fc.array(region, { maxLength: 6 }), fc.integer({ min: 5_000, max: 400_000 }), (shapes, budget) => {
        const regions = shapes.map((s, i): ReadPiece => ({ sheet: i, ...s }));
        const plan = planReads(regions, budget);
        const wellFormed = plan.every(
          (request) =>
            request.pieces.length > 0 &&
            request.bytes === request.pieces.reduce((n, p) => n + estimateBytes(p.rows, p.cols), 0) &&
            (request.bytes <= budget || (request.pieces.length === 1 && request.pieces[0].rows === 1)),
        );
        expect(wellFormed).toBe(true);
        const bySheet = new Map<number, ReadPiece[]>(regions.map((r) => [r.sheet, []]));
        for (const p of plan.flatMap((r) => r.pieces)) bySheet.get(p.sheet)?.push(p);
        expect(regions.filter((r) => !tiles(r, bySheet.get(r.sheet) ?? []))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('packs tightly: every request but the last is full to within one row', () => {
    fc.assert(
      fc.property(fc.array(region, { minLength: 1, maxLength: 6 }), fc.integer({ min: 100_000, max: 4_000_000 }), (shapes, budget) => {
        const plan = planReads(shapes.map((s, i): ReadPiece => ({ sheet: i, ...s })), budget);
        const widest = Math.max(...shapes.map((s) => estimateBytes(1, s.cols) - BYTES_PER_PIECE));
        for (const request of plan.slice(0, -1)) expect(request.bytes).toBeGreaterThan(budget - BYTES_PER_PIECE - widest);
      }),
      { numRuns: 60 },
    );
  });

  it('never plans an answer the 5 MB limit would refuse when cells are as long as allowed', () => {
    const plan = planReads([whole(0, 200_000, 30), whole(1, 10, 16_384)]);
    expect(Math.max(...plan.map((r) => r.bytes))).toBeLessThan(FIVE_MB);
  });
});
