/**
 * Lapkin's detail sheets of the bundled example where a stated total is borne out by every other level while the
 * rows under it do not add up: the sheet shows the stated total (not the sum the evidence contradicts), nothing red
 * on that row, and a Catatan naming the column and the parts likely wrong, as Tabel 3.1 does.
 */
import type { Analysis } from '../../src/domain/analysis';
import { buildReportPlans } from '../../src/domain/report/build-report';
import type { PlanCell, SheetPlan } from '../../src/domain/report/sheet-plan';
import { analyzeExample } from '../golden/analyze-example';
import { agrees, formulaChecks, rowWithText, textOf } from './fixtures/plan-helpers';

let analysis: Analysis;
let plans: SheetPlan[];
beforeAll(async () => {
  analysis = await analyzeExample('biro-organisasi-tw1-2024.xlsx');
  plans = buildReportPlans(analysis);
});

const value = (c: PlanCell | null | undefined): number | string | null | undefined =>
  !c ? undefined : c.kind === 'number' ? c.value : c.kind === 'formula' ? c.cached : c.kind === 'text' ? c.text : undefined;
const sheet = (name: string): SheetPlan => {
  const p = plans.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name}`);
  return p;
};

describe('Rincian Rencana Kerja: programme I stated 661.473.673, its nine kegiatan 771.171.073', () => {
  // Columns: A No, B Program / Kegiatan, C Anggaran, D stated Anggaran, E Catatan.
  const row = (uraian: string): (PlanCell | null)[] => sheet('Lapkin Rincian Rencana Kerja').rows[rowWithText(sheet('Lapkin Rincian Rencana Kerja'), 'B', uraian) - 1];

  it('shows the stated 661.473.673 that the PK, Tabel 3.1 and JUMLAH bear out, not red, with nothing beside it', () => {
    const r = row('Program Penunjang Urusan Pemerintahan Daerah Provinsi');
    expect(value(r[2])).toBe(661_473_673);
    expect(r[2]?.kind).toBe('number');
    expect(textOf(r[3] ?? null) ?? '').toBe('');
    expect(r.some((c) => c?.style === 'stated')).toBe(false);
  });

  it('says in the Catatan which column, the kegiatan sum, and that one kegiatan is likely 109.697.400 too high', () => {
    const note = String(value(row('Program Penunjang Urusan Pemerintahan Daerah Provinsi')[4]));
    expect(note).toMatch(/^Anggaran: sembilan kegiatan berjumlah 771\.171\.073;/);
    expect(note).toContain('kemungkinan satu kegiatan lebih 109.697.400');
  });

  it('totals 1.500.000.000, the unit\'s pagu, and every formula computes its cached value', () => {
    expect(value(row('Total')[2])).toBe(1_500_000_000);
    for (const c of formulaChecks(sheet('Lapkin Rincian Rencana Kerja'))) expect(agrees(c.cached, c.computed)).toBe(true);
  });
});

describe('Rincian Kelembagaan: Total realisasi stated 62.303.503, its three sub kegiatan 62.323.503', () => {
  // Columns: A No, B uraian, C alokasi, D realisasi, E %, F–H stated, I Catatan.
  const plan = (): SheetPlan => sheet('Lapkin Rincian Kelembagaan');
  const total = (): (PlanCell | null)[] => plan().rows[rowWithText(plan(), 'B', 'Total') - 1];

  it('shows the borne-out 62.303.503 and its 33,87 %, so neither stated figure is red', () => {
    expect(value(total()[3])).toBe(62_303_503);
    expect(Number(value(total()[4])).toFixed(2)).toBe('33.87');
    expect(total().some((c) => c?.style === 'stated')).toBe(false);
  });

  it('names the column in the Catatan and the 20.000 a sub kegiatan likely has too much', () => {
    const note = String(value(total()[8]));
    expect(note).toMatch(/^Realisasi: tiga sub kegiatan berjumlah 62\.323\.503;/);
    expect(note).toContain('kemungkinan satu sub kegiatan lebih 20.000');
    for (const c of formulaChecks(plan())) expect(agrees(c.cached, c.computed)).toBe(true);
  });
});

describe('the rows that could hold the difference say so on their own rows', () => {
  const note = (sheetName: string, uraian: string): string[] => {
    const p = sheet(sheetName);
    const r = p.rows[rowWithText(p, 'B', uraian) - 1];
    return String(value(r[r.length - 1]) ?? '').split('; ');
  };

  // 109.697.400 too much: only the two kegiatan stating at least that much could hold it.
  it.each([
    ['Kegiatan Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah', true],
    ['Kegiatan Administrasi Umum Perangkat Daerah', true],
    ['Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD', false],
  ])('Rencana Kerja: %s is a suspect: %p', (uraian, suspect) => {
    const sentence = 'Anggaran: satu dari dua kegiatan pada Program Penunjang Urusan Pemerintahan Daerah Provinsi kemungkinan lebih 109.697.400 — cocokkan dengan DPA';
    expect(note('Lapkin Rincian Rencana Kerja', uraian).includes(sentence)).toBe(suspect);
  });

  it.each([
    ['Fasilitasi Kelembagaan Provinsi', true],
    ['Fasilitasi Kelembagaan Kabupaten/ Kota', false],
    ['Fasilitasi Analisis Jabatan', true],
  ])('Kelembagaan: %s is a suspect for the 20.000: %p', (uraian, suspect) => {
    const sentence = 'Realisasi: satu dari dua sub kegiatan pada tabel ini kemungkinan lebih 20.000 — cocokkan dengan bukti realisasi (SP2D)';
    expect(note('Lapkin Rincian Kelembagaan', uraian).includes(sentence)).toBe(suspect);
  });
});
