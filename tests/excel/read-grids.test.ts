import * as path from 'path';
import { createOfficeHost } from '../../src/excel/office-host';
import { ALL_FEATURES, BASELINE_FEATURES } from '../../src/excel/features';
import { readGridsWith } from '../../src/excel/read-grids';
import { planReads, READ_BUDGET } from '../../src/excel/read-plan';
import type { ReadPiece } from '../../src/excel/read-plan';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { FakeExcel, OfficeError } from './fake-excel';
import type { FakeSheet } from './fake-excel';
import { fakeSheetOf, readSeedGrids } from './seed-workbook';

const FIVE_MB = 5 * 1024 * 1024;
const KOMINFO_XLSX = path.join(__dirname, '..', '..', 'examples', 'dinas-kominfo-tw2-2024.xlsx');

function hostOn(fx: FakeExcel, features = ALL_FEATURES, lang: 'id' | 'en' = 'id') {
  return createOfficeHost({ run: fx.run, features, lang, settings: { get: () => undefined, set: () => undefined, saveAsync: () => undefined } });
}

/** A source sheet of n seed rows as a planner keeps it (header, then kode/uraian/pagu/realisasi/capaian text). */
function sourceSheet(n: number, name = 'T3.1 Realisasi'): Partial<FakeSheet> {
  const values: (string | number)[][] = [['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian']];
  for (let i = 0; i < n; i++) values.push([`4.01.02.1.01.${String((i % 99) + 1).padStart(4, '0')}`, 'Fasilitasi Penataan Kelembagaan Provinsi', 75000000, 28331441, '37,77 %']);
  return { name, values, numberFormat: values.map((r) => r.map((v) => (typeof v === 'number' ? '#,##0' : 'General'))) };
}

/** Excel on the web: requests and answers over 5 MB are refused. */
function webExcel(sheets: Partial<FakeSheet>[]): FakeExcel {
  const fx = new FakeExcel(sheets);
  fx.responseLimit = FIVE_MB;
  return fx;
}

const refusals = (fx: FakeExcel) => fx.responseSizes.filter((n) => n > fx.responseLimit).length + fx.requestSizes.length - fx.appliedSizes.length;

/** The planned requests for the fake's sheets, as the reader will plan them from their shapes. */
function planFor(fx: FakeExcel, budget = READ_BUDGET) {
  const regions = fx.sheets.map((s, sheet): ReadPiece => ({ sheet, row: 0, rows: s.values?.length ?? 0, col: 0, cols: Math.max(0, ...(s.values ?? []).map((r) => r.length)) }));
  return planReads(regions, budget);
}

const syncReport: string[] = [];
afterAll(() => {
  if (process.env.LAPKIN_SYNC_REPORT) console.info(syncReport.join('\n'));
});

