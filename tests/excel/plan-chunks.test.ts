import fc from 'fast-check';
import { buildChunk, cellInput, estimateRowBytes, hyperlinkFormula, planWrites } from '../../src/excel/write/plan-chunks';
import type { PlanCell, SheetPlan } from '../../src/domain/report/sheet-plan';

const styles: SheetPlan['styles'] = { header: { bold: true, fill: '#D9E1F2', border: true }, body: { border: true }, total: { bold: true, border: true } };

function planOf(rows: (PlanCell | null)[][]): SheetPlan {
  return { name: 'Tabel 3.1', kind: 'tabel-3.1', rows, styles, merges: [], widths: [], print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true }, conditionalFormats: [], charts: [] };
}

const text = (t: string, style: PlanCell['style'] = 'body'): PlanCell => ({ kind: 'text', text: t, style });
const num = (value: number, style: PlanCell['style'] = 'body'): PlanCell => ({ kind: 'number', value, format: '#,##0', style });

describe('cellInput', () => {
  it.each<[string, PlanCell | null, string | number | null, string | null]>([
    ['text that looks like a formula stays text', text('=SUM(D7:D9)'), '=SUM(D7:D9)', '@'],
    ['a code that looks like a number stays text', text('4.01.02'), '4.01.02', '@'],
    ['a year label stays text', text('2024'), '2024', '@'],
    ['pagu as a number with its format', num(838526327), 838526327, '#,##0'],
    ['formula gets its "="', { kind: 'formula', formula: 'SUM(D8:D9)', cached: 206384900, format: '#,##0' }, '=SUM(D8:D9)', '#,##0'],
    ['empty', null, null, null],
  ])('%s', (_name, cell, value, format) => {
    expect(cellInput(cell, 'hyperlink')).toEqual({ value, format });
  });

  it('writes a link as text for Range.hyperlink, or as a HYPERLINK formula on older Excel', () => {
    const link: PlanCell = { kind: 'link', text: 'D17', sheet: 'Tabel 3.1', cell: 'D17' };
    expect(cellInput(link, 'hyperlink')).toEqual({ value: 'D17', format: '@' });
    expect(cellInput(link, 'formula')).toEqual({ value: `=HYPERLINK("#'Tabel 3.1'!D17","D17")`, format: null });
    expect(cellInput(link, 'formula', new Map([['Tabel 3.1', 'Tabel 3.1 (2)']])).value).toBe(`=HYPERLINK("#'Tabel 3.1 (2)'!D17","D17")`);
    expect(hyperlinkFormula('Rp. "2,100,000"', 'Rincian', 'C9')).toBe('=HYPERLINK("#Rincian!C9","Rp. ""2,100,000""")');
  });
});

describe('buildChunk', () => {
  // Seed Tabel 3.1: header, program, kegiatan, two sub kegiatan, JUMLAH.
  const rows: (PlanCell | null)[][] = [
    [text('Kode', 'header'), text('Uraian', 'header'), text('Pagu', 'header')],
    [text('4.01.02'), text('Program Penataan Organisasi'), num(838526327)],
    [text('4.01.02.1.01'), text('Fasilitasi Kelembagaan dan Anjab'), num(183931250)],
    [text('4.01.02.1.01.01'), text('Fasilitasi Penataan Kelembagaan Provinsi'), num(75000000)],
    [text('4.01.02.1.01.02'), text('Fasilitasi Penataan Kelembagaan Kab/kota'), null],
    [null, text('JUMLAH', 'total'), num(1500000000, 'total')],
  ];

  it('gives rectangular arrays with "@" for text and nulls for holes', () => {
    const chunk = buildChunk(planOf(rows), 0, rows.length, 'hyperlink');
    expect(chunk.width).toBe(3);
    expect(chunk.formulas[4]).toEqual(['4.01.02.1.01.02', 'Fasilitasi Penataan Kelembagaan Kab/kota', null]);
    expect(chunk.numberFormats[3]).toEqual(['@', '@', '#,##0']);
    expect(chunk.formulas[5]).toEqual([null, 'JUMLAH', 1500000000]);
  });

  it('merges one style over a contiguous run and consecutive rows into one rectangle', () => {
    const chunk = buildChunk(planOf(rows), 0, rows.length, 'hyperlink');
    expect(chunk.styleRects).toEqual([
      { style: 'header', top: 0, left: 0, bottom: 0, right: 2 },
      { style: 'body', top: 1, left: 0, bottom: 3, right: 2 },
      { style: 'body', top: 4, left: 0, bottom: 4, right: 1 },
      { style: 'total', top: 5, left: 1, bottom: 5, right: 2 },
    ]);
  });

  it('keeps sheet coordinates for a chunk that starts further down', () => {
    const chunk = buildChunk(planOf(rows), 3, 2, 'hyperlink');
    expect(chunk.styleRects[0]).toEqual({ style: 'body', top: 3, left: 0, bottom: 3, right: 2 });
  });
});

