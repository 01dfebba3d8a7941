/**
 * Lapkin's Rincian Rencana Kerja with a fault planted in the list: the row the settlement finds wrong shows the
 * settled figure with the stated one beside it in red and one sentence saying why; the programme above it adds up
 * again; the headers use the list's own word for its amount.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import { buildReportPlans } from '../../src/domain/report/build-report';
import type { PlanCell } from '../../src/domain/report/sheet-plan';
import { workbook } from '../settle/workbook';

const shown = (c: PlanCell | null | undefined): unknown => (c?.kind === 'number' ? c.value : c?.kind === 'formula' ? c.cached : c?.kind === 'text' ? c.text : undefined);

describe('Rincian Rencana Kerja with kegiatan 2.2 typed 301.234.000', () => {
  const plan = buildReportPlans(analyzeWorkbook(workbook({ 'Rencana Kerja!C8': 301_234_000 }))).find((p) => p.name.includes('Rencana Kerja'));
  const row = (uraian: string): (PlanCell | null)[] => plan?.rows.find((r) => String(shown(r[1]) ?? '').trim() === uraian) ?? [];

  it('titles its columns with the list\'s own word', () => {
    expect(plan?.rows.find((r) => shown(r[0]) === 'No')?.map(shown)).toEqual(['No', 'Program / Kegiatan', 'Anggaran', 'Tertulis di sumber: Anggaran', 'Catatan']);
  });

  it('shows the settled 300.000.000 beside the stated 301.234.000, in red, with its reason', () => {
    const r = row('Kegiatan Fasilitasi Reformasi Birokrasi');
    expect(shown(r[2])).toBe(300_000_000);
    expect(shown(r[3])).toBe(301_234_000);
    expect(r[3]?.style).toBe('stated');
    expect(String(shown(r[4]))).toContain('seharusnya 300.000.000 (lebih 1.234.000)');
  });

  it('keeps the programme at its true 700.000.000 and the Total at 1.000.000.000, nothing red there', () => {
    const program = row('Program Penataan Organisasi');
    expect(shown(program[2])).toBe(700_000_000);
    expect(program[3]?.style).not.toBe('stated');
    expect(shown(row('Total')[2])).toBe(1_000_000_000);
  });
});
