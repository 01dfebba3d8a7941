import { FingerprintBuilder, lapkinMarkName, planFingerprint } from '../../src/domain/report/lapkin-mark';
import { createOfficeHost } from '../../src/excel/office-host';
import { ALL_FEATURES, BASELINE_FEATURES } from '../../src/excel/features';
import type { ExcelFeatures } from '../../src/excel/features';
import { DEFAULT_CHUNK_BUDGET, planWrites } from '../../src/excel/write/plan-chunks';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { buildReportPlans } from '../../src/domain/report/build-report';
import { FakeExcel, OfficeError } from './fake-excel';
import { fakeSheetOf, readSeedGrids, tabel31Plan } from './seed-workbook';

const FIVE_MB = 5 * 1024 * 1024;

function hostOn(fx: FakeExcel, features: ExcelFeatures = ALL_FEATURES, extra: { chunkBudget?: number; lang?: 'id' | 'en' } = {}) {
  return createOfficeHost({ run: fx.run, features, settings: { get: () => undefined, set: () => undefined, saveAsync: () => undefined }, ...extra });
}

/** A source sheet of n seed rows as a planner keeps it (header, then kode/uraian/pagu/realisasi/capaian text). */
function sourceSheet(n: number) {
  const values: (string | number)[][] = [['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian']];
  for (let i = 0; i < n; i++) values.push([`4.01.02.1.01.${String((i % 99) + 1).padStart(4, '0')}`, 'Fasilitasi Penataan Kelembagaan Provinsi', 75000000, 28331441, '37,77 %']);
  return { name: 'T3.1 Realisasi', values, numberFormat: values.map((r) => r.map((v) => (typeof v === 'number' ? '#,##0' : 'General'))) };
}

const syncReport: string[] = [];
afterAll(() => {
  if (process.env.LAPKIN_SYNC_REPORT) console.info(syncReport.join('\n'));
});

// readGrids: tests/excel/read-grids.test.ts