describe('planWrites', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 40 }).map((t) => text(t)),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => num(v)),
    fc.string({ maxLength: 30 }).map((f): PlanCell => ({ kind: 'formula', formula: f, cached: null, format: '0.00', style: 'total' })),
  );

  /** What the writer really queues for a request: the JSON of its arrays and one range per style rectangle. */
  function sentBytes(plans: SheetPlan[], pieces: { plan: number; firstRow: number; rowCount: number }[]): number {
    return pieces.reduce((n, p) => {
      const chunk = buildChunk(plans[p.plan], p.firstRow, p.rowCount, 'hyperlink');
      return n + JSON.stringify(chunk.formulas).length + JSON.stringify(chunk.numberFormats).length + chunk.styleRects.length;
    }, 0);
  }

  it('covers every row of every plan once, in order; each request within budget unless it is one row; estimates at least what is sent', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 50, max: 5000 }), (rowsOfPlans, budget) => {
        const plans = rowsOfPlans.map(planOf);
        const requests = planWrites(plans, budget, 'hyperlink');
        const next = plans.map(() => 0);
        let lastPlan = 0;
        for (const request of requests) {
          const rows = request.pieces.reduce((n, p) => n + p.rowCount, 0);
          if (rows > 1) expect(request.bytes).toBeLessThanOrEqual(budget);
          expect(request.bytes).toBeGreaterThanOrEqual(sentBytes(plans, request.pieces));
          for (const p of request.pieces) {
            expect(p.plan).toBeGreaterThanOrEqual(lastPlan);
            expect(p.firstRow).toBe(next[p.plan]);
            expect(p.rowCount).toBeGreaterThan(0);
            next[p.plan] += p.rowCount;
            lastPlan = p.plan;
          }
        }
        expect(next).toEqual(plans.map((p) => p.rows.length));
      }),
    );
  });

  it('counts a body of one style as one rectangle, not one per row: 10,000 rows cost about their values alone', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [text(`4.01.02.1.01.${i}`), text('Fasilitasi Penataan Kelembagaan Provinsi'), num(75_000_000)]);
    const plan = planOf(rows);
    const [request, ...more] = planWrites([plan], 4_500_000, 'hyperlink');
    expect(more).toEqual([]);
    const arrays = sentBytes([plan], request.pieces);
    expect(request.bytes).toBeLessThan(arrays * 1.05);
    // row by row, each row's border would have been counted again
    expect(rows.reduce((n, r) => n + estimateRowBytes(plan, r, 'hyperlink'), 0)).toBeGreaterThan(arrays * 5);
  });

  it('puts small plans in one request and cuts a large one where the budget ends', () => {
    const small = planOf([[text('Temuan')], [text('D19')]]);
    const large = planOf(Array.from({ length: 2_000 }, (_, i) => [text(`kode ${i}`), num(i)]));
    const requests = planWrites([small, large, small], 20_000, 'hyperlink');
    expect(requests[0].pieces.map((p) => p.plan)).toEqual([0, 1]);
    expect(requests.length).toBeGreaterThan(2);
    requests.forEach((r) => expect(r.bytes).toBeLessThanOrEqual(20_000));
    expect(requests[requests.length - 1].pieces.map((p) => p.plan)).toEqual([1, 2]);
  });
});