describe('readGrids: the number of syncs is known before asking', () => {
  it.each([10, 500])('reads %i rows (and an empty sheet) in 3 syncs: sheets, shapes, cells', async (n) => {
    const fx = webExcel([sourceSheet(n), { name: 'Kosong' }]);
    const grids = await hostOn(fx).readGrids();
    expect(fx.syncCount).toBe(3);
    expect(refusals(fx)).toBe(0);
    syncReport.push(`read ${n} rows: ${fx.syncCount} syncs, largest answer ${Math.max(...fx.responseSizes)} B, largest request ${fx.largestRequest} B`);
    expect(grids.map((g) => g.name)).toEqual(['T3.1 Realisasi', 'Kosong']);
    expect(grids[0].rows).toHaveLength(n + 1);
    expect(grids[0].rows[n][2]).toEqual({ value: 75000000, numberFormat: '#,##0', text: '75000000' });
    expect(grids[0].rows[1][4]).toMatchObject({ value: '37,77 %' });
    expect(grids[1].rows).toEqual([]);
  });

  it.each([
    ['the seed workbook', () => readSeedGrids()],
    ['the Kominfo workbook', () => readWorkbook(KOMINFO_XLSX)],
  ])('reads %s in 3 syncs, every sheet in the one cell request, as the .xlsx reader sees it', async (_name, read) => {
    const source = await read();
    const fx = webExcel(source.map(fakeSheetOf));
    const grids = await hostOn(fx).readGrids();
    expect(fx.syncCount).toBe(3);
    syncReport.push(`read ${_name}: ${fx.syncCount} syncs, largest answer ${Math.max(...fx.responseSizes)} B`);
    // the cells of every sheet were asked for in the third sync: one load per sheet
    expect(fx.log.filter((d) => JSON.stringify(d).includes('"load":"values,numberFormat,text,formulas"'))).toHaveLength(source.length);
    for (const g of source) {
      const got = grids.find((x) => x.name === g.name);
      expect(got?.merges).toEqual(g.merges);
      expect(got?.originRow).toBe(g.originRow);
      const values = (rows: typeof g.rows) => rows.map((r) => r.map((c) => c?.value ?? null).join('|')).join('\n').replace(/\|+$/gm, '');
      expect(values(got?.rows ?? [])).toBe(values(g.rows));
    }
  });

  it('keeps the seed faults as typed: "375.000.00" in JUMLAH and "Rp. 22.8000" in Kelembagaan', async () => {
    const fx = webExcel((await readSeedGrids()).map(fakeSheetOf));
    const grids = await hostOn(fx).readGrids();
    const cells = (name: string) => grids.find((g) => g.name === name)?.rows.flat().map((c) => c?.value);
    expect(cells('T3.1 Realisasi')).toContain('375.000.00');
    expect(cells('Kelembagaan')).toContain('Rp. 22.8000');
  });

  const answered = (fx: FakeExcel) => fx.responseSizes.reduce((n, b) => n + b, 0);

  it('reads 50,000 rows in 2 + ceil(answered bytes / budget) + 1 syncs, requests after the first sized to the budget by what it weighed', async () => {
    const fx = webExcel([sourceSheet(50_000), { name: 'Kosong' }]);
    const grids = await hostOn(fx).readGrids();
    const cellAnswers = fx.responseSizes.slice(2);
    expect(fx.syncCount).toBeLessThanOrEqual(3 + Math.ceil(answered(fx) / READ_BUDGET));
    expect(cellAnswers.length).toBeGreaterThan(2);
    expect(refusals(fx)).toBe(0);
    expect(Math.max(...fx.responseSizes)).toBeLessThan(READ_BUDGET);
    expect(fx.largestRequest).toBeLessThan(FIVE_MB);
    // the first request is planned with the allowance (this sheet's cells are cheaper), the rest with the measure
    expect(cellAnswers[0]).toBeLessThan(READ_BUDGET / 2);
    cellAnswers.slice(1, -1).forEach((bytes) => expect(bytes).toBeGreaterThan(0.8 * READ_BUDGET));
    syncReport.push(`read 50000 rows: ${fx.syncCount} syncs, ${answered(fx)} B answered, largest answer ${Math.max(...fx.responseSizes)} B, largest request ${fx.largestRequest} B`);
    expect(grids[0].rows).toHaveLength(50_001);
    expect(grids[0].rows[50_000][0]?.value).toBe(fx.sheets[0].values?.[50_000][0]);
    expect(grids[0].rows[25_000][1]?.value).toBe('Fasilitasi Penataan Kelembagaan Provinsi');
    expect(grids[0].rows.every((r) => r.length === 5 && r.every((c) => c !== undefined))).toBe(true);
  });

  it('adds small sheets to the first band of a big one rather than giving them syncs of their own', async () => {
    const seed = (await readSeedGrids()).map(fakeSheetOf);
    const fx = webExcel([...seed, sourceSheet(50_000, 'Realisasi Besar')]);
    await hostOn(fx).readGrids();
    expect(fx.syncCount).toBeLessThanOrEqual(3 + Math.ceil(answered(fx) / READ_BUDGET));
    // one load per small sheet and one band of the big sheet per cell sync: no sync of small sheets alone
    const cellLoads = fx.log.filter((d) => JSON.stringify(d).includes('"load":"values,numberFormat,text,formulas"'));
    expect(cellLoads).toHaveLength(seed.length + fx.syncCount - 2);
  });

  it.each([
    ['the seed workbook', async () => (await readSeedGrids()).map(fakeSheetOf)],
    ['the Kominfo workbook', async () => (await readWorkbook(KOMINFO_XLSX)).map(fakeSheetOf)],
    ['50,000 rows', async () => [sourceSheet(50_000)]],
  ])('estimates the first answer of %s above what Excel (the fake) sends, and keeps every later one under the budget', async (_name, sheets) => {
    const fx = webExcel(await sheets());
    await hostOn(fx).readGrids();
    const plan = planFor(fx);
    const answers = fx.responseSizes.slice(2);
    expect(answers[0]).toBeLessThan(plan[0].bytes);
    answers.forEach((bytes) => expect(bytes).toBeLessThan(READ_BUDGET));
  });
});

