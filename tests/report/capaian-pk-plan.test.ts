import fc from 'fast-check';
import { buildReportPlans, evaluatePlanFormulas } from '../../src/domain/report/build-report';
import { capaianFormula, categoryColourBands, categoryTextBands, kategoriFormula } from '../../src/domain/report/capaian-pk-plan';
import type { PlanCell, SheetPlan } from '../../src/domain/report/sheet-plan';
import { DEFAULT_CATEGORY_BANDS, type CategoryBand, type Settings } from '../../src/domain/settings';
import { agrees, cellAt, formulaChecks, rowWithText, textOf } from './fixtures/plan-helpers';
import { seedAnalysis } from './fixtures/seed-analysis';

function pkPlan(settings: Partial<Settings> = {}): SheetPlan {
  const plan = buildReportPlans(seedAnalysis({ settings })).find((p) => p.kind === 'capaian-pk');
  if (!plan) throw new Error('no capaian-pk plan');
  return plan;
}

const cached = (c: PlanCell | null): number | string | null | undefined => (c?.kind === 'formula' ? c.cached : undefined);

describe('capaian PK plan from the seed report', () => {
  const plan = pkPlan();

  it('has the report heading and the columns of section 3.4', () => {
    expect(textOf(cellAt(plan, 'A1'))).toBe('Capaian Kinerja berdasarkan Perjanjian Kinerja');
    expect(textOf(cellAt(plan, 'A2'))).toBe('Triwulan I Tahun 2024');
    expect(plan.rows[3].map(textOf)).toEqual([
      'No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Polaritas', 'Target 2024', 'Realisasi 2024', 'Capaian (%) terhadap target tahunan', 'Kategori (terhadap target tahunan)', 'Catatan',
    ]);
    expect(plan.freeze).toEqual({ rows: 4, cols: 0 });
    expect(plan.print.printTitleRows).toBe('4:4');
  });

  // indikator | polaritas shown | capaian cached | kategori cached | Catatan must contain
  it.each([
    ['Hasil Evaluasi Kelembagaan PD Provinsi', 'Positif', 37.35, 'Sangat Rendah', ''],
    ['Jumlah usulan penataan kelembagaan kabupaten/kota yang ditindaklanjuti', 'Positif', 0, 'Sangat Rendah', ''],
    ['Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja pada Kabupaten /Kota', 'Positif', 13.36, 'Sangat Rendah', 'Capaian tertulis 100,00, hasil hitung ulang 13,36'],
    ['Indeks Kepuasan masyarakat', 'Positif', '-', '-', 'Capaian tidak dapat dihitung: realisasi kosong'],
    ['Persentase kualitas pelayanan ketatausahaan Biro', 'Positif', 25.49, 'Sangat Rendah', ''],
    ['Jumlah temuan berulang', 'Negatif', 87.5, 'Tinggi', ''],
    ['Persentase Budaya Kerja Perangkat Daerah', 'Positif', 0, 'Sangat Rendah', ''],
    ['Jumlah PD yang dievaluasi ulang', 'Positif', '-', '-', 'Capaian tidak dapat dihitung: target 0 atau kosong'],
  ])('%s: %s, capaian %p, kategori %p', (indikator, polaritas, capaian, kategori, note) => {
    const r = rowWithText(plan, 'C', indikator);
    expect(textOf(cellAt(plan, `E${r}`))).toBe(polaritas);
    const h = cached(cellAt(plan, `H${r}`));
    if (typeof capaian === 'number') expect(h).toBeCloseTo(capaian, 6);
    else expect(h).toBe(capaian);
    expect(cached(cellAt(plan, `I${r}`))).toBe(kategori);
    expect(textOf(cellAt(plan, `J${r}`))).toContain(note);
  });

  it('writes capaian as a live formula per polarity: R/T for positive, (2T−R)/T for negative', () => {
    const pos = rowWithText(plan, 'C', 'Hasil Evaluasi Kelembagaan PD Provinsi');
    const neg = rowWithText(plan, 'C', 'Jumlah temuan berulang');
    expect(cellAt(plan, `H${pos}`)).toMatchObject({
      formula: `IF(ISNUMBER(F${pos}),IF(F${pos}=0,"-",IF(ISNUMBER(G${pos}),G${pos}/F${pos}*100,"-")),"-")`,
      numberKind: 'percent',
    });
    expect(cellAt(plan, `H${neg}`)).toMatchObject({ formula: `IF(ISNUMBER(F${neg}),IF(F${neg}=0,"-",IF(ISNUMBER(G${neg}),(2*F${neg}-G${neg})/F${neg}*100,"-")),"-")` });
  });

  it('says the stated 100% beside the 0,00 it recomputes, naming the column, not the rule', () => {
    const r = rowWithText(plan, 'C', 'Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja Perangkat Daerah Lingkup Pemerintah Provinsi Nusa Tenggara Timur');
    expect(cached(cellAt(plan, `H${r}`))).toBe(0);
    expect(textOf(cellAt(plan, `J${r}`))).toBe('Capaian tertulis 100,00, hasil hitung ulang 0,00');
  });

  it('writes a blank realisasi "-" as the published table does, and its capaian "-" (not 0 nor an error)', () => {
    const r = rowWithText(plan, 'C', 'Indeks Kepuasan masyarakat');
    expect(cellAt(plan, `G${r}`)).toEqual({ kind: 'text', text: '-', style: 'number' });
    expect(cached(cellAt(plan, `H${r}`))).toBe('-');
    expect(evaluatePlanFormulas(plan).get(`H${r}`)).toBe('-');
  });

  it('merges each sasaran (and its No) over its indicators, numbering sasaran not indicators', () => {
    expect(plan.merges).toEqual(expect.arrayContaining(['A5:A6', 'B5:B6', 'A7:A8', 'B7:B8', 'A12:A13', 'B12:B13']));
    expect(plan.merges.filter((m) => /^[AB]9:/.test(m))).toEqual([]);
    expect(['A5', 'A7', 'A9', 'A10'].map((a) => textOf(cellAt(plan, a)))).toEqual(['1', '2', '3', '4']);
    expect(cellAt(plan, 'B6')).toBeNull();
  });

  it('colours the capaian column by band, dark green to red, text readable', () => {
    expect(plan.conditionalFormats[0]).toEqual({ range: 'H5:H13', bands: categoryColourBands(DEFAULT_CATEGORY_BANDS) });
    const bands = plan.conditionalFormats[0].bands;
    expect(bands.map((b) => [b.min, b.max])).toEqual([[91, undefined], [76, 91], [66, 76], [51, 66], [-1e9, 51]]);
    expect(bands.map((b) => b.fill)).toEqual(['#006100', '#92D050', '#FFEB84', '#F4B183', '#C00000']);
    expect(bands.map((b) => b.fontColor)).toEqual(['#FFFFFF', '#000000', '#000000', '#000000', '#FFFFFF']);
  });

  it('colours the Kategori column by its label with the colour of the same band, font readable on it', () => {
    expect(plan.conditionalFormats[1]).toEqual({ range: 'I5:I13', bands: [], textBands: categoryTextBands(DEFAULT_CATEGORY_BANDS) });
    const colourOf = new Map(categoryColourBands(DEFAULT_CATEGORY_BANDS).map((b) => [b.min, b]));
    // Each seed kategori gets the fill its capaian band has: "Tinggi" (87,50) the band from 76, "Sangat Rendah" the lowest.
    for (const [label, min] of [['Sangat Tinggi', 91], ['Tinggi', 76], ['Sedang', 66], ['Rendah', 51], ['Sangat Rendah', -1e9]] as const) {
      const band = plan.conditionalFormats[1].textBands?.find((t) => t.text === label);
      expect(band).toEqual({ text: label, fill: colourOf.get(min)?.fill, fontColor: colourOf.get(min)?.fontColor });
    }
    const seedKategori = plan.rows.slice(4).map((row) => cached(row[8]));
    expect(seedKategori).toEqual(expect.arrayContaining(['Sangat Rendah', 'Tinggi', '-']));
    // "-" (capaian undefined) matches no band and stays white.
    expect(plan.conditionalFormats[1].textBands?.some((t) => t.text === '-')).toBe(false);
  });

  it('keeps Kategori a left-aligned label and right-aligns the numbers, also a capaian of "-"', () => {
    const undefinedRow = rowWithText(plan, 'C', 'Indeks Kepuasan masyarakat');
    expect(cellAt(plan, `I${undefinedRow}`)?.style).toBe('body');
    expect(cellAt(plan, `H${undefinedRow}`)).toMatchObject({ cached: '-', style: 'number' });
    expect(plan.styles.number?.hAlign).toBe('right');
  });

  it('centres the short columns No, Satuan and Polaritas, as the report prints them', () => {
    const r = rowWithText(plan, 'C', 'Jumlah temuan berulang');
    expect(['A', 'D', 'E'].map((c) => [textOf(cellAt(plan, `${c}${r}`)), cellAt(plan, `${c}${r}`)?.style])).toEqual([
      ['5', 'bodyCenter'], ['temuan', 'bodyCenter'], ['Negatif', 'bodyCenter'],
    ]);
    expect(plan.styles.bodyCenter?.hAlign).toBe('center');
  });

  it('every formula computes its cached value', () => {
    const checks = formulaChecks(plan);
    expect(checks).toHaveLength(18);
    for (const c of checks) expect({ ...c, ok: agrees(c.cached, c.computed) }).toMatchObject({ ok: true });
  });
});