describe('writePlans', () => {
  it.each([10, 50_000])('writes %i rows in 1 sync plus one per request (the swap rides with the last rows), every request under 5 MB', async (n) => {
    const fx = new FakeExcel([sourceSheet(3)]);
    const plan = tabel31Plan(n);
    const chunks = planWrites([plan], DEFAULT_CHUNK_BUDGET, 'hyperlink').length;
    const written = await hostOn(fx).writePlans([plan]);
    expect(written).toEqual([{ name: 'Lapkin Tabel 3.1', kind: 'tabel-3.1' }]);
    expect(fx.syncCount).toBe(1 + chunks);
    expect(fx.largestRequest).toBeLessThan(FIVE_MB);
    if (n > 10) expect(chunks).toBeGreaterThan(1);
    syncReport.push(`write ${n} rows: ${fx.syncCount} syncs (${chunks} chunks), largest request ${fx.largestRequest} B`);
    const sheet = fx.sheet('Lapkin Tabel 3.1');
    const lastData = n + 2;
    expect(sheet.written.get(`${lastData - 1},1`)).toEqual({ value: (plan.rows[lastData - 1][1] as { text: string }).text, format: '@' });
    expect(sheet.written.get(`${lastData},2`)).toEqual({ formula: `SUM(C3:C${lastData})`, format: '#,##0' });
    expect(fx.sheet('T3.1 Realisasi').written.size).toBe(0);
  });

  it('queues the layout once: merges, widths, freeze, print, conditional bands, chart; suspends calculation and repainting', async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    await hostOn(fx).writePlans([tabel31Plan(10)]);
    const ops = fx.log.map((d) => JSON.stringify(d));
    const has = (s: string) => ops.filter((o) => o.includes(s)).length;
    expect(fx.sheet('Lapkin Tabel 3.1').merges).toEqual(['A1:E1']);
    expect(has('freezePanes.freezeAt')).toBe(1);
    expect(has('"Folio"')).toBe(1);
    expect(has('"horizontalFitToPages":1')).toBe(1);
    expect(has('setPrintTitleRows","args":["$2:$2"]')).toBe(1);
    expect(has('"call":"E3:E12.conditionalFormats.add"')).toBe(3);
    expect(has('charts.add","args":["BarClustered"')).toBe(1);
    // every sync that writes suspends again: here one, the new sheet with its rows and the swap
    expect(has('suspendApiCalculationUntilNextSync')).toBe(1);
    expect(has('suspendScreenUpdatingUntilNextSync')).toBe(1);
    // 57 bordered cells collapse into a few rectangles (4 edges each), not one range per cell or per row
    const borderedRanges = ops.filter((o) => /"call":"[^"]*format\.borders\.getItem"/.test(o)).length / 4;
    expect(borderedRanges).toBeGreaterThan(0);
    expect(borderedRanges).toBeLessThanOrEqual(6);
  });

  it('degrades on ExcelApi 1.4: no print setup, freeze, bands or suspension; links become HYPERLINK formulas', async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    const temuan: SheetPlan = { ...tabel31Plan(0, 'Lapkin Temuan'), kind: 'temuan', rows: [[{ kind: 'link', text: 'D19', sheet: 'T3.1 Realisasi', cell: 'D19' }]], charts: [], conditionalFormats: [] };
    await hostOn(fx, BASELINE_FEATURES).writePlans([tabel31Plan(5), temuan]);
    const ops = fx.log.map((d) => JSON.stringify(d)).join('\n');
    for (const absent of ['pageLayout', 'freezePanes', 'conditionalFormats', 'suspend', 'hyperlink']) expect(ops).not.toContain(absent);
    expect(fx.sheet('Lapkin Temuan').written.get('0,0')).toEqual({ formula: `HYPERLINK("#'T3.1 Realisasi'!D19","D19")` });
  });

  it('writes link cells as hyperlinks to the cell of the finding', async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    const temuan: SheetPlan = { ...tabel31Plan(0, 'Lapkin Temuan'), kind: 'temuan', rows: [[{ kind: 'link', text: 'D19', sheet: 'T3.1 Realisasi', cell: 'D19', style: 'link' }]], charts: [], conditionalFormats: [] };
    await hostOn(fx).writePlans([temuan]);
    const sheet = fx.sheet('Lapkin Temuan');
    expect(sheet.hyperlinks.get('A1')).toEqual({ documentReference: "'T3.1 Realisasi'!D19", textToDisplay: 'D19' });
    expect(sheet.written.get('0,0')).toEqual({ value: 'D19', format: '@' });
  });

  it('keeps text that starts with "=" (and codes and years) as text; formulas stay formulas', async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    const plan: SheetPlan = {
      ...tabel31Plan(0, 'Lapkin Catatan'),
      rows: [[{ kind: 'text', text: '=D17/C17*100' }, { kind: 'text', text: '4.01.02' }, { kind: 'text', text: '2024' }, { kind: 'formula', formula: 'D17/C17*100', cached: 37.35, format: '0.00' }]],
      charts: [],
      conditionalFormats: [],
    };
    await hostOn(fx).writePlans([plan]);
    const w = fx.sheet('Lapkin Catatan').written;
    expect(w.get('0,0')).toEqual({ value: '=D17/C17*100', format: '@' });
    expect(w.get('0,1')).toEqual({ value: '4.01.02', format: '@' });
    expect(w.get('0,2')).toEqual({ value: '2024', format: '@' });
    expect(w.get('0,3')).toEqual({ formula: 'D17/C17*100', format: '0.00' });
  });

  it('splits and retries a chunk Excel refuses as too large, and reports progress to the end', async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    fx.requestLimit = 300_000; // as if the estimate were far off
    const progress: [number, number][] = [];
    const plan = tabel31Plan(5_000);
    await hostOn(fx).writePlans([plan], (done, total) => progress.push([done, total]));
    const refused = fx.requestSizes.length - fx.appliedSizes.length;
    expect(refused).toBeGreaterThan(0);
    expect(Math.max(...fx.appliedSizes)).toBeLessThanOrEqual(300_000);
    expect(fx.sheet('Lapkin Tabel 3.1').written.get(`${plan.rows.length - 2},0`)?.value).toBe(
      (plan.rows[plan.rows.length - 2][0] as { text: string }).text,
    );
    expect(progress[0]).toEqual([0, plan.rows.length]);
    expect(progress[progress.length - 1]).toEqual([plan.rows.length, plan.rows.length]);
    for (let i = 1; i < progress.length; i++) expect(progress[i][0]).toBeGreaterThan(progress[i - 1][0]);
  });

  it('gives up with a clear message when even one row is too large', async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    fx.requestLimit = 100_000;
    const plan = tabel31Plan(20);
    plan.rows[5][1] = { kind: 'text', text: 'Uraian sangat panjang '.repeat(10_000) };
    await expect(hostOn(fx).writePlans([plan])).rejects.toThrow(/terlalu besar.*5 MB/);
    // the rows before it were written to the new sheet, which is taken away again: the workbook is as it was
    expect(fx.log.some((d) => JSON.stringify(d).includes('Penataan Analisi Jabatan'))).toBe(true);
    expect(fx.sheets.map((s) => s.name)).toEqual(['T3.1 Realisasi']);
    expect(fx.names).toEqual([]);
  });
});

