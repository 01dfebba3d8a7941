/**
 * The second round of mapping speed-ups must not change an answer either: several columns profiled in one
 * pass say what each says alone, the table reader detectSheet uses agrees with the plain profiles, text
 * shapes need no trim first, digit-first text names no header role, and header text already collapsed is
 * kept as the regex would keep it.
 */
import fc from 'fast-check';
import {
  cellShape,
  codesSettled,
  holdsCodes,
  profileColumn,
  profileColumns,
  textShape,
  valueKind,
  valueKindSettled,
  type CellShape,
} from '../../src/domain/mapping/content';
import { tableContents } from '../../src/domain/mapping/table-contents';
import { readHeader } from '../../src/domain/mapping/vocabulary';
import { headerTextOf } from '../../src/domain/mapping/text';
import type { HeaderColumn } from '../../src/domain/mapping/header';
import type { Cell, Grid } from '../../src/domain/grid/grid';

// Cells as the bench's and the seed's budget columns hold them, faults included.
const budgetCell = fc.constantFrom<Cell | undefined>(
  { value: 'Rp. 75.000.000' },
  { value: 'Rp. 22.8000' },
  { value: '375.000.00' },
  { value: '28.331.441' },
  { value: '25,49' },
  { value: '37,35 %' },
  { value: 0.2549, numberFormat: '0.00%' },
  { value: 231000000, numberFormat: '#,##0' },
  { value: 12 },
  { value: '-' },
  { value: 'JUMLAH' },
  { value: '4.01.02.1.01.0001' },
  { value: '4.01.01.1.001.0001' },
  undefined,
);

/** A grid of `width` columns starting at sheet column `originCol`, from random rows. */
function gridOfRows(rows: (Cell | undefined)[][], originRow: number, originCol: number): Grid {
  return { name: 'S', index: 0, rows, originRow, originCol, merges: [] };
}

const header = (col: number): HeaderColumn => ({ col, text: '', leafText: '', leafCell: 'A1', percentMarked: false });

const table = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 }))
  .chain(([width, originRow, originCol]) =>
    fc.record({
      width: fc.constant(width),
      originRow: fc.constant(originRow),
      originCol: fc.constant(originCol),
      // Rows up to a few hundred long so the settle checks (every 32 rows) are crossed.
      rows: fc.array(fc.array(budgetCell, { minLength: 0, maxLength: width }), { maxLength: 300 }),
    }),
  );

describe('several columns profiled in one pass', () => {
  test('each column gets the kind and the codes answer it gets profiled alone, over the whole column', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 4 }), ({ width, originRow, originCol, rows }, skip) => {
        const grid = gridOfRows(rows, originRow, originCol);
        const first = originRow + Math.min(skip, rows.length);
        const last = originRow + rows.length - 1;
        const cols = Array.from({ length: width }, (_, i) => originCol + i);
        const requests = [...cols.map((col) => ({ col, settled: valueKindSettled })), ...cols.map((col) => ({ col, settled: codesSettled }))];
        const together = profileColumns(grid, requests, first, last);
        cols.forEach((col, i) => {
          const whole = profileColumn(grid, col, first, last);
          expect(valueKind(together[i])).toBe(valueKind(whole));
          expect(holdsCodes(together[width + i])).toBe(holdsCodes(whole));
        });
      }),
      { numRuns: 300 },
    );
  });

  test('without settle rules it counts every row, as profileColumn does', () => {
    fc.assert(
      fc.property(table, ({ width, originRow, originCol, rows }) => {
        const grid = gridOfRows(rows, originRow, originCol);
        const last = originRow + rows.length - 1;
        const cols = Array.from({ length: width }, (_, i) => originCol + i);
        const together = profileColumns(grid, cols.map((col) => ({ col })), originRow, last);
        cols.forEach((col, i) => expect(together[i]).toEqual(profileColumn(grid, col, originRow, last)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the table reader detectSheet asks', () => {
  test('answers as whole-column profiles do, for planned and unplanned columns, empty tables included', () => {
    fc.assert(
      fc.property(table, fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 4 }), fc.option(fc.integer({ min: 0, max: 8 })), (t, values, kode) => {
        const grid = gridOfRows(t.rows, t.originRow, t.originCol);
        const data = { first: t.originRow, last: t.originRow + t.rows.length - 1 };
        const contents = tableContents(grid, data, { values, kode: kode ?? undefined });
        for (let col = 0; col <= 8; col++) {
          const whole = profileColumn(grid, col, data.first, data.last);
          expect(contents.kindOf(header(col))).toBe(t.rows.length > 0 ? valueKind(whole) : 'unclear');
          expect(contents.holdsBudgetCodes(header(col))).toBe(holdsCodes(whole));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('text shapes need no trim first', () => {
  /** The definition: trim, then the patterns. */
  const byPatterns = (text: string): CellShape => {
    const t = text.trim();
    return t === '' ? 'empty' : textShape(t, { value: text });
  };
  const core = fc.constantFrom('4.01.02.1.01.0001', '4.01.01', 'X.XX.01', 'Rp. 75.000.000', 'Rp.-', 'rp.22.8000', 'Rp', '28.331.441', '375.000.00', '25,49', '100', '1000', '37,35 %', 'JUMLAH', '', '4.01.02.');
  // Whitespace planners paste around values: spaces, tabs, line breaks, non-breaking spaces.
  const space = fc.stringOf(fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\ufeff'), { maxLength: 3 });

  test.each([
    ['4.01.02.1.01.0001 ', 'code'],
    ['\u00a04.01.02.1.01.0001', 'code'],
    ['Rp. 75.000.000\n', 'amount'],
    [' 25,49', 'small'],
    ['28.331.441\t', 'amount'],
    ['   ', 'empty'],
  ] as [string, CellShape][])('%j → %s', (text, shape) => {
    expect(cellShape({ value: text })).toBe(shape);
  });

  test('any value with whitespace around it gets the shape its trimmed text gets by the patterns', () => {
    fc.assert(
      fc.property(space, core, space, (before, text, after) => {
        expect(cellShape({ value: `${before}${text}${after}` })).toBe(byPatterns(`${before}${text}${after}`));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('header vocabulary on digit-first text', () => {
  test.each(['4.01.02.1.01.0001', '2024', '39,39', '1 Realisasi', '2 Pagu Anggaran', '1. Target'])('%s names no role', (text) => {
    expect(readHeader(text, 2024)).toBeUndefined();
  });

  test('reads digit-first text as the full pattern chain does ("(" in front normalizes away)', () => {
    const word = fc.constantFrom('realisasi', 'pagu', 'target', 'no', 'kode', '%', 'capaian', 'tahun 2024', 'TW I', '.', ' ');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.array(word, { maxLength: 4 }), fc.option(fc.constantFrom(2023, 2024)), (digit, words, year) => {
        const text = `${digit}${words.join(' ')}`;
        expect(readHeader(text, year ?? undefined)).toEqual(readHeader(`(${text}`, year ?? undefined));
      }),
    );
  });
});

describe('header text already collapsed', () => {
  test('is what collapsing and trimming whitespace gives, blank text none', () => {
    const piece = fc.constantFrom('Realisasi', 'Triwulan I', 'Pagu', '(%)', 'Rp.', ' ', '  ', '\t', '\n', '\u00a0', 'é', '2024', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        const collapsed = text.replace(/\s+/g, ' ').trim();
        expect(headerTextOf({ value: text })).toBe(collapsed === '' ? undefined : collapsed);
      }),
      { numRuns: 3000 },
    );
  });
});
