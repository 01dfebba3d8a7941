/**
 * The settlement's message names what bears out the rows beside the one it blames: their own kode rekening lines
 * (the line items under a sub kegiatan add up to its figure), another table by its sheet, both, or a mix — never
 * "another table" when what agrees is the rows' own lines. Built from grids as planners lay them out (a Tabel 3.1
 * with each sub kegiatan's belanja by kode rekening beneath it, a detail table listing sub kegiatan by name), and
 * checked on the layouts corpus's kode rekening workbooks.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Cell, Grid } from '../../src/domain/grid/grid';
import type { Lang } from '../../src/domain/settings';
import { corpusNames, faultsOf, gridsOf } from '../layouts/corpus-kit';

const num = (n: number): Cell => ({ value: n, numberFormat: '#,##0' });
const txt = (s: string): Cell => ({ value: s });
const grid = (name: string, index: number, rows: (Cell | undefined)[][]): Grid => ({ name, index, rows, originRow: 0, originCol: 0, merges: [] });

/** Three sub kegiatan of one kegiatan: [kode, uraian, true pagu]. */
const SUBS: [string, string, number][] = [
  ['4.01.02.1.01.0001', 'Fasilitasi Kelembagaan Provinsi', 100_000_000],
  ['4.01.02.1.01.0002', 'Penataan Analisis Jabatan', 200_000_000],
  ['4.01.02.1.01.0003', 'Pembinaan Reformasi Birokrasi', 300_000_000],
];
const TOTAL = 600_000_000;
/** Row of each sub kegiatan's pagu cell, in column D, as the grid below lays them out (4 rows each with its lines). */
const WRONG_CELL = 'D6';

interface Layout {
  /** Sub kegiatan (by index) whose kode rekening lines stand under it. */
  lines: number[];
  /** Sub kegiatan (by index) the detail table "Tabel 3.3" lists. */
  listed: number[];
  /** The first sub kegiatan's stated pagu (its lines, where it has them, keep the true figure). */
  wrong: number;
  /** The detail table's pagu for the first sub kegiatan it lists, where it is not the true one (its Total stays true). */
  listedWrong?: number;
}

/** A Tabel 3.1 with kode rekening lines (Kode | Kode Rekening | Uraian | Pagu | Realisasi) and a detail table. */
function workbook({ lines, listed, wrong, listedWrong }: Layout): Grid[] {
  const rows: (Cell | undefined)[][] = [
    [txt('Realisasi Anggaran s.d. Triwulan I Tahun 2024')], [],
    [txt('Kode'), txt('Kode Rekening'), txt('Uraian'), txt('Pagu'), txt('Realisasi')],
    [txt('4.01.02'), undefined, txt('Program Penataan Organisasi'), num(TOTAL), num(TOTAL / 4)],
    [txt('4.01.02.1.01'), undefined, txt('Fasilitasi Kelembagaan dan Reformasi'), num(TOTAL), num(TOTAL / 4)],
  ];
  SUBS.forEach(([kode, uraian, pagu], i) => {
    rows.push([txt(kode), undefined, txt(uraian), num(i === 0 ? wrong : pagu), num(pagu / 4)]);
    if (!lines.includes(i)) return;
    rows.push(
      [undefined, txt('5.1.02'), txt('Belanja Barang dan Jasa'), num(pagu), num(pagu / 4)],
      [undefined, txt('5.1.02.01.01.0024'), txt('Belanja Alat Tulis Kantor'), num(pagu * 0.4), num(pagu / 10)],
      [undefined, txt('5.1.02.04.01.0001'), txt('Belanja Perjalanan Dinas Biasa'), num(pagu * 0.6), num(pagu * 0.15)],
    );
  });
  rows.push([undefined, undefined, txt('JUMLAH'), num(TOTAL), num(TOTAL / 4)]);
  const grids = [grid('Tabel 3.1', 0, rows)];
  if (listed.length > 0) {
    grids.push(grid('Tabel 3.3', 1, [
      [txt('Tabel 3.3 Rincian Sub Kegiatan Bagian Kelembagaan')], [],
      [txt('No.'), txt('Sub Kegiatan'), txt('Alokasi dana'), txt('Realisasi')],
      ...listed.map((i, k) => [num(k + 1), txt(SUBS[i][1]), num(k === 0 && listedWrong !== undefined ? listedWrong : SUBS[i][2]), num(SUBS[i][2] / 4)]),
      [undefined, txt('Total'), num(listed.reduce((s, i) => s + SUBS[i][2], 0)), num(listed.reduce((s, i) => s + SUBS[i][2] / 4, 0))],
    ]));
  }
  return grids;
}

function message(layout: Layout, lang: Lang): string | undefined {
  const analysis = analyzeWorkbook(workbook(layout), { settings: { lang } });
  return analysis.findings.find((f) => f.rule === 'sum-mismatch' && f.sheet === 'Tabel 3.1' && f.cell === WRONG_CELL)?.message;
}