describe('the seed report, end to end (real core)', () => {
  it('queues the Indonesian number rules and the chart axis code with the layout: no sync more than without them', async () => {
    const grids = (await readSeedGrids()).map(fakeSheetOf);
    const fx = new FakeExcel(grids);
    const host = hostOn(fx);
    const plans = buildReportPlans(analyzeWorkbook(await host.readGrids()));
    fx.syncCount = 0;
    await host.writePlans(plans);
    const ops = fx.log.map((d) => JSON.stringify(d));
    const rules = plans.flatMap((p) => p.conditionalFormats.flatMap((cf) => (cf.numberFormats ?? []).map((r) => ({ range: cf.range, format: r.format }))));
    expect(rules.length).toBeGreaterThan(0);
    const numberFormats = ops.filter((o) => o.includes('custom.format.numberFormat')).map((o) => JSON.parse(o) as { path: string; value: string });
    expect(numberFormats.map((o) => [o.path.split('.')[0], o.value])).toEqual(rules.map((r) => [r.range, r.format]));
    expect(ops.filter((o) => o.includes('custom.rule.formula') && o.includes('ISNUMBER'))).toHaveLength(rules.length);
    expect(ops.some((o) => o.includes('valueAxis.numberFormat') && o.includes('#\\\\.###\\\\.##0'))).toBe(true);
    const withRules = fx.syncCount;

    const bare = new FakeExcel(grids);
    const plain = plans.map((p) => ({ ...p, conditionalFormats: p.conditionalFormats.filter((cf) => !cf.numberFormats) }));
    await hostOn(bare).readGrids();
    bare.syncCount = 0;
    await hostOn(bare).writePlans(plain);
    expect(withRules).toBe(bare.syncCount);
  });

  it('reads the seed, writes every report sheet, links each finding to its cell', async () => {
    const fx = new FakeExcel((await readSeedGrids()).map(fakeSheetOf));
    const host = hostOn(fx);
    const analysis = analyzeWorkbook(await host.readGrids());
    const plans = buildReportPlans(analysis);
    fx.syncCount = 0;
    const written = await host.writePlans(plans);
    expect(written.map((w) => w.kind)).toEqual(plans.map((p) => p.kind));
    // every sheet is small: their rows share one request
    expect(planWrites(plans, DEFAULT_CHUNK_BUDGET, 'hyperlink')).toHaveLength(1);
    expect(fx.syncCount).toBe(2);
    const temuan = fx.sheet(written.find((w) => w.kind === 'temuan')!.name);
    const links = [...temuan.hyperlinks.values()].map((h) => h.documentReference);
    // the seed's "375.000.00" in JUMLAH (D19) and "Rp. 22.8000" in Kelembagaan D14
    expect(links).toEqual(expect.arrayContaining(["'T3.1 Realisasi'!D19", 'Kelembagaan!D14']));
    expect(links).toHaveLength(analysis.findings.length);
    for (const w of written) expect(fx.names.some((n) => n.value === `'${w.name}'!A1`)).toBe(true);
  });

  it('groups row heights, and prints with the footer and centring the plan asks for', async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    const plan: SheetPlan = { ...tabel31Plan(6), rowHeights: [30, 45, 15, 15, 15, 15, 15, 15, 20], print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, footer: '&A – Halaman &P dari &N', centerHorizontally: true } };
    plan.conditionalFormats = [{ range: 'E3:E8', bands: [], textBands: [{ text: 'Sangat Tinggi', fill: '#C6EFCE' }, { text: 'Tinggi', fill: '#E2EFDA' }] }];
    await hostOn(fx).writePlans([plan]);
    // the sheet is written under its temporary name, renamed in the last sync
    const ops = fx.log.map((d) => JSON.stringify(d).replace(/Lapkin~[0-9a-z]{6}~1/g, 'Lapkin Tabel 3.1'));
    const heights = ops.filter((o) => o.includes('format.rowHeight')).map((o) => JSON.parse(o) as { path: string; value: number });
    expect(heights.map((h) => [h.path.split('.')[0], h.value])).toEqual([['1:1', 30], ['2:2', 45], ['3:8', 15], ['9:9', 20]]);
    expect(ops).toContain(JSON.stringify({ path: 'Lapkin Tabel 3.1.pageLayout.headersFooters.defaultForAllPages.centerFooter', value: '&A – Halaman &P dari &N' }));
    expect(ops).toContain(JSON.stringify({ path: 'Lapkin Tabel 3.1.pageLayout.centerHorizontally', value: true }));
    expect(ops.filter((o) => o.includes('custom.rule.formula'))).toEqual([
      JSON.stringify({ path: 'E3:E8.conditionalFormats.add().custom.rule.formula', value: '=TRIM(E3)="Sangat Tinggi"' }),
      JSON.stringify({ path: 'E3:E8.conditionalFormats.add().custom.rule.formula', value: '=TRIM(E3)="Tinggi"' }),
    ]);
  });
});

