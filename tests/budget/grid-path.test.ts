/**
 * The budget path's allocation-free pieces against what they stand in for: the table built straight off
 * the grid equals the one built from extractRows' rows (amounts, addresses, findings) on the seed's
 * sheets; grid-read Amounts name and serialise their cell as a plain Amount would; isTotalLabel's
 * shortcuts agree with its pattern; recomputed rows read and serialise as the plain rows did.
 */
import fc from 'fast-check';
import { buildBudgetTable, buildBudgetTableFromGrid } from '../../src/domain/budget/build';
import { isTotalLabel } from '../../src/domain/budget/code';
import { recalculate } from '../../src/domain/budget/recalculate';
import { a1, type Cell, type Grid } from '../../src/domain/grid/grid';
import { detectSheet } from '../../src/domain/mapping/detect';
import { extractRows } from '../../src/domain/mapping/extract';
import type { SheetMapping } from '../../src/domain/mapping/types';
import type { Amount, BudgetTable } from '../../src/domain/model';
import { readAmountAt, readCell, type CellNotes } from '../../src/domain/parse/cell';
import { gridOf } from '../mapping/grid-builder';
import { reorderedBudget, tabel31, tabel32 } from '../mapping/seed-sheets';
import { mappedRows, sheetMapping, type Layout } from './fixture';

const T31: Layout = {
  sheet: 'T3.1',
  kind: 'tabel-3.1',
  firstRow: 2,
  columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D'], ['capaian', 'E']],
};

/** Every Amount of a table with the address it gives, in row order. */
function amounts(table: BudgetTable): [number, string, Amount['value'], string, boolean | undefined, number | undefined][] {
  const out: [number, string, Amount['value'], string, boolean | undefined, number | undefined][] = [];
  for (const r of table.rows) {
    for (const a of [r.pagu, r.target, r.realisasi, r.capaian]) if (a) out.push([r.row, a.cell, a.value, a.raw, a.invalid, a.suggestion]);
  }
  return out;
}

/** A planner's edited mapping that reads a sub-range of the seed Tabel 3.1 and leaves the capaian column out. */
function editedTabel31(grid: Grid): SheetMapping {
  return {
    sheet: grid.name,
    kind: 'tabel-3.1',
    headerRow: 4,
    firstDataRow: 8,
    lastDataRow: 18,
    columns: [
      { column: 'A', role: 'kode' },
      { column: 'B', role: 'uraian' },
      { column: 'C', role: 'pagu' },
      { column: 'D', role: 'realisasi' },
    ],
  };
}

/**
 * A detail table where the planner merged one realisasi over two line items (D6:D7) and the totals label
 * over No and Uraian: the second item shows D6's value at D6's address.
 */
function mergedValues(): Grid {
  return gridOf(
    'Kelembagaan',
    [
      ['No.', 'Sub Kegiatan', 'Alokasi dana', 'Realisasi', 'Capaian'],
      [1, 'Fasilitasi Kelembagaan Provinsi', 'Rp. 75.000.000', 'Rp. 28.331.441', '37,77 %'],
      [null, 'Belanja Alat Tulis Kantor', 'Rp. 114.000', 'Rp. 2.186.000'],
      [null, 'Belanja Kertas dan Cover', 'Rp. 2.072.000', null],
      [2, 'Fasilitasi Analisis Jabatan', 'Rp. 78.575.000', 'Rp. 33.992.062', '43,26 %'],
      ['JUMLAH', null, 'Rp. 153.575.000', 'Rp. 62.323.503', '40,58 %'],
    ],
    { merges: ['D3:D4', 'A6:B6'] },
  );
}

function mergedValuesMapping(grid: Grid): SheetMapping {
  return {
    sheet: grid.name,
    kind: 'detail',
    headerRow: 1,
    firstDataRow: 2,
    columns: [
      { column: 'A', role: 'no' },
      { column: 'B', role: 'uraian' },
      { column: 'C', role: 'pagu' },
      { column: 'D', role: 'realisasi' },
      { column: 'E', role: 'capaian' },
    ],
  };
}

