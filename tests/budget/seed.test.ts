/**
 * The seed report's budget tables end to end: buildBudgetTable → recalculate → checkBudget and
 * checkCrossTables. Every expected finding below was worked out by hand from the printed values
 * (sums and percentages in the comments).
 */
import { buildBudgetTable } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import type { Finding } from '../../src/domain/findings';
import type { RecomputedTable } from '../../src/domain/model';
import { checkBudget } from '../../src/domain/rules/budget/check';
import { checkCrossTables } from '../../src/domain/rules/cross-table-mismatch';
import { DEFAULT_SETTINGS, type Lang } from '../../src/domain/settings';
import { mappedRows, sheetMapping, type Layout, type Typed } from './fixture';
import * as seed from './seed-tables';

type Expected = [rule: Finding['rule'], cell: string, expected?: string, suggestion?: string];

function analyse(layout: Layout, lines: Typed[][], lang: Lang = 'id') {
  const { table, findings: cellFindings } = buildBudgetTable(sheetMapping(layout), mappedRows(layout, lines), lang);
  const recomputed = recalculate(table);
  const ruleFindings = checkBudget(recomputed, { ...DEFAULT_SETTINGS, lang });
  return { table, recomputed, cellFindings, ruleFindings, all: [...cellFindings, ...ruleFindings] };
}

const summary = (fs: Finding[]): Expected[] =>
  fs
    .map((f): Expected => [f.rule, f.cell, f.expected, f.suggestion])
    .sort((a, b) => (a[1] + a[0]).localeCompare(b[1] + b[0]));

const sorted = (es: Expected[]): Expected[] => [...es].sort((a, b) => (a[1] + a[0]).localeCompare(b[1] + b[0]));

describe('Tabel 3.1', () => {
  const t31 = analyse(seed.TABEL_31, seed.TABEL_31_ROWS);

  test('hierarchy: unit row over the programmes, kegiatan and sub kegiatan by code prefix, JUMLAH as total', () => {
    const rows = t31.table.rows;
    const byCode = (k: string) => rows.findIndex((r) => r.kode === k);
    expect(rows.map((r) => r.level)).toEqual([
      'unit', 'program', 'program', 'kegiatan', 'subKegiatan', 'subKegiatan', 'subKegiatan',
      'kegiatan', 'subKegiatan', 'subKegiatan', 'subKegiatan', 'subKegiatan', 'subKegiatan', 'total',
    ]);
    expect(rows[byCode('4.01.01')].parent).toBe(0);
    expect(rows[byCode('4.01.02.1.02.04')].parent).toBe(byCode('4.01.02.1.02'));
    expect(rows[byCode('4.01.02.1.02')].parent).toBe(byCode('4.01.02'));
    expect(rows[13]).toMatchObject({ level: 'total', parent: -1, uraian: 'JUMLAH' });
  });

  test('exact findings: the two faulty kegiatan sums, two capaian and the JUMLAH typo', () => {
    expect(summary(t31.all)).toEqual(
      sorted([
        // 28.331.441 + 0 + 33.992.062 = 62.323.503, stated 62.303.503
        ['sum-mismatch', 'D9', '62.323.503', undefined],
        // 102.678.125 + 255.356.250 + 52.678.125 + 105.256.250 + 138.526.327 = 654.495.077, stated 654.595.077
        ['sum-mismatch', 'C13', '654.495.077', undefined],
        // 28.331.441 / 75.000.000 = 37,775 %
        ['percent-mismatch', 'E10', '37,78', undefined],
        // 39.003.000 / 105.256.250 = 37,055 %
        ['percent-mismatch', 'E17', '37,06', undefined],
        // "375.000.00": of 375.000.000 and 37.500.000 the first makes JUMLAH equal the unit row
        ['number-format', 'D19', undefined, '375.000.000'],
      ]),
    );
  });

  test('the programme and the unit row that merely carry the kegiatan fault are not reported', () => {
    expect(t31.all.filter((f) => ['C8', 'D8', 'C6', 'D6', 'C19', 'E9', 'E13'].includes(f.cell))).toEqual([]);
  });

  test('recomputed: programme 4.01.02 and the total take the corrected kegiatan', () => {
    const row = (k: string) => t31.recomputed.rows.find((r) => r.source.kode === k);
    expect(row('4.01.02')).toMatchObject({ pagu: 838426327, realisasi: 206404900, summed: true });
    expect(row('4.01.02.1.01')).toMatchObject({ pagu: 183931250, realisasi: 62323503, summed: true });
    expect(row('4.01.02.1.01.01')).toMatchObject({ pagu: 75000000, realisasi: 28331441, summed: false });
    expect(row('4.01.02.1.01.01')?.capaian).toBeCloseTo(37.775255, 5);
    expect(t31.recomputed.total).toMatchObject({ pagu: 1499900000, realisasi: 375020000 });
    expect(t31.recomputed.total.capaian).toBeCloseTo(25.00300, 5);
    expect(t31.recomputed.rows[13]).toMatchObject({ pagu: 1499900000, realisasi: 375020000 });
  });

  test('findings carry what the cell shows and a one-line message in the chosen language', () => {
    const d9 = t31.all.find((f) => f.cell === 'D9');
    expect(d9).toMatchObject({ sheet: 'T3.1 Realisasi', severity: 'error', actual: '62.303.503' });
    expect(d9?.message).toBe('Realisasi 62.303.503 tidak sama dengan jumlah tiga sub kegiatan di bawahnya (62.323.503); selisih 20.000');
    const d19 = t31.all.find((f) => f.cell === 'D19');
    expect(d19?.actual).toBe('375.000.00');
    expect(d19?.message).toContain('Dipakai 375.000.000 untuk perhitungan');
    const en = analyse(seed.TABEL_31, seed.TABEL_31_ROWS, 'en').all;
    expect(en.find((f) => f.cell === 'C13')?.message).toBe(
      'Pagu (allocation) 654.595.077 does not equal the sum of its five sub kegiatan (654.495.077); difference 100.000',
    );
    expect(en.find((f) => f.cell === 'E10')?.message).toBe(
      'Capaian 37,35 % does not agree with realisasi / pagu × 100 = 28.331.441 / 75.000.000 × 100 = 37,78 %',
    );
    for (const f of [...t31.all, ...en]) expect(f.message).not.toMatch(/\n/);
  });
});

