import { buildReportPlans } from '../../src/domain/report/build-report';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { agrees, cellAt, formulaChecks, rowWithText, textOf } from './fixtures/plan-helpers';
import { budgetTable, recompute, seedAnalysis, type BudgetSpec } from './fixtures/seed-analysis';

function detailPlan(name: string): SheetPlan {
  const plan = buildReportPlans(seedAnalysis()).find((p) => p.name === name);
  if (!plan) throw new Error(`no plan ${name}`);
  return plan;
}

function shown(plan: SheetPlan, address: string): number | string | null | undefined {
  const c = cellAt(plan, address);
  if (!c) return undefined;
  return c.kind === 'number' ? c.value : c.kind === 'formula' ? c.cached : c.text;
}

describe('detail plan: seed Tabel 3.2', () => {
  const plan = detailPlan('Lapkin Rincian Tabel 3.2');

  it('carries the table and section titles, one header row, frozen and repeated', () => {
    expect(textOf(cellAt(plan, 'A1'))).toBe('Rincian Realisasi Anggaran: Tabel 3.2');
    expect(textOf(cellAt(plan, 'A2'))).toBe('Bagian Kelembagaan dan Analisis Jabatan');
    expect(plan.rows[4].slice(0, 5).map(textOf)).toEqual(['No', 'Sub Kegiatan / Rincian', 'Alokasi Dana', 'Realisasi', '%']);
    expect(plan.freeze).toEqual({ rows: 5, cols: 0 });
    expect(plan.print.printTitleRows).toBe('5:5');
  });

  // Sub kegiatan keep their stated amounts even where their listed items fall short (detail tables list only some).
  it.each([
    ['Fasilitasi Kelembagaan Provinsi', '1', 75000000, 28331441, 37.35],
    ['Fasilitasi Kelembagaan Kabupaten/ Kota', '2', 30356250, 0, null],
    ['Fasilitasi Analisis Jabatan', '3', 78575000, 33992062, 42.26],
  ])('%s is No %s with its stated alokasi %d and realisasi %d; stated %% beside (%p) only where it disagrees', (uraian, no, pagu, real, statedPct) => {
    const r = rowWithText(plan, 'B', uraian);
    expect(textOf(cellAt(plan, `A${r}`))).toBe(no);
    expect(cellAt(plan, `C${r}`)).toMatchObject({ kind: 'number', value: pagu });
    expect(cellAt(plan, `D${r}`)).toMatchObject({ kind: 'number', value: real });
    expect(cellAt(plan, `E${r}`)).toMatchObject({ kind: 'formula', formula: `IF(C${r}=0,"-",D${r}/C${r}*100)` });
    const h = cellAt(plan, `H${r}`);
    if (statedPct === null) expect(textOf(h)).toBe('');
    else expect(h).toMatchObject({ kind: 'number', value: statedPct, style: 'stated' });
  });

  it('totals the sub kegiatan rows with a formula and shows the stated total where it disagrees', () => {
    const t = rowWithText(plan, 'B', 'Total');
    const subs = ['Fasilitasi Kelembagaan Provinsi', 'Fasilitasi Kelembagaan Kabupaten/ Kota', 'Fasilitasi Analisis Jabatan']
      .map((u) => rowWithText(plan, 'B', u));
    expect(cellAt(plan, `C${t}`)).toMatchObject({ kind: 'formula', formula: `SUM(C${subs[0]},C${subs[1]}:C${subs[2]})`, cached: 183931250 });
    expect(shown(plan, `D${t}`)).toBe(62323503);
    expect(textOf(cellAt(plan, `F${t}`))).toBe('');
    expect(cellAt(plan, `G${t}`)).toMatchObject({ kind: 'number', value: 62303503, style: 'stated' });
    expect(cellAt(plan, `H${t}`)).toMatchObject({ kind: 'number', value: 33.87 });
    expect(cellAt(plan, `B${t}`)?.style).toBe('total');
    expect(cellAt(plan, `C${t}`)?.style).toBe('numberTotal');
  });

  it('shows line items indented, unnumbered, with an unreadable realisasi beside the value used', () => {
    const sub3 = rowWithText(plan, 'B', 'Fasilitasi Analisis Jabatan');
    const atk = sub3 + 1;
    expect(textOf(cellAt(plan, `A${atk}`))).toBe('');
    expect(textOf(cellAt(plan, `B${atk}`))).toBe('  Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor');
    expect(shown(plan, `D${atk}`)).toBe(228000);
    expect(cellAt(plan, `G${atk}`)).toEqual({ kind: 'text', text: 'Rp. 22.8000', style: 'stated' });
    expect(textOf(cellAt(plan, `I${atk}`))).toBe('Realisasi tertulis "Rp. 22.8000", bukan angka yang sah; ditampilkan 228.000 (format angka salah)');
  });

  it('reads "Rp. 2,100,000" as 2.100.000 without a stated twin, and notes the separator warning on its column', () => {
    const r = rowWithText(plan, 'B', 'Belanja Makanan dan Minuman Rapat');
    expect(shown(plan, `C${r}`)).toBe(2100000);
    expect(textOf(cellAt(plan, `F${r}`))).toBe('');
    expect(textOf(cellAt(plan, `I${r}`))).toBe('Alokasi dana ditulis dengan pemisah gaya Inggris');
  });

  it('every formula computes its cached value', () => {
    for (const c of formulaChecks(plan)) expect({ ...c, ok: agrees(c.cached, c.computed) }).toMatchObject({ ok: true });
  });
});

