/**
 * Each budget rule on small hand-built tables, the way planners type them. Every case lists the
 * exact findings (rule, cell, expected) of checkBudget on that table.
 */
import { buildBudgetTable } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import type { Finding } from '../../src/domain/findings';
import { checkBudget } from '../../src/domain/rules/budget/check';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings';
import { mappedRows, sheetMapping, type Layout, type Typed } from './fixture';

const T31: Layout = {
  sheet: 'T3.1',
  kind: 'tabel-3.1',
  firstRow: 2,
  columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D'], ['capaian', 'E']],
};
const T31_TARGET: Layout = {
  ...T31,
  columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['target', 'D'], ['realisasi', 'E'], ['capaian', 'F']],
};
const DETAIL: Layout = {
  sheet: 'Detail',
  kind: 'detail',
  firstRow: 2,
  columns: [['no', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D'], ['capaian', 'E']],
};

function check(layout: Layout, lines: Typed[][], settings: Partial<Settings> = {}): [string, string, string | undefined][] {
  const { table, findings } = buildBudgetTable(sheetMapping(layout), mappedRows(layout, lines), 'id');
  const all: Finding[] = [...findings, ...checkBudget(recalculate(table), { ...DEFAULT_SETTINGS, ...settings })];
  return all.map((f) => [f.rule, f.cell, f.expected]);
}

type Case = [string, Layout, Typed[][], [string, string, string | undefined][]];

describe('sum-mismatch', () => {
  const cases: Case[] = [
    ['children agree: nothing', T31, [['4.01.02', 'P', 300, 30, 10], ['4.01.02.1.01', 'K', 300, 30, 10], ['4.01.02.1.01.0001', 'S1', 100, 10, 10], ['4.01.02.1.01.0002', 'S2', 200, 20, 10]], []],
    ['kegiatan pagu above its sub kegiatan', T31, [['4.01.02.1.01', 'K', 310, 30, 9.68], ['4.01.02.1.01.0001', 'S1', 100, 10, 10], ['4.01.02.1.01.0002', 'S2', 200, 20, 10]], [['sum-mismatch', 'C2', '300']]],
    ['unit row not equal to its programmes', T31, [['', 'Dinas', 1000, 100, 10], ['1.01.01', 'P1', 600, 60, 10], ['1.01.02', 'P2', 500, 50, 10]], [['sum-mismatch', 'C2', '1.100'], ['sum-mismatch', 'D2', '110']]],
    ['JUMLAH not equal to the programmes (no unit row)', T31, [['1.01.01', 'P1', 600, 60, 10], ['1.01.02', 'P2', 400, 40, 10], ['JUMLAH', '', 1000, 90, 9]], [['sum-mismatch', 'D4', '100']]],
    ['"Jumlah Total" in the uraian column', T31, [['1.01.01', 'P1', 600, 60, 10], ['', 'Jumlah Total', 700, 60, 8.57]], [['sum-mismatch', 'C3', '600']]],
    [
      'a programme stated from its wrong kegiatan is not named again; one stated from the right sum is not named either',
      T31,
      [['4.01.02', 'P', 310, 30, 9.68], ['4.01.02.1.01', 'K', 310, 30, 9.68], ['4.01.02.1.01.01', 'S', 300, 30, 10]],
      [['sum-mismatch', 'C3', '300']],
    ],
    [
      'target (anggaran kas) is summed too',
      T31_TARGET,
      [['4.01.02', 'P', 300, 150, 30, 10], ['4.01.02.1.01.01', 'S1', 100, 40, 10, 10], ['4.01.02.1.01.02', 'S2', 200, 100, 20, 10]],
      [['sum-mismatch', 'D2', '140']],
    ],
    ['Sub Total sums only the rows since the previous total', T31, [['1.01.01', 'P1', 600, 60, 10], ['', 'Sub Total', 600, 60, 10], ['1.01.02', 'P2', 400, 40, 10], ['', 'Sub Total', 500, 40, 8], ['', 'JUMLAH', 1000, 100, 10]], [['sum-mismatch', 'C5', '400']]],
    ['numbered parents over numbered children (Rencana Kerja)', DETAIL, [['I', 'Program A', 'Rp. 500.000'], ['1.1', 'Kegiatan a', 'Rp. 200.000'], ['1.2', 'Kegiatan b', 'Rp. 200.000']], [['sum-mismatch', 'C2', '400.000']]],
    ['line items above their sub kegiatan', DETAIL, [['1', 'Sub', 'Rp. 1.000.000', 'Rp. 100.000', '10,00 %'], ['', 'ATK', 'Rp. 700.000', 'Rp. 60.000'], ['', 'Lembur', 'Rp. 400.000', 'Rp. 40.000']], [['sum-mismatch', 'C2', '1.100.000']]],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });
});

describe('items-below-total', () => {
  const cases: Case[] = [
    ['items equal the sub kegiatan: nothing', DETAIL, [['1', 'Sub', 'Rp. 1.000.000', 'Rp. 100.000', '10,00 %'], ['', 'ATK', 'Rp. 600.000', 'Rp. 60.000'], ['', 'Lembur', 'Rp. 400.000', 'Rp. 40.000']], []],
    ['items below pagu and realisasi: two notes', DETAIL, [['1', 'Sub', 'Rp. 1.000.000', 'Rp. 100.000', '10,00 %'], ['', 'ATK', 'Rp. 600.000', 'Rp. 60.000']], [['items-below-total', 'C2', undefined], ['items-below-total', 'D2', undefined]]],
    ['kode rekening items under a Tabel 3.1 sub kegiatan', T31, [['4.01.02.1.01.0001', 'S', 1000, 100, 10], ['5.1.02.01.01.0024', 'Belanja ATK', 300, 100], ['5.1.02.01.01.0026', 'Belanja Cetak', 200, '-']], [['items-below-total', 'C2', undefined]]],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });

  test('items never change the sub kegiatan they belong to', () => {
    const { table } = buildBudgetTable(sheetMapping(DETAIL), mappedRows(DETAIL, [['1', 'Sub', 'Rp. 1.000.000', 'Rp. 100.000'], ['', 'ATK', 'Rp. 600.000', 'Rp. 60.000']]), 'id');
    expect(recalculate(table).rows[0]).toMatchObject({ pagu: 1000000, realisasi: 100000, summed: false });
  });
});