describe('detail tables', () => {
  test('Tabel 3.2: English separators, a typo, a wrong %, a blank %, a wrong Total, items listed in part', () => {
    const t = analyse(seed.TABEL_32, seed.TABEL_32_ROWS);
    expect(summary(t.all)).toEqual(
      sorted([
        ['separator-style', 'C9', undefined, '2.100.000'],
        // "22.8000": nothing adds up to it (items are partial), so the first candidate
        ['number-format', 'D14', undefined, '228.000'],
        // 28.331.441 / 75.000.000 = 37,78 %, as in Tabel 3.1
        ['percent-mismatch', 'E5', '37,78'],
        // 33.992.062 / 78.575.000 = 43,26 %
        ['percent-mismatch', 'E13', '43,26'],
        // realisasi "Rp. -" is 0, so capaian should read 0,00
        ['missing-value', 'E12', '0,00'],
        // Total realisasi: 28.331.441 + 0 + 33.992.062 = 62.323.503
        ['sum-mismatch', 'D19', '62.323.503'],
        // items 65.500.000 of 75.000.000 and 20.931.441 of 28.331.441
        ['items-below-total', 'C5'],
        ['items-below-total', 'D5'],
        // items 67.515.000 of 78.575.000 and 30.512.062 of 33.992.062
        ['items-below-total', 'C13'],
        ['items-below-total', 'D13'],
      ]).map((e) => e.concat(new Array(4 - e.length).fill(undefined)) as Expected),
    );
    expect(t.all.find((f) => f.cell === 'C5')?.message).toBe('Rincian hanya sebagian: enam rincian berjumlah 65.500.000 dari pagu 75.000.000');
    expect(t.all.find((f) => f.cell === 'C5')?.severity).toBe('info');
    expect(t.all.find((f) => f.cell === 'D14')?.message).toContain('kemungkinan pertama');
  });

  test('Tabel 3.4: items below sub 1 pagu, sub 1 "37,02 %"', () => {
    const t = analyse(seed.TABEL_34, seed.TABEL_34_ROWS);
    expect(summary(t.all)).toEqual(
      sorted([
        // 100.055.000 of 105.256.250; realisasi items 39.003.000 = stated, no finding
        ['items-below-total', 'C5', undefined, undefined],
        ['percent-mismatch', 'E5', '37,06', undefined],
        // 106.826.327 of 138.526.327; realisasi items 25.879.680 = stated
        ['items-below-total', 'C10', undefined, undefined],
      ]),
    );
  });

  test('Tabel 3.6: "Rp. 5.3475.000" is read as 53.475.000 because the items then add up to exactly 255.356.250', () => {
    const t = analyse(seed.TABEL_36, seed.TABEL_36_ROWS);
    expect(summary(t.all)).toEqual(
      sorted([
        ['number-format', 'C17', undefined, '53.475.000'],
        // 67.184.125 of 102.678.125; 25.971.770 of 26.371.770
        ['items-below-total', 'C5', undefined, undefined],
        ['items-below-total', 'D5', undefined, undefined],
        // realisasi 27.693.000 of 52.826.947 (pagu items now equal 255.356.250: no finding at C11)
        ['items-below-total', 'D11', undefined, undefined],
      ]),
    );
    expect(t.all.find((f) => f.cell === 'C17')?.message).toContain('sama dengan baris induk');
    // A sub kegiatan keeps its stated amounts: its items never replace them.
    expect(t.recomputed.rows[6]).toMatchObject({ pagu: 255356250, realisasi: 52826947, summed: false });
    expect(t.recomputed.total).toMatchObject({ pagu: 358034375, realisasi: 79198717 });
  });

  test('Rencana Kerja: programme I states 661.473.673 over kegiatan that add up to 771.171.073', () => {
    const t = analyse(seed.RENCANA_KERJA, seed.RENCANA_KERJA_ROWS);
    expect(t.table.rows.map((r) => r.level)).toEqual(['program', ...new Array(9).fill('kegiatan'), 'program', 'kegiatan', 'kegiatan']);
    expect(t.table.rows[0].children).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(t.table.rows[11].parent).toBe(10);
    expect(summary(t.all)).toEqual([['sum-mismatch', 'C4', '771.171.073', undefined]]);
    expect(t.recomputed.rows[0]).toMatchObject({ pagu: 771171073, summed: true });
    expect(t.recomputed.rows[10]).toMatchObject({ pagu: 838526327, summed: true });
    expect(t.recomputed.total.pagu).toBe(1609697400);
  });
});

