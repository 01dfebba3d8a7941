import { buildReportPlans } from '../../src/domain/report/build-report';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { agrees, cellAt, formulaChecks, rowWithText, textOf } from './fixtures/plan-helpers';
import { seedAnalysis, seedTabel31Specs, type SeedOptions } from './fixtures/seed-analysis';

function tabel31(opts: SeedOptions = {}): SheetPlan {
  const plan = buildReportPlans(seedAnalysis(opts)).find((p) => p.kind === 'tabel-3.1');
  if (!plan) throw new Error('no tabel-3.1 plan');
  return plan;
}

/** Numeric value a cell shows: a number's value or a formula's cached result. */
function shown(plan: SheetPlan, address: string): number | string | null | undefined {
  const c = cellAt(plan, address);
  if (!c) return undefined;
  if (c.kind === 'number') return c.value;
  if (c.kind === 'formula') return c.cached;
  return c.text;
}

describe('Tabel 3.1 plan from the seed report', () => {
  const plan = tabel31();

  it('titles the sheet like the report: table name, unit, period', () => {
    expect(textOf(cellAt(plan, 'A1'))).toBe('Tabel 3.1 Realisasi Anggaran');
    expect(textOf(cellAt(plan, 'A2'))).toBe('Biro Organisasi');
    expect(textOf(cellAt(plan, 'A3'))).toBe('Realisasi Anggaran Triwulan I Tahun 2024');
    expect(textOf(cellAt(plan, 'C5'))).toBe('Pagu Anggaran 2024');
    expect(textOf(cellAt(plan, 'D5'))).toBe('Realisasi Triwulan I Tahun 2024');
    expect(textOf(cellAt(plan, 'F5'))).toBe('Tertulis di sumber');
  });

  // Recomputed value | stated value shown beside it (null: agrees, cell left blank). Seed sums done by hand.
  it.each([
    ['4.01.02.1.02', 654495077, 654595077, 144081397, null],
    ['4.01.02.1.01', 183931250, null, 62323503, 62303503],
    ['4.01.02', 838426327, 838526327, 206404900, 206384900],
    ['4.01.01', 661473673, null, 168615100, null],
    ['4.01.02.1.01.03', 78575000, null, 33992062, null],
  ])('kode %s: pagu %d (tertulis %p), realisasi %d (tertulis %p)', (kode, pagu, statedPagu, realisasi, statedReal) => {
    const r = rowWithText(plan, 'A', kode);
    expect(shown(plan, `C${r}`)).toBe(pagu);
    expect(shown(plan, `D${r}`)).toBe(realisasi);
    const sp = cellAt(plan, `F${r}`);
    const sr = cellAt(plan, `G${r}`);
    if (statedPagu === null) expect(textOf(sp)).toBe('');
    else expect(sp).toMatchObject({ kind: 'number', value: statedPagu, style: 'stated' });
    if (statedReal === null) expect(textOf(sr)).toBe('');
    else expect(sr).toMatchObject({ kind: 'number', value: statedReal, style: 'stated' });
  });

  it.each(['JUMLAH', 'Biro Organisasi'])('%s totals the programs and shows the stated values that disagree', (label) => {
    const r = rowWithText(plan, 'B', label);
    expect(cellAt(plan, `C${r}`)).toMatchObject({ kind: 'formula', cached: 1499900000 });
    expect(cellAt(plan, `D${r}`)).toMatchObject({ kind: 'formula', cached: 375020000 });
    expect(cellAt(plan, `F${r}`)).toMatchObject({ kind: 'number', value: 1500000000 });
    expect(cellAt(plan, `B${r}`)?.style).toBe('total');
    expect(cellAt(plan, `C${r}`)?.style).toBe('numberTotal');
  });

  it('shows the unreadable stated total "375.000.00" as text beside the recomputed one', () => {
    const r = rowWithText(plan, 'B', 'JUMLAH');
    expect(cellAt(plan, `G${r}`)).toEqual({ kind: 'text', text: '375.000.00', style: 'stated' });
  });

  it('sums children with SUM over ranges where contiguous and lists where scattered', () => {
    const prog = rowWithText(plan, 'A', '4.01.02');
    const keg1 = rowWithText(plan, 'A', '4.01.02.1.01');
    const keg2 = rowWithText(plan, 'A', '4.01.02.1.02');
    const firstSub = rowWithText(plan, 'A', '4.01.02.1.02.01');
    const lastSub = rowWithText(plan, 'A', '4.01.02.1.02.05');
    expect(cellAt(plan, `C${prog}`)).toMatchObject({ kind: 'formula', formula: `SUM(C${keg1},C${keg2})` });
    expect(cellAt(plan, `D${keg2}`)).toMatchObject({ kind: 'formula', formula: `SUM(D${firstSub}:D${lastSub})` });
    const p1 = rowWithText(plan, 'A', '4.01.01');
    expect(cellAt(plan, `C${rowWithText(plan, 'B', 'JUMLAH')}`)).toMatchObject({ formula: `SUM(C${p1}:C${prog})` });
  });

  it('keeps leaves as numbers with literal Indonesian separators and capaian as a guarded formula in "0,00 %"', () => {
    const r = rowWithText(plan, 'A', '4.01.02.1.01.01');
    expect(cellAt(plan, `C${r}`)).toMatchObject({ kind: 'number', value: 75000000, numberKind: 'amount', format: '[>=1000000000]#\\.###\\.###\\.##0;[>=1000000]#\\.###\\.##0;#\\.##0' });
    expect(cellAt(plan, `E${r}`)).toMatchObject({ kind: 'formula', formula: `IF(C${r}=0,"-",D${r}/C${r}*100)`, numberKind: 'percent', format: '[>=1000]#\\.##0\\,00 %;[=0]"-";0\\,00 %' });
    expect((cellAt(plan, `E${r}`) as { cached: number }).cached).toBeCloseTo(37.78, 2);
  });

  // Stated capaian beside the recomputed: kept blank where rounding or truncation to the stated decimals agrees.
  it.each([
    ['4.01.02.1.01.01', 37.35],
    ['4.01.02.1.01', 33.87],
    ['4.01.02', null],
    ['4.01.02.1.01.03', null],
    ['4.01.02.1.01.02', null],
  ])('kode %s: stated capaian beside = %p', (kode, stated) => {
    const c = cellAt(plan, `H${rowWithText(plan, 'A', kode)}`);
    if (stated === null) expect(textOf(c)).toBe('');
    else expect(c).toMatchObject({ kind: 'number', value: stated, style: 'stated' });
  });

  it('notes the rules that fired on a row, and names the column of every red value', () => {
    expect(textOf(cellAt(plan, `I${rowWithText(plan, 'A', '4.01.02.1.02')}`))).toBe('Pagu tertulis 654.595.077, hasil hitung ulang 654.495.077 (jumlah tidak sesuai)');
    expect(textOf(cellAt(plan, `I${rowWithText(plan, 'B', 'JUMLAH')}`))).toBe(
      'Pagu tertulis 1.500.000.000, hasil hitung ulang 1.499.900.000; Realisasi tertulis "375.000.00", bukan angka yang sah; ditampilkan 375.020.000 (format angka salah)',
    );
    expect(textOf(cellAt(plan, `I${rowWithText(plan, 'A', '4.01.01')}`))).toBe('');
  });

  it('every formula computes its cached value from the sheet (live formulas agree with the core)', () => {
    const checks = formulaChecks(plan);
    expect(checks.length).toBeGreaterThan(20);
    for (const c of checks) expect({ ...c, ok: agrees(c.cached, c.computed) }).toMatchObject({ ok: true });
  });

  it('is bold on programs and totals, indents by level, prints A4 landscape with the header repeated', () => {
    expect(cellAt(plan, `B${rowWithText(plan, 'A', '4.01.02')}`)?.style).toBe('bodyBold');
    expect(cellAt(plan, `B${rowWithText(plan, 'A', '4.01.02.1.02.01')}`)?.style).toBe('body');
    expect(textOf(cellAt(plan, `B${rowWithText(plan, 'A', '4.01.02.1.02.01')}`))).toBe('    Pembinaan Pelaksanaan RB');
    expect(plan.print).toEqual({
      orientation: 'landscape', paperSize: 'A4', fitToWidth: true, printTitleRows: '5:6', centerHorizontally: true, footer: '&A – Halaman &P dari &N',
    });
    expect(plan.freeze).toEqual({ rows: 6, cols: 2 });
    expect(plan.merges).toEqual(expect.arrayContaining(['A1:I1', 'A5:A6', 'F5:H5']));
  });

  it('charts pagu against realisasi per program from a data block referencing the program rows', () => {
    expect(plan.charts).toHaveLength(1);
    const chart = plan.charts[0];
    const [from, to] = chart.categories.split(':');
    expect([textOf(cellAt(plan, from)), textOf(cellAt(plan, to))]).toEqual(['Program penunjang urusan pemerintahan', 'Program Penataan Organisasi']);
    const prog = rowWithText(plan, 'A', '4.01.02');
    const paguTo = chart.series[0].values.split(':')[1];
    expect(cellAt(plan, paguTo)).toMatchObject({ kind: 'formula', formula: `C${prog}`, cached: 838426327 });
  });
});