describe('percent-mismatch', () => {
  const cases: Case[] = [
    ['rounded to the stated decimals: fine', T31, [['4.01.01', 'P', 661473673, 168615100, 25.49]], []],
    ['truncated: fine (25,4909 → 25,49; 37,7752 → 37,77)', T31, [['4.01.02.1.01.01', 'S', 75000000, 28331441, 37.77]], []],
    ['text percent "37,35 %" against 37,78', DETAIL, [['1', 'S', 'Rp. 75.000.000', 'Rp. 28.331.441', '37,35 %']], [['percent-mismatch', 'E2', '37,78']]],
    ['a fraction under a % format (0,2549 shown 25,49%) is read in percent', T31, [['4.01.01', 'P', 661473673, 168615100, { value: 0.2549, numberFormat: '0.00%', text: '25,49%' }]], []],
    ['"-" capaian for "-" realisasi is fine', T31, [['4.01.02.1.01.02', 'S', 30356250, '-', '-']], []],
    ['"-" capaian where realisasi is not 0', T31, [['4.01.02.1.01.02', 'S', 1000, 100, '-']], [['percent-mismatch', 'E2', '10,00']]],
    ['neither rounded nor truncated but within 0,01 points (25,51 for 25,50)', T31, [['4.01.02.1.01.01', 'S', 1000, 255, 25.51]], []],
    ['whole-number capaian rounded: 25,68 → "26"', T31, [['4.01.02.1.02.01', 'S', 102678125, 26371770, '26']], []],
    [
      'a parent % computed from its wrong stated amounts is not named again',
      T31,
      [['4.01.02.1.01', 'K', 183931250, 62303503, 33.87], ['4.01.02.1.01.01', 'S1', 105356250, 28331441, 26.89], ['4.01.02.1.01.03', 'S3', 78575000, 33992062, 43.26]],
      [['sum-mismatch', 'D2', '62.323.503']],
    ],
    [
      'a parent % that is right for the recomputed amounts is not named',
      T31,
      [['4.01.02.1.01', 'K', 183931250, 62303503, 33.88], ['4.01.02.1.01.01', 'S1', 105356250, 28331441, 26.89], ['4.01.02.1.01.03', 'S3', 78575000, 33992062, 43.26]],
      [['sum-mismatch', 'D2', '62.323.503']],
    ],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });

  test('a wider tolerance accepts more', () => {
    const lines: Typed[][] = [['4.01.02.1.01.01', 'S', 1000, 255, 25.4]];
    expect(check(T31, lines)).toEqual([['percent-mismatch', 'E2', '25,50']]);
    expect(check(T31, lines, { percentTolerance: 0.2 })).toEqual([]);
  });
});

