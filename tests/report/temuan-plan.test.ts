import { buildReportPlans } from '../../src/domain/report/build-report';
import type { Finding } from '../../src/domain/findings';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import type { Settings } from '../../src/domain/settings';
import { cellAt, textOf } from './fixtures/plan-helpers';
import { seedAnalysis, seedFindings, type SeedOptions } from './fixtures/seed-analysis';

function temuan(opts: SeedOptions = {}): SheetPlan {
  const plan = buildReportPlans(seedAnalysis(opts)).find((p) => p.kind === 'temuan');
  if (!plan) throw new Error('no temuan plan');
  return plan;
}

/** The seed's findings as the Temuan sheet lists them: errors, warnings, info; each in sheet, row, column order. */
function temuanOrder(): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 };
  return seedFindings().sort((a, b) => rank[a.severity] - rank[b.severity]);
}

describe('temuan plan from the seed findings', () => {
  const plan = temuan();
  const findings = temuanOrder();

  it('counts findings per severity at the top', () => {
    expect(textOf(cellAt(plan, 'A1'))).toBe('Temuan Pemeriksaan');
    const counts = [2, 3, 4].map((r) => [textOf(cellAt(plan, `B${r}`)), cellAt(plan, `C${r}`)]);
    expect(counts).toEqual([
      ['Kesalahan', expect.objectContaining({ kind: 'number', value: findings.filter((f) => f.severity === 'error').length })],
      ['Peringatan', expect.objectContaining({ kind: 'number', value: 1 })],
      ['Info', expect.objectContaining({ kind: 'number', value: 1 })],
    ]);
  });

  it('has the header row frozen, repeated on print, and filterable over every finding', () => {
    expect(plan.rows[5].map(textOf)).toEqual(['No', 'Sheet', 'Sel', 'Aturan', 'Tingkat', 'Pesan', 'Nilai tertulis', 'Seharusnya', 'Saran']);
    expect(plan.freeze).toEqual({ rows: 6, cols: 0 });
    expect(plan.print.printTitleRows).toBe('6:6');
    expect(plan.autoFilter).toBe(`A6:I${6 + findings.length}`);
  });

  it.each(temuanOrder().map((f, i) => [i + 1, f.sheet, f.cell, f.rule] as const))(
    'finding %d links to %s!%s (%s)', (no, sheet, cell) => {
      const r = 6 + no;
      expect(cellAt(plan, `A${r}`)).toMatchObject({ kind: 'number', value: no });
      expect(cellAt(plan, `C${r}`)).toEqual({ kind: 'link', text: cell, sheet, cell, style: 'link' });
      expect(textOf(cellAt(plan, `B${r}`))).toBe(sheet);
    });

  it('shows the stated value, the expected one and the suggestion of a finding', () => {
    const r = 6 + findings.findIndex((f) => f.cell === 'D18') + 1;
    expect([4, 5, 6, 7, 8, 9].map((c) => textOf(plan.rows[r - 1][c - 1]))).toEqual([
      'Format angka salah', 'Kesalahan', 'Angka "375.000.00" tidak terbaca: kelompok digit terakhir hanya dua angka', '375.000.00', '', '375.000.000',
    ]);
    expect(cellAt(plan, `E${r}`)?.style).toBe('flagged');
  });

  it.each<[Settings['lang'], string[]]>([
    ['id', ['Kesalahan', 'Peringatan', 'Info']],
    ['en', ['Error', 'Warning', 'Info']],
  ])('labels severities in %s', (lang, labels) => {
    const p = temuan({ settings: { lang } });
    const bySeverity = (sev: string): string | undefined => {
      const i = temuanOrder().findIndex((f) => f.severity === sev);
      return textOf(cellAt(p, `E${7 + i}`));
    };
    expect(['error', 'warning', 'info'].map(bySeverity)).toEqual(labels);
  });

  it('says so when there are no findings, still with its header', () => {
    const p = temuan({ findings: [] });
    expect(textOf(cellAt(p, 'A7'))).toBe('Tidak ada temuan.');
    expect([2, 3, 4].map((r) => cellAt(p, `C${r}`))).toEqual([0, 0, 0].map((v) => expect.objectContaining({ value: v })));
  });

  it('keeps a finding without a cell as plain text rather than a dead link', () => {
    const p = temuan({ findings: [{ rule: 'header-mismatch', severity: 'warning', sheet: 'Tabel 3.2', cell: '', message: 'Kolom Target berisi rupiah' }] });
    expect(cellAt(p, 'C7')).toMatchObject({ kind: 'text', text: '' });
  });

  it('orders findings by severity, then sheet (workbook order), then row, then column, whatever order they come in', () => {
    const at = (severity: Finding['severity'], sheet: string, cell: string): Finding =>
      ({ rule: 'sum-mismatch', severity, sheet, cell, message: `${sheet}!${cell}` });
    const given = [
      at('info', 'Tabel 3.1', 'A1'), at('warning', 'Capaian PK', 'B2'), at('error', 'Capaian PK', 'C3'),
      at('error', 'Tabel 3.1', 'AA9'), at('error', 'Tabel 3.1', 'C10'), at('warning', 'Tabel 3.2', 'D4'),
      at('error', 'Tabel 3.1', 'B9'), at('warning', 'Tabel 3.2', 'C4'), at('error', 'Tabel 3.2', 'Z1'),
    ];
    const p = temuan({ findings: given });
    const listed = given.map((_, i) => `${textOf(cellAt(p, `B${7 + i}`))}!${textOf(cellAt(p, `C${7 + i}`))}`);
    expect(listed).toEqual([
      'Tabel 3.1!B9', 'Tabel 3.1!AA9', 'Tabel 3.1!C10', 'Tabel 3.2!Z1', 'Capaian PK!C3',
      'Tabel 3.2!C4', 'Tabel 3.2!D4', 'Capaian PK!B2',
      'Tabel 3.1!A1',
    ]);
    expect(given.map((_, i) => cellAt(p, `A${7 + i}`))).toEqual(given.map((_, i) => expect.objectContaining({ value: i + 1 })));
  });
});
