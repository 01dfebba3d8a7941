/**
 * On both bundled examples, a Catatan says which column a fault is in and why, in plain words: no part of any
 * Catatan on Tabel 3.1, the Rincian sheets or Capaian PK is a bare rule name ("Nilai kosong", "Pemisah angka gaya
 * Inggris", "Capaian tidak sesuai") that leaves the planner to guess the column.
 */
import type { Analysis } from '../../src/domain/analysis';
import { buildReportPlans } from '../../src/domain/report/build-report';
import { reportLabels } from '../../src/domain/report/labels';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { analyzeExample } from '../golden/analyze-example';
import { rowWithText, textOf } from './fixtures/plan-helpers';

const EXAMPLES = ['biro-organisasi-tw1-2024.xlsx', 'dinas-kominfo-tw2-2024.xlsx'];
const analyses = new Map<string, Analysis>();
beforeAll(async () => {
  for (const e of EXAMPLES) analyses.set(e, await analyzeExample(e));
});

const catatan = (plan: SheetPlan): string[] => {
  const header = plan.rows.findIndex((r) => r.some((c) => textOf(c ?? null) === 'Catatan'));
  const col = plan.rows[header].findIndex((c) => textOf(c ?? null) === 'Catatan');
  return plan.rows.slice(header + 1).map((r) => textOf(r[col] ?? null) ?? '').filter((t) => t !== '');
};

describe.each(EXAMPLES)('%s', (example) => {
  it('has no bare rule name for a one-figure fault in any Catatan', () => {
    const labels = reportLabels('id');
    const bare = (['missing-value', 'separator-style', 'items-below-total', 'capaian-mismatch', 'capaian-undefined'] as const).map((r) => labels.rule(r));
    const plans = buildReportPlans(analyses.get(example) as Analysis).filter((p) => p.kind !== 'temuan');
    const parts = plans.flatMap((p) => catatan(p).flatMap((t) => t.split('; ')));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.filter((p) => bare.includes(p))).toEqual([]);
  });
});

describe('Capaian PK of the Biro Organisasi example: each Catatan names its column', () => {
  it.each([
    ['Hasil Evaluasi Kelembagaan PD Provinsi', 'Capaian kosong di sumber'],
    ['Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja Perangkat Daerah Lingkup Pemerintah Provinsi Nusa Tenggara Timur', 'Capaian tertulis 100, hasil hitung ulang 0,00'],
    ['Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja pada Kabupaten /Kota', 'Realisasi ditulis dengan pemisah gaya Inggris; Capaian tertulis 100, hasil hitung ulang 13,36'],
    ['Indeks Kepuasan masyarakat', 'Capaian tidak dapat dihitung: realisasi kosong'],
    ['Persentase kualitas pelayanan ketatausahaan Biro', 'Realisasi dan capaian ditulis dengan pemisah gaya Inggris'],
  ])('%s: %s', (indikator, note) => {
    const plan = buildReportPlans(analyses.get(EXAMPLES[0]) as Analysis).find((p) => p.kind === 'capaian-pk') as SheetPlan;
    const row = plan.rows[rowWithText(plan, 'C', indikator) - 1];
    expect(textOf(row[row.length - 1] ?? null)).toBe(note);
  });
});

describe('Tabel 3.1 of the Dinas Kominfo example: rows that change only because a row under them did say so', () => {
  it.each([
    ['2.16.03', 'Realisasi ikut berubah: kegiatan 2.16.03.1.02 berkurang 9.000.000'],
    ['TOTAL', 'Realisasi ikut berubah: program 2.16.03 berkurang 9.000.000'],
  ])('%s: %s', (kode, sentence) => {
    const plan = buildReportPlans(analyses.get(EXAMPLES[1]) as Analysis).find((p) => p.kind === 'tabel-3.1') as SheetPlan;
    const at = kode === 'TOTAL' ? rowWithText(plan, 'B', 'TOTAL') : rowWithText(plan, 'A', kode);
    const row = plan.rows[at - 1];
    expect((textOf(row[row.length - 1] ?? null) ?? '').split('; ')).toContain(sentence);
  });
});