describe('missing-value', () => {
  const cases: Case[] = [
    ['capaian blank with pagu and realisasi', T31, [['4.01.01', 'P', 1000, 250, '']], [['missing-value', 'E2', '25,00']]],
    ['realisasi "Rp. -" counts as 0: blank capaian is still missing', DETAIL, [['2', 'S', 'Rp. 30.356.250', 'Rp. -']], [['missing-value', 'E2', '0,00']]],
    ['realisasi blank: nothing to compute', T31, [['4.01.01', 'P', 1000, '', '']], []],
    ['line items without capaian are fine', DETAIL, [['1', 'S', 'Rp. 1.000', 'Rp. 100', '10 %'], ['', 'ATK', 'Rp. 1.000', 'Rp. 100']], []],
    ['a table without a capaian column', { ...T31, columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D']] }, [['4.01.01', 'P', 1000, 250]], []],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });
});

describe('over-budget', () => {
  const cases: Case[] = [
    ['realisasi above pagu', T31, [['2.16.02.1.01.0005', 'Layanan Hubungan Media', 210500000, 231000000, 109.74]], [['over-budget', 'D2', undefined]]],
    ['realisasi equal to pagu is fine', T31, [['2.16.02.1.01.0005', 'S', 1000, 1000, 100]], []],
    [
      'a parent over budget only because a child is: named once, at the child',
      T31,
      [['2.16.02.1.01', 'K', 100, 120, 120], ['2.16.02.1.01.0001', 'S1', 50, 80, 160], ['2.16.02.1.01.0002', 'S2', 50, 40, 80]],
      [['over-budget', 'D3', undefined]],
    ],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });

  test('the message says by how much', () => {
    const { table } = buildBudgetTable(sheetMapping(T31), mappedRows(T31, [['2.16.02.1.01.0005', 'S', 210500000, 231000000, 109.74]]), 'id');
    expect(checkBudget(recalculate(table), DEFAULT_SETTINGS)[0].message).toBe('Realisasi 231.000.000 melebihi pagu 210.500.000 sebesar 20.500.000');
  });
});

describe('duplicate-code', () => {
  const cases: Case[] = [
    [
      'the same sub kegiatan code twice: the second cell is named',
      T31,
      [['2.16.03.1.02', 'K', 535250000, 168900000, 31.56], ['2.16.03.1.02.0003', 'A', 385250000, 101400000, 26.32], ['2.16.03.1.02.0003', 'B', 150000000, 67500000, 45]],
      [['duplicate-code', 'A4', undefined]],
    ],
    [
      'the same kode rekening under two sub kegiatan is fine',
      T31,
      [['4.01.02.1.01.0001', 'S1', 100, 10, 10], ['5.1.02.01.01.0024', 'ATK', 100, 10], ['4.01.02.1.01.0002', 'S2', 100, 10, 10], ['5.1.02.01.01.0024', 'ATK', 100, 10]],
      [],
    ],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });
});

describe('cell findings from buildBudgetTable', () => {
  const cases: Case[] = [
    ['"375.000.00" where its siblings make 375.000.000', T31, [['1.01.01', 'P1', 1000000000, 375000000, 37.5], ['1.01.02', 'P2', 1000000000, 0, 0], ['JUMLAH', '', 2000000000, '375.000.00', 18.75]], [['number-format', 'D4', undefined]]],
    ['"Rp. 2,100,000" is read and warned', DETAIL, [['1', 'S', 'Rp. 2,100,000', 'Rp. 2.100.000', '100 %']], [['separator-style', 'C2', undefined]]],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });

  test.each([
    // 375.000.000 is the first candidate and agrees with the programmes' sum
    ['375.000.00', [375000000, 0], '375.000.000', 'jumlah baris yang dijumlahkannya'],
    // 37.500.000 is the second candidate, and the one the sum confirms
    ['375.000.00', [37500000, 0], '37.500.000', 'jumlah baris yang dijumlahkannya'],
    // nothing confirms either: the first, and the message says so
    ['375.000.00', [1, 0], '375.000.000', 'kemungkinan pertama'],
  ] as [string, number[], string, string][])('JUMLAH %p over programmes %p → %p', (typed, programmes, suggestion, why) => {
    const lines: Typed[][] = [...programmes.map((r, i) => [`1.01.0${i + 1}`, `P${i}`, 1000000000, r, '']), ['JUMLAH', '', 2000000000, typed, '']];
    const layout = { ...T31, columns: T31.columns.slice(0, 4) };
    const { findings } = buildBudgetTable(sheetMapping(layout), mappedRows(layout, lines), 'id');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'number-format', severity: 'error', actual: typed, suggestion });
    expect(findings[0].message).toContain(why);
  });
});