describe('capaian PK plan settings', () => {
  it('colours custom kategori labels: the top band dark green with white text, the bottom red with white text', () => {
    const categoryBands: CategoryBand[] = [{ min: -Infinity, label: 'Kurang' }, { min: 85, label: 'Baik' }, { min: 60, label: 'Cukup' }];
    const plan = pkPlan({ categoryBands });
    expect(plan.conditionalFormats[1].textBands).toEqual([
      { text: 'Baik', fill: '#006100', fontColor: '#FFFFFF' },
      { text: 'Cukup', fill: '#FFEB84', fontColor: '#000000' },
      { text: 'Kurang', fill: '#C00000', fontColor: '#FFFFFF' },
    ]);
  });

  it('uses T/R for negative polarity when the settings say so', () => {
    const plan = pkPlan({ negativeFormula: 'T/R' });
    const r = rowWithText(plan, 'C', 'Jumlah temuan berulang');
    expect(cellAt(plan, `H${r}`)).toMatchObject({ formula: `IF(ISNUMBER(F${r}),IF(F${r}=0,"-",IF(ISNUMBER(G${r}),IF(G${r}=0,"-",F${r}/G${r}*100),"-")),"-")` });
    expect(cached(cellAt(plan, `H${r}`))).toBeCloseTo((8 / 9) * 100, 9);
    for (const c of formulaChecks(plan)) expect(agrees(c.cached, c.computed)).toBe(true);
  });

  it('speaks English when lang = en', () => {
    const plan = pkPlan({ lang: 'en' });
    expect(textOf(cellAt(plan, 'C4'))).toBe('Performance Indicator');
    expect(textOf(cellAt(plan, `E${rowWithText(plan, 'C', 'Jumlah temuan berulang')}`))).toBe('Negative');
  });
});