describe('Tabel 3.1 plan variants', () => {
  it('lets a unit row that parents the programs sum them, and the JUMLAH row sum that unit', () => {
    const plan = tabel31({ unitParentsPrograms: true });
    const unit = rowWithText(plan, 'B', 'Biro Organisasi');
    const p1 = rowWithText(plan, 'A', '4.01.01');
    const p2 = rowWithText(plan, 'A', '4.01.02');
    expect(cellAt(plan, `C${unit}`)).toMatchObject({ formula: `SUM(C${p1}:C${p2})`, cached: 1499900000 });
    expect(cellAt(plan, `C${rowWithText(plan, 'B', 'JUMLAH')}`)).toMatchObject({ formula: `SUM(C${unit})`, cached: 1499900000 });
    for (const c of formulaChecks(plan)) expect(agrees(c.cached, c.computed)).toBe(true);
  });

  it('adds a target column where the source has one, summed like pagu', () => {
    const specs = seedTabel31Specs().map((s) => ({ ...s }));
    // Anggaran kas targets on the sub kegiatan of 4.01.02.1.01 only.
    const targets: Record<string, number> = { '4.01.02.1.01.01': 20000000, '4.01.02.1.01.02': 5000000, '4.01.02.1.01.03': 25000000 };
    for (const s of specs) if (s.kode && targets[s.kode] !== undefined) s.target = targets[s.kode];
    const plan = tabel31({ tabel31Specs: specs, tabel31Columns: { kode: 'A', uraian: 'B', pagu: 'C', target: 'D', realisasi: 'E', capaian: 'F' } });
    expect(textOf(cellAt(plan, 'D5'))).toBe('Target Triwulan I Tahun 2024');
    const keg = rowWithText(plan, 'A', '4.01.02.1.01');
    expect(cellAt(plan, `D${keg}`)).toMatchObject({ kind: 'formula', cached: 50000000 });
    expect(cellAt(plan, `F${keg}`)).toMatchObject({ formula: `IF(C${keg}=0,"-",E${keg}/C${keg}*100)` });
    expect(cellAt(plan, `D${rowWithText(plan, 'B', 'JUMLAH')}`)).toMatchObject({ cached: 50000000 });
    for (const c of formulaChecks(plan)) expect(agrees(c.cached, c.computed)).toBe(true);
  });

  it('appends a JUMLAH row when the source table has none', () => {
    const specs = seedTabel31Specs().filter((s) => s.level !== 'total' && s.level !== 'unit');
    const plan = tabel31({ tabel31Specs: specs });
    const last = rowWithText(plan, 'B', 'JUMLAH');
    expect(cellAt(plan, `C${last}`)).toMatchObject({ kind: 'formula', cached: 1499900000, style: 'numberTotal' });
    expect(textOf(cellAt(plan, 'A2'))).toBe('Realisasi Anggaran Triwulan I Tahun 2024');
  });

  it('speaks English when lang = en', () => {
    const plan = tabel31({ settings: { lang: 'en' } });
    expect(textOf(cellAt(plan, 'A1'))).toBe('Table 3.1 Budget Realisation');
    expect(textOf(cellAt(plan, 'C5'))).toBe('Budget (pagu) 2024');
    expect(textOf(cellAt(plan, `I${rowWithText(plan, 'A', '4.01.02.1.02')}`))).toBe('Pagu stated 654.595.077, recomputed 654.495.077 (sum does not match)');
  });
});