describe('buildBudgetTableFromGrid builds what buildBudgetTable builds from extractRows', () => {
  const cases: [string, () => Grid, ((g: Grid) => SheetMapping) | undefined][] = [
    ['seed Tabel 3.1 (JUMLAH merged over kode and uraian, "375.000.00")', tabel31, undefined],
    ['seed Tabel 3.2 (line items, "Rp. 2,100,000", "Rp. 22.8000")', tabel32, undefined],
    ['reordered TW II layout (fractions under 0.00%, formulas, blank rows)', reorderedBudget, undefined],
    ['an edited mapping over rows 8–18 without capaian', tabel31, editedTabel31],
    ['a realisasi merged over two line items', mergedValues, mergedValuesMapping],
  ];

  test.each(cases)('%s', (_name, makeGrid, edit) => {
    const grid = makeGrid();
    const sheet = edit ? edit(grid) : detectSheet(grid, 2024).mapping;
    expect(['tabel-3.1', 'detail']).toContain(sheet.kind);
    const viaRows = buildBudgetTable(sheet, extractRows(grid, sheet), 'id');
    const viaGrid = buildBudgetTableFromGrid(grid, sheet, 'id');

    expect(viaGrid.table.rows.length).toBeGreaterThan(0);
    expect(amounts(viaGrid.table)).toEqual(amounts(viaRows.table));
    // The whole table, Amounts serialised (their toJSON): same keys in the same order, same values.
    expect(JSON.stringify(viaGrid.table)).toBe(JSON.stringify(viaRows.table));
    expect(viaGrid.findings).toEqual(viaRows.findings);
    expect(JSON.stringify(recalculate(viaGrid.table))).toBe(JSON.stringify(recalculate(viaRows.table)));
  });

  test('the seed faults are found at the same cells either way', () => {
    const grid = tabel32();
    const sheet = detectSheet(grid, 2024).mapping;
    const cells = buildBudgetTableFromGrid(grid, sheet, 'id').findings.map((f) => [f.rule, f.cell, f.actual]);
    expect(cells).toEqual([
      ['separator-style', 'C10', 'Rp. 2,100,000'],
      ['number-format', 'D15', 'Rp. 22.8000'],
    ]);
  });

  test('JUMLAH merged over A18:B18 reads its label from A18 on the grid path too', () => {
    const grid = tabel31();
    const { table, findings } = buildBudgetTableFromGrid(grid, detectSheet(grid, 2024).mapping, 'id');
    const jumlah = table.rows[table.rows.length - 1];
    expect([jumlah.level, jumlah.uraian, jumlah.realisasi.cell, jumlah.realisasi.invalid]).toEqual(['total', 'JUMLAH', 'D18', true]);
    expect(findings.find((f) => f.cell === 'D18')).toMatchObject({ rule: 'number-format', actual: '375.000.00', suggestion: '375.000.000' });
  });
});

test('a value merged over two rows is read from, and named at, its top-left cell', () => {
  const grid = mergedValues();
  const { table } = buildBudgetTableFromGrid(grid, mergedValuesMapping(grid), 'id');
  expect(table.rows.map((r) => [r.row, r.level, r.realisasi.cell, r.realisasi.value])).toEqual([
    [2, 'subKegiatan', 'D2', 28331441],
    [3, 'rincian', 'D3', 2186000],
    [4, 'rincian', 'D3', 2186000],
    [5, 'subKegiatan', 'D5', 33992062],
    [6, 'total', 'D6', 62323503],
  ]);
});

describe('readAmountAt: an Amount that spells its address out when read', () => {
  const typed: [string, Cell | undefined, 'amount' | 'percent'][] = [
    ['blank', undefined, 'amount'],
    ['rupiah text', { value: 'Rp. 75.000.000' }, 'amount'],
    ['no-cents mark', { value: '1.500.000.000,-' }, 'amount'],
    ['dash for nothing', { value: 'Rp. -' }, 'amount'],
    ['refused groups', { value: '375.000.00' }, 'amount'],
    ['English separators', { value: 'Rp. 2,100,000' }, 'amount'],
    ['percent text', { value: '37,35 %' }, 'percent'],
    ['fraction under %', { value: 0.4913, numberFormat: '0.00%' }, 'percent'],
    ['formula total', { value: 838526327, numberFormat: '#,##0', formula: 'SUM(D8:D20)' }, 'amount'],
    ['a word', { value: 'nihil' }, 'amount'],
  ];

  test.each(typed)('%s: same value, notes and JSON as readCell at the A1 address', (_name, cell, expect_) => {
    const notes: CellNotes = { decimals: undefined, issue: undefined };
    const placed = readAmountAt(cell, 20, 3, expect_, notes);
    const plain = readCell(cell, 'D21', expect_);
    expect(placed.cell).toBe('D21');
    expect(JSON.parse(JSON.stringify(placed))).toEqual(plain.amount);
    expect(Object.keys(JSON.parse(JSON.stringify(placed)))).toEqual(Object.keys(plain.amount));
    expect([notes.decimals, notes.issue]).toEqual([plain.decimals, plain.issue]);
  });

  test('property: any position and typed amount gives a1(row, col) and the plain reading', () => {
    const text = fc.oneof(
      fc.stringMatching(/^(Rp\.? ?)?[0-9]{1,3}(\.[0-9]{3}){0,4}(,[0-9]{1,2})?( ?%)?$/),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), text, fc.constantFrom<'amount' | 'percent'>('amount', 'percent'), (row, col, value, expect_) => {
        const notes: CellNotes = { decimals: undefined, issue: undefined };
        const placed = readAmountAt({ value }, row, col, expect_, notes);
        const plain = readCell({ value }, a1(row, col), expect_);
        return placed.cell === a1(row, col) && JSON.stringify(placed) === JSON.stringify(plain.amount) && notes.decimals === plain.decimals;
      }),
    );
  });

  test('a suggestion chosen later is serialised after invalid, as on the plain Amount', () => {
    const grid = gridOf('Tabel 3.1', [
      ['Kode Rek', 'Uraian', 'Pagu Anggaran 2024', 'Realisasi Triwulan I Tahun 2024', 'Capaian'],
      ['4.01.02', 'Program Penataan Organisasi', 'Rp. 300.000.000', 'Rp. 60.000.000', '20,00'],
      ['4.01.02.1.01', 'Fasilitasi Kelembagaan', 'Rp. 100.000.000', 'Rp. 20.000.000', '20,00'],
      ['4.01.02.1.02', 'Fasilitasi RB dan AK', '200.000.00', 'Rp. 40.000.000', '20,00'],
    ]);
    const sheet = detectSheet(grid, 2024).mapping;
    const pagu = buildBudgetTableFromGrid(grid, sheet, 'id').table.rows[2].pagu;
    // The parent's 300.000.000 less its other child: 200.000.000, not the parser's first guess.
    expect(JSON.stringify(pagu)).toBe(JSON.stringify({ value: null, cell: 'C4', raw: '200.000.00', invalid: true, suggestion: 200000000 }));
  });
});