describe('marks and names', () => {
  // An empty sheet's fingerprint: what Lapkin "wrote" on the preset sheets below.
  const EMPTY = new FingerprintBuilder().digest();

  it("replaces Lapkin's earlier sheet of the same kind, keeps the planner's sheets and other kinds, marks the new one", async () => {
    const fx = new FakeExcel([sourceSheet(3), { name: 'Lapkin Tabel 3.1' }, { name: 'Lapkin Temuan' }, { name: 'Catatan' }]);
    const temuanMark = lapkinMarkName('temuan', 1, EMPTY);
    fx.names = [
      { name: lapkinMarkName('tabel-3.1', 1, EMPTY), value: "'Lapkin Tabel 3.1'!$A$1" },
      { name: temuanMark, value: "'Lapkin Temuan'!$A$1" },
      { name: 'Anggaran', value: "'T3.1 Realisasi'!$C$2:$C$4" },
    ];
    const host = hostOn(fx);
    const written = await host.writePlans([tabel31Plan(4)]);
    expect(written[0].name).toBe('Lapkin Tabel 3.1');
    expect(fx.sheets.map((s) => s.name)).toEqual(['T3.1 Realisasi', 'Lapkin Temuan', 'Catatan', 'Lapkin Tabel 3.1']);
    // the new mark's number differs from the old one's: both stand until the last sync
    expect(fx.names.map((n) => n.name).sort()).toEqual(['Anggaran', lapkinMarkName('tabel-3.1', 2, planFingerprint(tabel31Plan(4))), temuanMark].sort());

    const grids = await host.readGrids();
    expect(grids.map((g) => [g.name, g.generatedBy])).toEqual([
      ['T3.1 Realisasi', undefined],
      ['Lapkin Temuan', 'temuan'],
      ['Catatan', undefined],
      ['Lapkin Tabel 3.1', 'tabel-3.1'],
    ]);
  });

  it("a planner's name that imitates a mark (Lapkin_tabel_3_1_1 → Catatan) neither hides nor deletes their sheet", async () => {
    const fx = new FakeExcel([sourceSheet(3), { name: 'Catatan', values: [['catatan perencana']] }]);
    fx.names = [{ name: 'Lapkin_tabel_3_1_1', value: "'Catatan'!$A$1" }];
    const host = hostOn(fx);
    expect((await host.readGrids()).map((g) => [g.name, g.generatedBy])).toEqual([
      ['T3.1 Realisasi', undefined],
      ['Catatan', undefined],
    ]);
    await host.writePlans([tabel31Plan(4)]);
    expect(fx.sheets.map((s) => s.name)).toEqual(['T3.1 Realisasi', 'Catatan', 'Lapkin Tabel 3.1']);
    expect(fx.names.map((n) => n.name)).toContain('Lapkin_tabel_3_1_1');
  });

  it("a sheet of Lapkin's that the planner has written in is kept; the new report goes beside it", async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    const host = hostOn(fx);
    await host.writePlans([tabel31Plan(4)]);
    fx.sheet('Lapkin Tabel 3.1').written.set('30,0', { value: 'catatan perencana' });
    const again = await host.writePlans([tabel31Plan(4)]);
    expect(again[0].name).toBe('Lapkin Tabel 3.1 (2)');
    expect(fx.sheet('Lapkin Tabel 3.1').written.get('30,0')).toEqual({ value: 'catatan perencana' });
  });

  it('a sheet of the planner with the same name keeps it: the new sheet gets "(2)"', async () => {
    const fx = new FakeExcel([sourceSheet(3), { name: 'Lapkin Tabel 3.1', values: [['catatan saya']] }]);
    const written = await hostOn(fx).writePlans([tabel31Plan(4)]);
    expect(written[0].name).toBe('Lapkin Tabel 3.1 (2)');
    expect(fx.sheet('Lapkin Tabel 3.1').written.size).toBe(0);
    expect(fx.names).toEqual([{ name: lapkinMarkName('tabel-3.1', 1, planFingerprint(tabel31Plan(4))), value: "'Lapkin Tabel 3.1 (2)'!A1" }]);
  });
});

describe('errors, selection and saved state', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'id', /mode edit sel/],
    ['InvalidOperationInCellEditMode', 'en', /editing a cell/],
    ['AccessDenied', 'id', /diproteksi/],
  ] as const)('%s while writing → one line (%s)', async (code, lang, message) => {
    const fx = new FakeExcel([sourceSheet(3)]);
    fx.failures = [new OfficeError(code, 'x')];
    await expect(hostOn(fx, ALL_FEATURES, { lang }).writePlans([tabel31Plan(3)])).rejects.toThrow(message);
  });

  it('selects the cell of a finding on its sheet, in one sync', async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    await hostOn(fx).selectCell('T3.1 Realisasi', 'D19');
    expect(fx.syncCount).toBe(1);
    expect(fx.log).toEqual([{ activate: 'T3.1 Realisasi' }, { range: 'D19', select: true }]);
  });

  it('says so when the finding’s sheet is gone', async () => {
    const fx = new FakeExcel([sourceSheet(3)]);
    await expect(hostOn(fx).selectCell('Kelembagaan', 'D14')).rejects.toThrow(/tidak ditemukan/);
  });
});