describe('readGrids: safety nets', () => {
  it('re-plans at half the budget when Excel refuses an answer the estimate got wrong, and keeps the smaller budget', async () => {
    const fx = new FakeExcel([sourceSheet(50_000)]);
    // as if Excel's limit were a quarter of the real one: the first request (planned at the allowance) is refused
    fx.responseLimit = 1_200_000;
    const grids = await hostOn(fx).readGrids();
    expect(fx.responseSizes[2]).toBeGreaterThan(1_200_000);
    // refused at most twice (the allowance, then the measure at the full budget), never once per request
    expect(refusals(fx)).toBeGreaterThan(0);
    expect(refusals(fx)).toBeLessThanOrEqual(2);
    expect(Math.max(...fx.responseSizes.filter((n) => n <= 1_200_000))).toBeGreaterThan(0.5 * 1_200_000);
    expect(grids[0].rows).toHaveLength(50_001);
    expect(grids[0].rows.map((r) => r[0]?.value)).toEqual(fx.sheets[0].values?.map((r) => r[0]));
  });

  it('reads cells of long narrative text (far beyond the allowance) with every accepted answer under 5 MB', async () => {
    const definisi = 'Persentase unit kerja yang telah menerapkan peta proses bisnis dan SOP sesuai Permenpan RB. '.repeat(20);
    const values = Array.from({ length: 2_000 }, (_, i) => [`IKU ${i + 1}`, definisi, definisi, 90 + (i % 10)]);
    const fx = webExcel([{ name: 'Definisi IKU', values }]);
    const grids = await hostOn(fx).readGrids();
    expect(refusals(fx)).toBeGreaterThan(0);
    expect(refusals(fx)).toBeLessThanOrEqual(4);
    expect(Math.max(...fx.responseSizes.filter((n) => n <= FIVE_MB))).toBeLessThan(FIVE_MB);
    expect(grids[0].rows.map((r) => r.map((c) => c?.value))).toEqual(values);
  });

  it('reads a sheet too wide for one row per request in column strips, each cell in its place', async () => {
    const values = Array.from({ length: 4 }, (_, r) => Array.from({ length: 30 }, (_, c) => (c === 0 ? `Baris ${r + 1}` : r * 100 + c)));
    const fx = new FakeExcel([{ name: 'Lebar', values, originRow: 3, originCol: 2 }, sourceSheet(2)]);
    const grids = await readGridsWith(fx.run, ALL_FEATURES, { budget: 3_000 });
    expect(fx.syncCount).toBeLessThanOrEqual(2 + planFor(fx, 3_000).length);
    expect(fx.log.some((d) => JSON.stringify(d).includes('"range":"C4:'))).toBe(true);
    expect(grids[0].rows.map((r) => r.map((c) => c?.value))).toEqual(values);
    expect([grids[0].originRow, grids[0].originCol]).toEqual([3, 2]);
    expect(grids[1].rows[2][1]?.value).toBe('Fasilitasi Penataan Kelembagaan Provinsi');
  });

  it('reads merges on their own when thousands of them make the shapes answer too large, and goes on without the ones that still are', async () => {
    const many = Array.from({ length: 3_000 }, (_, i) => `'Banyak Gabung'!A${i + 1}:B${i + 1}`).join(', ');
    const fx = new FakeExcel([
      { name: 'Banyak Gabung', values: [['a', 'b']], mergedAreas: many },
      { name: 'PK 2024', values: [['PERJANJIAN KINERJA', ''], ['No', 'Sasaran']], mergedAreas: "'PK 2024'!A1:B1" },
    ]);
    fx.responseLimit = 60_000;
    const grids = await readGridsWith(fx.run, ALL_FEATURES, { budget: 40_000 });
    // sheets; shapes with merges and visible cells refused; shapes alone; each sheet's merges (the first
    // refused) and visible cells; cells
    expect(fx.syncCount).toBe(8);
    expect(refusals(fx)).toBe(2);
    expect(grids[0].merges).toEqual([]);
    expect(grids[1].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(grids[1].rows[1].map((c) => c?.value)).toEqual(['No', 'Sasaran']);
  });

  it('reads hidden columns and rows in the shapes sync: still 3 syncs, the cells of hidden ones read too', async () => {
    const sheet = { ...sourceSheet(6), originRow: 2, originCol: 1, hiddenCols: [3], hiddenRows: [4, 5, 8] };
    const fx = webExcel([sheet, { name: 'Kosong' }, sourceSheet(3, 'Terlihat')]);
    const grids = await hostOn(fx).readGrids();
    expect(fx.syncCount).toBe(3);
    // Used range B3:F9; column D and rows 5, 6, 9 hidden (0-based 3; 4, 5, 8).
    expect(grids[0].hiddenCols).toEqual([3]);
    expect(grids[0].hiddenRows).toEqual([4, 5, 8]);
    expect(grids[0].rows[2][2]?.value).toBe(75000000);
    expect(grids[1].hiddenCols).toBeUndefined();
    expect([grids[2].hiddenCols, grids[2].hiddenRows]).toEqual([undefined, undefined]);
  });

  it('hands the hidden columns to the core: a hidden Anggaran Murni is passed over and named as hidden', async () => {
    const values: (string | number)[][] = [
      ['Realisasi Anggaran Triwulan II Tahun 2024'],
      ['Kode', 'Uraian', 'Anggaran', 'Anggaran', 'Realisasi'],
      ['4.01.02', 'Program', 90000000, 100000000, 25000000],
      ['4.01.02.1.01', 'Kegiatan', 90000000, 100000000, 25000000],
      ['4.01.02.1.01.0001', 'Sub kegiatan', 90000000, 100000000, 25000000],
    ];
    const fx = webExcel([{ name: 'Tabel 3.1', values, hiddenCols: [2] }]);
    const analysis = analyzeWorkbook(await hostOn(fx).readGrids());
    expect(analysis.mapping.sheets[0].columns.filter((c) => c.role === 'pagu').map((c) => c.column)).toEqual(['D']);
    const choice = analysis.findings.find((f) => f.rule === 'column-choice');
    expect(choice?.message).toContain("kolom C ('Anggaran', kolom tersembunyi) dibaca sebagai pagu murni");
  });

  it('says nothing hidden on Excel without ExcelApi 1.9, and asks nothing of it', async () => {
    const fx = webExcel([{ ...sourceSheet(4), hiddenCols: [1] }]);
    const grids = await hostOn(fx, BASELINE_FEATURES).readGrids();
    expect(fx.syncCount).toBe(3);
    expect(grids[0].hiddenCols).toBeUndefined();
    expect(fx.log.some((d) => JSON.stringify(d).includes('specialCells'))).toBe(false);
  });

  it('reads a filtered sheet of many hidden row runs alone when its visible cells make the shapes answer too large', async () => {
    const hiddenRows = Array.from({ length: 1_500 }, (_, i) => 2 * i + 2);
    const fx = new FakeExcel([{ ...sourceSheet(3_000, 'Disaring'), hiddenRows }]);
    fx.responseLimit = 30_000;
    const grids = await readGridsWith(fx.run, { ...ALL_FEATURES, mergedAreas: false }, { budget: 20_000 });
    expect(refusals(fx)).toBe(2);
    expect(grids[0].hiddenRows).toBeUndefined();
    expect(grids[0].rows).toHaveLength(3_001);
  });

  it('skips merges on Excel without ExcelApi 1.13 rather than failing', async () => {
    const fx = webExcel((await readSeedGrids()).map(fakeSheetOf));
    const grids = await hostOn(fx, BASELINE_FEATURES).readGrids();
    expect(fx.syncCount).toBe(3);
    expect(grids.every((g) => g.merges.length === 0)).toBe(true);
    expect(fx.log.some((d) => JSON.stringify(d).includes('mergedAreas'))).toBe(false);
  });

  it.each([
    [2, 'AccessDenied', 'id', /diproteksi/],
    [3, 'InvalidOperationInCellEditMode', 'en', /editing a cell/],
  ] as const)('an error other than size at sync %i is not retried: %s → one line (%s)', async (sync, code, lang, message) => {
    const fx = new FakeExcel([sourceSheet(10)]);
    const passOn = fx.sync.bind(fx);
    fx.sync = () => {
      if (fx.syncCount === sync - 1) fx.failures.push(new OfficeError(code, 'x'));
      return passOn();
    };
    await expect(hostOn(fx, ALL_FEATURES, lang).readGrids()).rejects.toThrow(message);
    expect(fx.syncCount).toBe(sync);
  });
});
