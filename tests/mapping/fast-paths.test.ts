/**
 * The speed-ups of the mapping must not change a single answer: the hand-rolled shapes agree with the
 * patterns that define them, a profile that stops early says what the whole column says, a header read
 * that stops at the header rows' own end finds every column, and the merge index picks the merge mergeAt picks.
 */
import fc from 'fast-check';
import { BUDGET_CODE, cellShape, contentKindOf, isBudgetCode, isTypedAmount, profileColumn, textShape, valueKind, type CellShape } from '../../src/domain/mapping/content';
import { detectSheet } from '../../src/domain/mapping/detect';
import { extractRows } from '../../src/domain/mapping/extract';
import { endColOfRows, mergeAt, readLayout } from '../../src/domain/mapping/header';
import { gridEndCol, type Cell, type Grid } from '../../src/domain/grid/grid';
import { gridOf, type CellSpec } from './grid-builder';

/** What the patterns alone say about a text cell: the definition the fast paths must match. */
function byPatterns(text: string): CellShape {
  const t = text.trim();
  return t === '' ? 'empty' : textShape(t, { value: text });
}

describe('hand-rolled shapes agree with the patterns', () => {
  // Texts from the seed's tables and the bench's Tabel 3.1, faults included.
  const cases: [string, CellShape][] = [
    ['4.01.02.1.01.0001', 'code'],
    ['4.01.02.1.01.01', 'code'],
    ['5.1.02.01.01.0024', 'code'],
    ['4.01.01', 'code'],
    ['X.XX.01', 'code'],
    ['4.01.01.1.001.0001', 'amount'], // a kegiatan number of three digits: no code, read as a (faulty) amount
    ['Rp. 4.598.200.000.000', 'amount'],
    ['Rp. 75.000.000', 'amount'],
    ['Rp 28.331.441', 'amount'],
    ['rp.22.8000', 'amount'],
    ['Rp. -', 'dash'],
    ['Rp.-', 'dash'],
    ['28.331.441', 'amount'],
    ['375.000.00', 'amount'],
    ['1.500.000.000,-', 'amount'],
    ['0.000.001', 'small'], // leading zero: left to the parser, which reads 1
    ['39,39', 'small'],
    ['25,00', 'small'],
    ['100', 'small'],
    ['999,999999', 'small'],
    ['999,99999999999999999', 'amount'], // rounds up to 1.000: beyond the fast path, the parser decides
    ['1000', 'amount'],
    ['37,35 %', 'percent'],
    ['JUMLAH', 'text'],
    ['Realisasi Triwulan I', 'text'],
  ];
  test.each(cases)('%s → %s', (text, shape) => {
    expect(cellShape({ value: text })).toBe(shape);
    expect(byPatterns(text)).toBe(shape);
  });

  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
  const plannerText = fc.oneof(
    // Rupiah with and without "Rp", well and badly grouped.
    fc.tuple(fc.constantFrom('', 'Rp. ', 'Rp ', 'Rp.', 'rp ', 'RP. ', 'Rp.  '), digits(1, 4), fc.array(digits(0, 4), { maxLength: 4 }), fc.constantFrom('', ',-', ',00', ',5', '.', ' ')).map(
      ([prefix, head, groups, tail]) => `${prefix}${[head, ...groups].join('.')}${tail}`,
    ),
    // Codes, good and faulty.
    fc.tuple(fc.constantFrom('4', '5', 'X', 'x', '0', '12'), fc.array(fc.oneof(digits(0, 5), fc.constantFrom('XX', 'X', 'xX')), { minLength: 1, maxLength: 6 })).map(([unit, parts]) => [unit, ...parts].join('.')),
    // Percentages and counts typed as text.
    fc.tuple(digits(0, 5), fc.option(digits(0, 12)), fc.constantFrom('', '%', ' %', ',')).map(([whole, fraction, tail]) => `${whole}${fraction === null ? '' : `,${fraction}`}${tail}`),
    fc.stringMatching(/^ ?[-(]?[0-9.,% rRpPX–-]{0,12}\)? ?$/),
  );

  test('every planner-style text gets the shape its patterns give', () => {
    fc.assert(
      fc.property(plannerText, (text) => {
        expect(cellShape({ value: text })).toBe(byPatterns(text));
      }),
      { numRuns: 20000 },
    );
  });

  test('a text isTypedAmount takes for a data amount is an amount by the patterns', () => {
    fc.assert(
      fc.property(plannerText, (text) => {
        if (isTypedAmount(text)) expect(byPatterns(text)).toBe('amount');
      }),
      { numRuns: 20000 },
    );
  });

  test.each(['Pagu (Rp)', 'Rp', 'Realisasi 2024', '2024', 'Kode Rekening', '4.01.02.1.01.0001', '25,49', '1', '(3)'])('a header or code text %s is no typed amount', (text) => {
    expect(isTypedAmount(text)).toBe(false);
  });

  test('isBudgetCode is the BUDGET_CODE pattern', () => {
    fc.assert(
      fc.property(plannerText, (text) => {
        expect(isBudgetCode(text)).toBe(BUDGET_CODE.test(text.trim()));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('a profile that stops early', () => {
  const value = fc.constantFrom<Cell | undefined>(
    { value: 'Rp. 75.000.000' },
    { value: '25,49' },
    { value: '37,35 %' },
    { value: 0.2549, numberFormat: '0.00%' },
    { value: '-' },
    { value: 'JUMLAH' },
    { value: '4.01.02.1.01.0001' },
    undefined,
  );
  const column = (cells: (Cell | undefined)[]): Grid => ({ name: 'S', index: 0, rows: cells.map((c) => [c]), originRow: 0, originCol: 0, merges: [] });

  test('gives the kind the whole column gives', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (cells) => {
        const grid = column(cells);
        const full = valueKind(profileColumn(grid, 0, 0, cells.length - 1));
        const kindOf = contentKindOf(grid, { first: 0, last: cells.length - 1 });
        expect(kindOf({ col: 0, text: '', leafText: '', leafCell: 'A1', percentMarked: false })).toBe(full);
      }),
    );
  });

  test('a kode column decides Tabel 3.1 the same way, however its codes and faults are spread', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<CellSpec>('4.01.02.1.01.0001', '4.01.01.1.001.0001', 'JUMLAH', 7, null, '-'), { minLength: 1, maxLength: 30 }), (kode) => {
        const rows: CellSpec[][] = [['Kode', 'Uraian', 'Pagu', 'Realisasi'], ...kode.map((k) => [k, 'Sub kegiatan', 'Rp. 75.000.000', 'Rp. 28.331.441'])];
        const grid = gridOf('Tabel 3.1', rows);
        const p = profileColumn(grid, 0, 1, kode.length);
        const codes = p.code > 0 && p.code >= p.text + p.amount + p.small;
        expect(detectSheet(grid, 2024).mapping.kind === 'tabel-3.1').toBe(codes);
      }),
    );
  });
});