const NOT_A_SLIP = 123_456_000;

describe.each<[string, Layout, string, string]>([
  [
    'every sub kegiatan over its own kode rekening lines',
    { lines: [0, 1, 2], listed: [], wrong: NOT_A_SLIP },
    'dua sub kegiatan lainnya cocok dengan jumlah rincian kode rekening di bawahnya:',
    'the other two sub kegiatan are borne out by the sum of their own kode rekening lines:',
  ],
  [
    'the other sub kegiatan listed in a detail table, no lines',
    { lines: [], listed: [1, 2], wrong: NOT_A_SLIP },
    'dua sub kegiatan lainnya cocok dengan Tabel 3.3:',
    'the other two sub kegiatan are borne out by Tabel 3.3:',
  ],
  [
    'the other sub kegiatan over their lines and in a detail table',
    { lines: [0, 1, 2], listed: [1, 2], wrong: NOT_A_SLIP },
    'dua sub kegiatan lainnya cocok dengan jumlah rincian kode rekening di bawahnya dan Tabel 3.3:',
    'the other two sub kegiatan are borne out by the sum of their own kode rekening lines and Tabel 3.3:',
  ],
  [
    'one by its lines, one by the detail table',
    { lines: [0, 1], listed: [2], wrong: NOT_A_SLIP },
    'dua sub kegiatan lainnya cocok (satu dengan jumlah rincian kode rekening di bawahnya, satu dengan Tabel 3.3):',
    'the other two sub kegiatan are borne out (one by the sum of its own kode rekening lines, one by Tabel 3.3):',
  ],
  [
    'nothing beside the rows, a typing slip',
    { lines: [], listed: [], wrong: 190_000_000 },
    'satu salah ketik menjelaskan seluruh selisihnya:',
    'one typing slip explains the whole difference:',
  ],
])('%s', (_, layout, id, en) => {
  it('names the witness in Bahasa Indonesia', () => {
    const m = message(layout, 'id');
    expect(m).toContain(id);
    expect(m).not.toContain('tabel lain');
  });
  it('and in English', () => {
    const m = message(layout, 'en');
    expect(m).toContain(en);
    expect(m).not.toContain('other tables');
  });
});

describe.each<[Lang, string]>([
  ['id', 'Pagu 123.456.000 tidak sesuai: sub kegiatan 4.01.02.1.01.0001 di Tabel 3.1 dan rincian kode rekening di bawahnya sama-sama 100.000.000;'],
  ['en', 'Pagu 123.456.000 does not agree: sub kegiatan 4.01.02.1.01.0001 in Tabel 3.1 and its kode rekening lines all say 100.000.000;'],
])('a detail table row off its borne-out Total (%s)', (lang, words) => {
  it('names the Tabel 3.1 row and its lines as what agree, from the other sheet', () => {
    const analysis = analyzeWorkbook(workbook({ lines: [0, 1, 2], listed: [0, 1, 2], wrong: 100_000_000, listedWrong: NOT_A_SLIP }), { settings: { lang } });
    const found = analysis.findings.filter((f) => f.rule === 'sum-mismatch');
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Tabel 3.3!C4']);
    expect(found[0].message).toContain(words);
  });
});

describe('the layouts corpus, kode rekening layouts', () => {
  const names = corpusNames().filter((n) => n.startsWith('layout-rekening-'));

  it('has them', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it.each(names)('%s: a settled sub kegiatan fault says what bears the others out, never "tabel lain" for lines', async (name) => {
    const grids = await gridsOf(name);
    const faults = faultsOf(name);
    for (const lang of ['id', 'en'] as const) {
      const analysis = analyzeWorkbook(grids, { settings: { lang, ...(faults.period ? { period: faults.period } : {}) } });
      for (const f of analysis.findings.filter((x) => x.rule === 'sum-mismatch')) {
        expect(f.message).not.toMatch(/cocok dengan tabel lain|borne out by other tables/);
      }
    }
  });

  it.each<[string, string, string]>([
    ['layout-rekening-column', 'D18', 'satu sub kegiatan lainnya cocok dengan jumlah rincian kode rekening di bawahnya: pagu 350.000.000 di sini kemungkinan kurang 50.000.000'],
    ['layout-rekening-blank-groups', 'C6', 'satu sub kegiatan lainnya cocok dengan jumlah rincian kode rekening di bawahnya: pagu 630.000.000 di sini kemungkinan lebih 30.000.000'],
  ])('%s %s: the other sub kegiatan is borne out by its own lines', async (name, cell, words) => {
    const faults = faultsOf(name);
    const analysis = analyzeWorkbook(await gridsOf(name), { settings: faults.period ? { period: faults.period } : {} });
    expect(analysis.findings.find((f) => f.rule === 'sum-mismatch' && f.cell === cell)?.message).toContain(words);
  });
});
