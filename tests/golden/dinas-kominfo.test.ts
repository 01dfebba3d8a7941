/**
 * The mapping's real test: a workbook laid out unlike the seed (title block, Uraian before Kode, a two-row header
 * on row 8, extra columns, blank separator rows, % fractions, formula totals, 4-digit codes, a Polaritas column,
 * date cells). The faults were planted by scripts/examples/dinas-kominfo.ts; Lapkin must find exactly these.
 */
import type { Analysis } from '../../src/domain/analysis';
import { analyzeExample, key } from './analyze-example';

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyzeExample('dinas-kominfo-tw2-2024.xlsx');
});

describe('the Dinas Kominfo example workbook', () => {
  it('maps the reordered columns by their headers', () => {
    expect(analysis.period).toEqual({ year: 2024, quarter: 2 });
    const sheet = analysis.mapping.sheets.find((s) => s.sheet === 'Realisasi TW II');
    expect(sheet?.kind).toBe('tabel-3.1');
    expect(sheet?.headerRow).toBe(8);
    expect(sheet?.firstDataRow).toBe(10);
    const roles = Object.fromEntries((sheet?.columns ?? []).filter((c) => c.role !== 'ignore').map((c) => [c.column, c.role]));
    expect(roles).toMatchObject({ A: 'uraian', B: 'kode', C: 'pagu', D: 'target', E: 'realisasi', F: 'capaian' });
    expect(analysis.mapping.sheets.find((s) => s.sheet === 'IKU 2024')?.columns).toEqual(
      expect.arrayContaining([expect.objectContaining({ column: 'E', role: 'polaritas' })]),
    );
  });

  it('finds the planted faults and nothing else', () => {
    expect(analysis.findings.map(key)).toEqual([
      'capaian-mismatch IKU 2024!H8',
      'capaian-undefined IKU 2024!F10',
      'over-budget Realisasi TW II!E21',
      'sum-mismatch Realisasi TW II!E26',
      'percent-mismatch Realisasi TW II!F28',
      'duplicate-code Realisasi TW II!B29',
      'date-invalid Jadwal Kegiatan!C6',
      'date-out-of-period Jadwal Kegiatan!C7',
    ]);
  });

  it('uses negative polarity as (2T − R) / T by default, T / R when set', async () => {
    expect(analysis.findings.find((f) => f.cell === 'H8')?.expected).toBe('87,50');
    const tr = await analyzeExample('dinas-kominfo-tw2-2024.xlsx', { negativeFormula: 'T/R' });
    const h8 = tr.findings.find((f) => f.sheet === 'IKU 2024' && f.cell === 'H8');
    expect(h8?.expected).toBe('88,89');
    const siber = tr.indicators[0].results.find((r) => r.source.indikator.startsWith('Jumlah insiden'));
    expect(siber?.capaian).toBeCloseTo(166.67, 2);
  });

  it('recomputes the totals over the formula rows', () => {
    const t = analysis.budgets[0];
    expect(t.total.pagu).toBe(2_875_750_000);
    expect(t.total.target).toBe(1_437_875_000);
    expect(t.total.realisasi).toBe(1_329_695_000);
  });

  it('shows stated values as the planner sees them', () => {
    expect(analysis.findings.find((f) => f.rule === 'percent-mismatch')?.actual).toBe('28,32%');
    expect(analysis.findings.find((f) => f.rule === 'over-budget')?.actual).toBe('231.000.000');
    expect(analysis.findings.find((f) => f.rule === 'date-out-of-period')?.actual).toBe('8 Juli 2024');
  });
});