describe('detail plan: seed Tabel 3.6 (no Total row in the source)', () => {
  const plan = detailPlan('Lapkin Rincian Tabel 3.6');

  it('appends a Total row over the sub kegiatan', () => {
    const t = rowWithText(plan, 'B', 'Total');
    expect(t).toBe(plan.rows.length);
    expect(shown(plan, `C${t}`)).toBe(358034375);
    expect(shown(plan, `D${t}`)).toBe(79198717);
    for (const c of formulaChecks(plan)) expect(agrees(c.cached, c.computed)).toBe(true);
  });

  it('shows the malformed "Rp. 5.3475.000" beside the value used', () => {
    const r = rowWithText(plan, 'B', 'Monitoring dan Evaluasi Akuntabilitas kinerja') + 2;
    expect(textOf(cellAt(plan, `B${r}`))?.trim()).toBe('Belanja Lembur');
    expect(cellAt(plan, `F${r}`)).toEqual({ kind: 'text', text: 'Rp. 5.3475.000', style: 'stated' });
  });
});

describe('detail plan: the Rencana Kerja list (section 3.1, no realisasi)', () => {
  const keg = (parent: number, uraian: string, pagu: number): BudgetSpec => ({ uraian, level: 'kegiatan', pagu, realisasi: null, parent });
  const specs: BudgetSpec[] = [
    { uraian: 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', level: 'program', pagu: null, realisasi: null },
    keg(0, 'Kegiatan Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah', 150880650),
    keg(0, 'Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD', 31230800),
    keg(0, 'Kegiatan Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD', 23716600),
    keg(0, 'Kegiatan Penyediaan Jasa Pelayanan Umum Kantor', 54750000),
    keg(0, 'Kegiatan Administrasi Kepegawaian Perangkat Daerah', 20000000),
    keg(0, 'Kegiatan Administrasi Umum Perangkat Daerah', 299373023),
    keg(0, 'Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah', 25000000),
    keg(0, 'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintah Daerah', 66220000),
    keg(0, 'Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 100000000),
    { uraian: 'Program Penataan Organisasi', level: 'program', pagu: null, realisasi: null },
    keg(10, 'Kegiatan Fasilitasi Kelembagaan dan Analisis Jabatan', 183931250),
    keg(10, 'Kegiatan Fasilitasi Reformasi Birokrasi dan Akuntabilitas kinerja', 654595077),
  ];
  const analysis = seedAnalysis();
  analysis.budgets = [recompute(budgetTable('Rencana Kerja', 'detail', 3, specs, { uraian: 'B', pagu: 'C' }))];
  const plan = buildReportPlans(analysis)[0];

  it('is titled as the list it is, with only the allocation columns, headed by what its rows are', () => {
    expect(textOf(plan.rows[0][0])).toBe('Rencana Kerja');
    expect(plan.rows[2].map(textOf)).toEqual(['No', 'Program / Kegiatan', 'Alokasi Dana', 'Tertulis di sumber: Alokasi Dana', 'Catatan']);
  });

  // Program I's kegiatan add up to 771.171.073, not the 661.473.673 the PK states: the report shows the sum.
  it.each([
    ['Program Penunjang Urusan Pemerintahan Daerah Provinsi', 771171073],
    ['Program Penataan Organisasi', 838526327],
    ['Total', 1609697400],
  ])('%s sums its kegiatan live: %d', (uraian, sum) => {
    const r = rowWithText(plan, 'B', uraian);
    expect(cellAt(plan, `C${r}`)).toMatchObject({ kind: 'formula', cached: sum });
  });

  it('every formula computes its cached value', () => {
    for (const c of formulaChecks(plan)) expect(agrees(c.cached, c.computed)).toBe(true);
  });
});