describe('isTotalLabel: shortcuts agree with the pattern', () => {
  const PATTERN = /^\s*(jumlah|total|sub\s*-?\s*total)\b/i;
  const labels: [string, boolean][] = [
    ['JUMLAH', true],
    ['Jumlah Total', true],
    ['TOTAL BELANJA', true],
    ['Sub Total', true],
    ['Subtotal', true],
    ['SUB-TOTAL', true],
    ['sub\t- total program', true],
    ['Sub\u00a0Total', true],
    ['  jumlah', true],
    ['Sub Kegiatan 1.1.1', false],
    ['Sub kegiatan Fasilitasi', false],
    ['Subbagian Tata Usaha', false],
    ['Sekretariat', false],
    ['', false],
    ['Totalitas', false],
    ['Program Penataan Organisasi', false],
  ];
  test.each(labels)('%j → %s', (label, total) => {
    expect(isTotalLabel(label)).toBe(total);
    expect(PATTERN.test(label)).toBe(total);
  });

  test('property: same answer as the pattern on labels made of its letters', () => {
    const letters = fc.constantFrom('s', 'S', 'u', 'U', 'b', 'B', 't', 'T', 'o', 'a', 'l', 'j', 'm', 'h', 'K', ' ', '\t', '-', '\u00a0', '1', '.');
    const label = fc.oneof(
      fc.array(letters, { maxLength: 14 }).map((cs) => cs.join('')),
      fc.tuple(fc.constantFrom('Sub', 'sub', 'SUB', 'Jumlah', 'Total', ' '), fc.array(letters, { maxLength: 10 })).map(([h, cs]) => h + cs.join('')),
    );
    fc.assert(fc.property(label, (text) => isTotalLabel(text) === PATTERN.test(text)));
  });
});

describe('recalculate: rows read their values from the table sums', () => {
  const lines = [
    ['4.01.02', 'Program Penataan Organisasi', 'Rp. 838.526.327', 'Rp. 206.384.900', '24,61'],
    ['4.01.02.1.01', 'Fasilitasi Kelembagaan dan Anjab', 'Rp. 183.931.250', 'Rp. 62.303.503', '33,87'],
    ['4.01.02.1.02', 'Fasilitasi RB dan AK', 'Rp. 654.595.077', 'Rp. 144.081.397', '22,01'],
  ];

  test('values, capaian and summed as plain fields would give them; no target key without a target column', () => {
    const { rows } = recalculate(buildBudgetTable(sheetMapping(T31), mappedRows(T31, lines), 'id').table);
    expect(rows.map((r) => [r.pagu, r.realisasi, r.summed, 'target' in r])).toEqual([
      [838526327, 206384900, true, false],
      [183931250, 62303503, false, false],
      [654595077, 144081397, false, false],
    ]);
    expect(rows[1].capaian).toBeCloseTo((62303503 / 183931250) * 100, 10);
    expect(Object.keys(JSON.parse(JSON.stringify(rows[0])))).toEqual(['source', 'pagu', 'realisasi', 'capaian', 'summed']);
  });

  test('with a target column every row has its target, serialised between pagu and realisasi', () => {
    const layout: Layout = { ...T31, columns: [...T31.columns.slice(0, 3), ['target', 'F'], ...T31.columns.slice(3)] };
    const withTarget = lines.map((l) => [...l.slice(0, 3), 'Rp. 100.000.000', ...l.slice(3)]);
    const { rows, total } = recalculate(buildBudgetTable(sheetMapping(layout), mappedRows(layout, withTarget), 'id').table);
    expect(rows.map((r) => r.target)).toEqual([200000000, 100000000, 100000000]);
    expect(total.target).toBe(200000000);
    expect(Object.keys(JSON.parse(JSON.stringify(rows[2])))).toEqual(['source', 'pagu', 'target', 'realisasi', 'capaian', 'summed']);
  });
});