/** A one-column plan: capaian values in H1.., the kategori formula beside each in I. */
function kategoriOf(values: (number | string)[], bands: CategoryBand[]): (number | string | null | undefined)[] {
  const rows = values.map((v, i): (PlanCell | null)[] => {
    const row: (PlanCell | null)[] = Array(9).fill(null);
    row[7] = typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', text: v };
    row[8] = { kind: 'formula', formula: kategoriFormula(bands, `H${i + 1}`), cached: null };
    return row;
  });
  const plan: SheetPlan = {
    name: 't', kind: 'capaian-pk', rows, styles: {}, merges: [], widths: [], conditionalFormats: [], charts: [],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
  };
  const out = evaluatePlanFormulas(plan);
  return values.map((_, i) => out.get(`I${i + 1}`));
}

describe('kategori formula', () => {
  it.each([
    [91, 'Sangat Tinggi'], [150, 'Sangat Tinggi'], [90.99, 'Tinggi'], [76, 'Tinggi'], [75.999, 'Sedang'], [66, 'Sedang'],
    [65.5, 'Rendah'], [51, 'Rendah'], [50.99, 'Sangat Rendah'], [0, 'Sangat Rendah'], [-20, 'Sangat Rendah'], ['-', '-'],
  ])('capaian %p falls in %s (Permendagri 86/2017 bands)', (capaian, label) => {
    expect(kategoriOf([capaian], DEFAULT_CATEGORY_BANDS)).toEqual([label]);
  });

  it('follows custom bands, in any order, and leaves values below the lowest finite band as "-"', () => {
    const bands = [{ min: 50, label: 'Baik' }, { min: 80, label: 'Sangat "Baik"' }];
    expect(kategoriOf([85, 80, 79.9, 50, 49], bands)).toEqual(['Sangat "Baik"', 'Sangat "Baik"', 'Baik', 'Baik', '-']);
  });
});

