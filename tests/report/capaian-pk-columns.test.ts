/**
 * The Capaian PK sheet can replace the published table as it is: scored against the quarter's target where the
 * workbook has Target TW I … IV (the mapping picks the report quarter's), else against the year's and saying so;
 * the table's own columns (kondisi awal, targets of earlier years) carried over as written.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Cell, Grid } from '../../src/domain/grid/grid';
import { buildReportPlans, evaluatePlanFormulas } from '../../src/domain/report/build-report';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { analyzeExample } from '../golden/analyze-example';
import { cellAt, textOf } from './fixtures/plan-helpers';

const txt = (s: string): Cell => ({ value: s });
const num = (n: number): Cell => ({ value: n });

function quarterlyPk(): Grid[] {
  const rows: (Cell | undefined)[][] = [
    [txt('Capaian Kinerja Triwulan II Tahun 2024')], [],
    ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal 2023', 'Target Tahunan 2024', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV', 'Realisasi TW II', 'Capaian (%)'].map(txt),
    [txt('1'), txt('Meningkatnya layanan'), txt('Indeks kepuasan layanan'), txt('Indeks'), num(70), num(80), num(20), num(40), num(60), num(80), num(30), undefined],
    [txt('2'), txt('Meningkatnya tata kelola'), txt('Jumlah dokumen tersusun'), txt('Dokumen'), num(4), num(8), num(2), num(4), num(6), num(8), num(0), undefined],
  ];
  return [{ name: 'PK', index: 0, rows, originRow: 0, originCol: 0, merges: [] }];
}

function pkPlanOf(grids: Grid[]): SheetPlan {
  const plan = buildReportPlans(analyzeWorkbook(grids, { settings: { period: { year: 2024, quarter: 2 } } })).find((p) => p.kind === 'capaian-pk');
  if (!plan) throw new Error('no capaian-pk plan');
  return plan;
}

const cached = (plan: SheetPlan, at: string): unknown => {
  const c = cellAt(plan, at);
  return c?.kind === 'formula' ? c.cached : undefined;
};

describe('a quarterly PK table with Target TW I … IV', () => {
  const plan = pkPlanOf(quarterlyPk());
  const header = plan.rows.find((r) => r.some((c) => textOf(c) === 'Indikator Kinerja')) ?? [];

  it('scores against the quarter\'s target and says so in the headers', () => {
    const texts = header.map(textOf);
    expect(texts).toContain('Target TW II 2024');
    expect(texts).toContain('Capaian (%) terhadap target TW II');
    expect(texts).toContain('Kategori (terhadap target TW II)');
    expect(texts.join(' ')).not.toContain('tahunan)');
  });

  it('computes capaian against the TW II target: 30 of 40 is 75 %, Sedang', () => {
    const r = plan.rows.findIndex((row) => textOf(row[2] ?? null) === 'Indeks kepuasan layanan') + 1;
    const capaianCol = header.findIndex((c) => (textOf(c ?? null) ?? "").startsWith('Capaian'));
    const letter = String.fromCharCode(65 + capaianCol);
    expect(cached(plan, `${letter}${r}`)).toBeCloseTo(75, 6);
    expect(cached(plan, `${String.fromCharCode(66 + capaianCol)}${r}`)).toBe('Sedang');
  });

  it('carries the kondisi awal, the year\'s and the other quarters\' targets as written, after its Satuan (no Polaritas: none stated)', () => {
    const texts = header.map(textOf);
    expect(texts.slice(3, 10)).toEqual(['Satuan', 'Kondisi Awal 2023', 'Target Tahunan 2024', 'Target TW I', 'Target TW III', 'Target TW IV', 'Target TW II 2024']);
    const r = plan.rows.findIndex((row) => textOf(row[2] ?? null) === 'Indeks kepuasan layanan');
    expect(plan.rows[r].slice(3, 9).map(textOf)).toEqual(['Indeks', '70', '80', '20', '60', '80']);
  });
});

describe('the bundled Biro Organisasi PK table (annual targets only)', () => {
  // The published table has neither Satuan nor Polaritas, and the workbook states neither: the sheet adds no empty column.
  it('says "terhadap target tahunan", carries KONDISI AWAL 2023 and the 2023 target, and has the published table\'s columns', async () => {
    const plan = buildReportPlans(await analyzeExample('biro-organisasi-tw1-2024.xlsx')).find((p) => p.kind === 'capaian-pk');
    const header = plan?.rows.find((r) => r.some((c) => textOf(c) === 'Indikator Kinerja')) ?? [];
    expect(header.map(textOf)).toEqual([
      'No', 'Sasaran Strategis', 'Indikator Kinerja', 'KONDISI AWAL 2023', 'TARGET TAHUN 2023 SEBELUM PERUBAHAN',
      'Target 2024', 'Realisasi 2024', 'Capaian (%) terhadap target tahunan', 'Kategori (terhadap target tahunan)', 'Catatan',
    ]);
    const budaya = plan?.rows.find((r) => textOf(r[2] ?? null) === 'Persentase Budaya Kerja Perangkat Daerah') ?? [];
    expect(budaya.slice(3, 5).map(textOf)).toEqual(['100%', '0%']);
  });
});

describe('a PK realisasi of zero, none, a word or a decimal, as the published table writes it', () => {
  const rows: (Cell | undefined)[][] = [
    [txt('Capaian Kinerja Triwulan II Tahun 2024')], [],
    ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)'].map(txt),
    [txt('1'), txt('Sasaran A'), txt('Indeks kepuasan layanan'), txt('Indeks'), num(80), num(76.5), undefined],
    [txt('2'), txt('Sasaran B'), txt('Persentase PD terhubung'), txt('%'), num(85), num(37.35), undefined],
    [txt('3'), txt('Sasaran C'), txt('Jumlah dokumen tersusun'), txt('Dokumen'), num(8), num(0), undefined],
    [txt('4'), txt('Sasaran D'), txt('Jumlah aplikasi terintegrasi'), txt('Aplikasi'), num(5), undefined, undefined],
    [txt('5'), txt('Sasaran E'), txt('Dokumen evaluasi tersedia'), txt('Dokumen'), txt('Tersedia'), txt('Tersedia'), undefined],
  ];
  const plan = pkPlanOf([{ name: 'PK', index: 0, rows, originRow: 0, originCol: 0, merges: [] }]);
  const header = plan.rows.find((r) => r.some((c) => textOf(c) === 'Indikator Kinerja')) ?? [];
  const col = (startsWith: string): string => String.fromCharCode(65 + header.findIndex((c) => (textOf(c ?? null) ?? '').startsWith(startsWith)));
  const rowOf = (indikator: string): number => plan.rows.findIndex((row) => textOf(row[2] ?? null) === indikator) + 1;
  const evaluated = evaluatePlanFormulas(plan);

  it.each([
    // indikator, realisasi cell, capaian as the sheet's formula gives it
    ['Indeks kepuasan layanan', { kind: 'number', value: 76.5, format: '[=76.5]"76,5";#,##0.##' }, 95.625],
    ['Persentase PD terhubung', { kind: 'number', value: 37.35, numberKind: 'countPercent' }, (37.35 / 85) * 100],
    ['Jumlah dokumen tersusun', { kind: 'number', value: 0, numberKind: 'countDash', format: '[>=1000]#\\.##0;[=0]"-";0' }, 0],
    ['Jumlah aplikasi terintegrasi', { kind: 'text', text: '-' }, '-'],
    ['Dokumen evaluasi tersedia', { kind: 'text', text: 'Tersedia' }, '-'],
  ])('%s', (indikator, realisasi, capaian) => {
    const r = rowOf(indikator);
    expect(cellAt(plan, `${col('Realisasi')}${r}`)).toMatchObject(realisasi);
    const got = evaluated.get(`${col('Capaian')}${r}`);
    if (typeof capaian === 'number') expect(got).toBeCloseTo(capaian, 6);
    else expect(got).toBe(capaian);
  });
});