describe('header reads stop at the header rows’ own end', () => {
  test('a group header merged past every row still heads its columns', () => {
    // "TARGET" merged over C1:E1, with years beneath only in C and D; only a data row reaches column E.
    const grid = gridOf(
      'PK',
      [
        ['Sasaran', 'Indikator', 'TARGET'],
        [null, null, 2024, 2025],
        ['Tertaksananya Penataan Kelembagaan', 'Persentase rekomendasi', '80 %', '85 %', '90 %'],
      ],
      { merges: ['C1:E1', 'A1:A2', 'B1:B2'] },
    );
    expect(endColOfRows(grid, 0, 1)).toBe(5);
    // Without that row the merge is capped where the grid ends, as a read to gridEndCol would be.
    expect(endColOfRows({ ...grid, rows: grid.rows.slice(0, 2) }, 0, 1)).toBe(4);
    const columns = readLayout(grid, 0, 2, { year: 2024 }).columns.map((c) => [c.col, c.text]);
    expect(columns).toEqual([
      [0, 'Sasaran'],
      [1, 'Indikator'],
      [2, 'TARGET / 2024'],
      [3, 'TARGET / 2025'],
      [4, 'TARGET'],
    ]);
  });

  test('never beyond the grid, and no cell of those rows lies past it', () => {
    const cell = fc.option(fc.constantFrom<Cell>({ value: 'Uraian' }, { value: 2024 }, { value: 'Rp. 75.000' }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(9), fc.nat(2), fc.nat(5)), { maxLength: 4 }),
        fc.nat(11),
        fc.nat(3),
        (rows, merges, from, span) => {
          const grid: Grid = { name: 'S', index: 0, rows, originRow: 0, originCol: 0, merges: merges.map(([t, l, h, w]) => ({ top: t, left: l, bottom: t + h, right: l + w })) };
          const end = endColOfRows(grid, from, from + span);
          expect(end).toBeLessThanOrEqual(gridEndCol(grid));
          for (let r = from; r <= from + span; r++) {
            for (let c = end; c < gridEndCol(grid); c++) {
              expect(mergeAt(grid, r, c)).toBeUndefined();
              expect(rows[r]?.[c]).toBeUndefined();
            }
          }
        },
      ),
    );
  });
});

describe('extractRows reads merges the way mergeAt finds them', () => {
  test('overlapping merges: the first listed wins, and one starting above the data leaves the cell its own', () => {
    const grid = gridOf(
      'PK',
      [
        ['No', 'Sasaran', 'Indikator', 'Target'],
        ['1.', 'Tertaksananya Penataan Kelembagaan', 'Persentase rekomendasi', '80 %'],
        ['', '', 'Indeks RB', '78'],
        ['2.', 'Meningkatnya pelayanan publik', 'Indeks pelayanan', '3,5'],
      ],
      // B2:B3 listed before an overlapping B3:B4; B1:B2 (from the header) listed first of all.
      { merges: ['B1:B2', 'B2:B3', 'B3:B4'] },
    );
    const rows = extractRows(grid, {
      sheet: 'PK',
      kind: 'capaian-pk',
      headerRow: 1,
      firstDataRow: 2,
      columns: [
        { column: 'A', role: 'no' },
        { column: 'B', role: 'sasaran' },
        { column: 'C', role: 'indikator' },
      ],
    });
    expect(rows.map((r) => [r.row, r.cells.sasaran?.address, r.cells.sasaran?.cell?.value])).toEqual([
      [2, 'B2', 'Tertaksananya Penataan Kelembagaan'], // B1:B2 covers it first but starts in the header
      [3, 'B2', 'Tertaksananya Penataan Kelembagaan'], // B2:B3 is listed before B3:B4
      [4, 'B3', ''], // only B3:B4 covers B4, and it starts inside the data
    ]);
    expect(rows.map((r) => mergeAt(grid, r.row - 1, 1))).toEqual([grid.merges[0], grid.merges[1], grid.merges[2]]);
  });
});