describe('capaian formula (property)', () => {
  const plan = (formula: string, t: number, r: number | null): SheetPlan => ({
    name: 't', kind: 'capaian-pk', styles: {}, merges: [], widths: [], conditionalFormats: [], charts: [],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
    rows: [[{ kind: 'number', value: t }, r === null ? null : { kind: 'number', value: r }, { kind: 'formula', formula, cached: null }]],
  });

  it('computes R/T, (2T−R)/T and T/R as the domain defines them, "-" where undefined', () => {
    const amount = fc.oneof(fc.constant(0), fc.integer({ min: -1000, max: 100000 }).map((n) => n / 100));
    fc.assert(fc.property(amount, fc.option(amount, { nil: null }), fc.constantFrom('positif', 'negatif'), fc.constantFrom('2T-R', 'T/R'),
      (t, r, pol, neg) => {
        const got = evaluatePlanFormulas(plan(capaianFormula(pol as 'positif' | 'negatif', neg as '2T-R' | 'T/R', 'A1', 'B1'), t, r)).get('C1');
        let want: number | string;
        if (t === 0 || r === null) want = '-';
        else if (pol === 'positif') want = (r / t) * 100;
        else if (neg === '2T-R') want = ((2 * t - r) / t) * 100;
        else want = r === 0 ? '-' : (t / r) * 100;
        return agrees(want, got ?? null);
      }));
  });
});

describe('capaian PK plan: how a quarterly report reads it', () => {
  const plan = buildReportPlans(seedAnalysis()).find((p) => p.kind === 'capaian-pk');

  it('writes a realisasi of zero as "-" through the number format, keeping the number', () => {
    const zero = plan?.rows.flat().find((c) => c?.kind === 'number' && c.value === 0 && c.numberKind === 'countDash');
    expect(zero).toMatchObject({ format: '[>=1000]#\\.##0;[=0]"-";0' });
  });

  it('explains its bands in a legend below the table', () => {
    const texts = plan?.rows.flat().map((c) => (c?.kind === 'text' ? c.text : '')) ?? [];
    expect(texts).toEqual(expect.arrayContaining(['Kategori capaian (%):', '≥ 91', 'Sangat Tinggi', '76 – < 91', 'Tinggi', '< 51', 'Sangat Rendah']));
  });
});