describe('checkCrossTables over the seed', () => {
  const tables: RecomputedTable[] = [
    analyse(seed.TABEL_31, seed.TABEL_31_ROWS).recomputed,
    analyse(seed.TABEL_32, seed.TABEL_32_ROWS).recomputed,
    analyse(seed.TABEL_34, seed.TABEL_34_ROWS).recomputed,
    analyse(seed.TABEL_36, seed.TABEL_36_ROWS).recomputed,
    analyse(seed.RENCANA_KERJA, seed.RENCANA_KERJA_ROWS).recomputed,
  ];

  test('no cross-table finding: the only difference (42,26 vs 43,26) is already a percent-mismatch', () => {
    expect(checkCrossTables(tables, DEFAULT_SETTINGS)).toEqual([]);
  });

  test('a realisasi copied wrong into Tabel 3.2 is found by equal pagu and a similar name', () => {
    const lines = seed.TABEL_32_ROWS.map((l) => [...l]);
    lines[8] = [3, 'Fasilitasi Analisis Jabatan', 'Rp. 78.575.000', 'Rp. 33.929.062', '43,18 %'];
    const altered = analyse(seed.TABEL_32, lines).recomputed;
    const found = checkCrossTables([tables[0], altered], DEFAULT_SETTINGS);
    expect(found.map((f) => [f.rule, f.sheet, f.cell, f.expected, f.actual])).toEqual([
      ['cross-table-mismatch', 'Kelembagaan', 'D13', '33.992.062', 'Rp. 33.929.062'],
      ['cross-table-mismatch', 'Kelembagaan', 'E13', '43,26', '43,18 %'],
    ]);
    expect(found[0].message).toBe('Realisasi "Fasilitasi Analisis Jabatan" di sini 33.929.062, sedangkan di T3.1 Realisasi (D12) 33.992.062');
  });
});
