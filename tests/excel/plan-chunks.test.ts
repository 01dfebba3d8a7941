import fc from 'fast-check';
import { buildChunk, cellInput, chunkRows, estimateRowBytes, hyperlinkFormula } from '../../src/excel/write/plan-chunks';
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

describe('chunkRows', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 40 }).map((t) => text(t)),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => num(v)),
    fc.string({ maxLength: 30 }).map((f): PlanCell => ({ kind: 'formula', formula: f, cached: null, format: '0.00', style: 'total' })),
  );

  it('covers every row once, in order, each chunk within budget unless it is a single row', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 60 }), fc.integer({ min: 50, max: 5000 }), (rows, budget) => {
        const plan = planOf(rows);
        const chunks = chunkRows(plan, budget, 'hyperlink');
        let next = 0;
        for (const c of chunks) {
          expect(c.firstRow).toBe(next);
          expect(c.rowCount).toBeGreaterThan(0);
          next += c.rowCount;
          const bytes = rows.slice(c.firstRow, c.firstRow + c.rowCount).reduce((n, r) => n + estimateRowBytes(plan, r, 'hyperlink'), 0);
          if (c.rowCount > 1) expect(bytes).toBeLessThanOrEqual(budget);
        }
        expect(next).toBe(rows.length);
      }),
    );
  });
});
