import fc from 'fast-check';
import type { Analysis } from '../../src/domain/analysis';
import { buildReportPlans } from '../../src/domain/report/build-report';
import { uniqueSheetNames } from '../../src/domain/report/plan-kit';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { agrees, formulaChecks } from './fixtures/plan-helpers';
import { budgetTable, recompute, seedAnalysis, seedTabel31Specs, TABEL31_COLUMNS } from './fixtures/seed-analysis';

const VALID_NAME = /^[^[\]:*?/\\]{1,31}$/;

function rangeBox(range: string): [number, number, number, number] {
  const [a, b = a] = range.split(':');
  const parse = (x: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(x);
    if (!m) throw new Error(`bad ${x}`);
    return [Number(m[2]), [...m[1]].reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0)];
  };
  const [r1, c1] = parse(a);
  const [r2, c2] = parse(b);
  return [r1, c1, r2, c2];
}

/** What a writer can rely on for any plan: no holes, valid merges, formulas that agree with their cached values. */
function expectWellFormed(plan: SheetPlan): void {
  for (const row of plan.rows) {
    for (let c = 0; c < row.length; c++) expect(row[c] === null || typeof row[c] === 'object').toBe(true);
  }
  const boxes = plan.merges.map(rangeBox);
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    const overlap = a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
    expect({ a: plan.merges[i], b, overlap }).toMatchObject({ overlap: false });
  }));
  for (const c of formulaChecks(plan)) expect({ ...c, ok: agrees(c.cached, c.computed) }).toMatchObject({ ok: true });
  expect(plan.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
  expect(plan.freeze?.rows).toBe(Number(plan.print.printTitleRows?.split(':')[1]));
}

describe('buildReportPlans on the seed analysis', () => {
  const plans = buildReportPlans(seedAnalysis());

  it('yields Tabel 3.1, the detail tables, the PK capaian and the findings, in that order', () => {
    expect(plans.map((p) => [p.kind, p.name])).toEqual([
      ['tabel-3.1', 'Lapkin Tabel 3.1'],
      ['detail', 'Lapkin Rincian Tabel 3.2'],
      ['detail', 'Lapkin Rincian Tabel 3.6'],
      ['capaian-pk', 'Lapkin Capaian PK'],
      ['temuan', 'Lapkin Temuan'],
    ]);
  });

  it.each(buildReportPlans(seedAnalysis()).map((p) => [p.name, p] as const))('%s is well formed for a writer', (_name, plan) => {
    expectWellFormed(plan);
  });

  it.each<[string, 'id' | 'en', string]>([
    ['Bahasa Indonesia', 'id', '&A – Halaman &P dari &N'],
    ['English', 'en', '&A – Page &P of &N'],
  ])('numbers the printed pages of every sheet in %s and centres the table', (_lang, lang, footer) => {
    for (const plan of buildReportPlans(seedAnalysis({ settings: { lang } }))) {
      expect(plan.print).toMatchObject({ footer, centerHorizontally: true });
    }
  });

  it('names sheets in English when lang = en', () => {
    expect(buildReportPlans(seedAnalysis({ settings: { lang: 'en' } })).map((p) => p.name)).toEqual([
      'Lapkin Table 3.1', 'Lapkin Detail Tabel 3.2', 'Lapkin Detail Tabel 3.6', 'Lapkin PK Achievement', 'Lapkin Findings',
    ]);
  });
});

describe('sheet names', () => {
  it.each<[string[], string[]]>([
    [['Lapkin Tabel 3.1', 'Lapkin Tabel 3.1'], ['Lapkin Tabel 3.1', 'Lapkin Tabel 3.1 (2)']],
    [['Lapkin Rincian Realisasi Bagian Tatalaksana 2024', 'Lapkin Rincian Realisasi Bagian Tatalaksana 2023'],
      ['Lapkin Rincian Realisasi Bagian', 'Lapkin Rincian Realisasi Ba (2)']],
    [['Lapkin Rincian TW I/2024', 'LAPKIN RINCIAN TW I 2024'], ['Lapkin Rincian TW I 2024', 'LAPKIN RINCIAN TW I 2024 (2)']],
    [['Lapkin Rincian [Tabel 3.2]*'], ['Lapkin Rincian  Tabel 3.2']],
  ])('%j → %j', (wanted, got) => {
    expect(uniqueSheetNames(wanted)).toEqual(got);
  });

  it('are always valid for Excel and unique ignoring case (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (wanted) => {
      const names = uniqueSheetNames(wanted);
      return names.every((n) => VALID_NAME.test(n)) && new Set(names.map((n) => n.toLowerCase())).size === names.length;
    }));
  });

  it('stay unique across plans when two source sheets share a long prefix', () => {
    const analysis = seedAnalysis();
    const long = 'Rincian Realisasi Bagian Kelembagaan';
    const t1 = recompute(budgetTable(`${long} 1`, 'detail', 4, [{ uraian: 'Sub', level: 'subKegiatan', pagu: 1, realisasi: 1 }], { uraian: 'B', pagu: 'C', realisasi: 'D' }));
    const t2 = recompute(budgetTable(`${long} 2`, 'detail', 4, [{ uraian: 'Sub', level: 'subKegiatan', pagu: 1, realisasi: 1 }], { uraian: 'B', pagu: 'C', realisasi: 'D' }));
    analysis.budgets = [...analysis.budgets, t1, t2, recompute(budgetTable('Tabel 3.1 (b)', 'tabel-3.1', 5, seedTabel31Specs(), TABEL31_COLUMNS))];
    const names = buildReportPlans(analysis).map((p) => p.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.every((n) => VALID_NAME.test(n))).toBe(true);
    expect(names).toContain('Lapkin Tabel 3.1 (2)');
  });
});

/** Every input text of an analysis lands in the plans as a text cell, never as a formula, whatever it starts with. */
function analysisWithTexts(uraian: string, sasaran: string, message: string): Analysis {
  const analysis = seedAnalysis();
  const specs = seedTabel31Specs();
  specs[4] = { ...specs[4], uraian };
  analysis.budgets[0] = recompute(budgetTable('Tabel 3.1', 'tabel-3.1', 5, specs, TABEL31_COLUMNS));
  analysis.indicators[0].results[0].source.sasaran = sasaran;
  analysis.indicators[0].results[0].source.indikator = uraian;
  analysis.findings = [{ rule: 'sum-mismatch', severity: 'error', sheet: 'Tabel 3.1', cell: 'C9', message, actual: uraian }];
  return analysis;
}

function textsIn(plans: SheetPlan[]): { texts: string[]; formulas: string[] } {
  const texts: string[] = [];
  const formulas: string[] = [];
  for (const p of plans) for (const row of p.rows) for (const c of row) {
    if (c?.kind === 'text' || c?.kind === 'link') texts.push(c.text.trim());
    if (c?.kind === 'formula') formulas.push(c.formula);
  }
  return { texts, formulas };
}

describe('input text never becomes a formula', () => {
  it.each([
    ['=SUM(C7:C9)'],
    ['=1+1'],
    ['+62 812 3456 789'],
    ['-'],
    ['@Belanja Lembur'],
    ['=HYPERLINK("http://contoh.id","klik")'],
  ])('%s stays text wherever it appears', (evil) => {
    const plans = buildReportPlans(analysisWithTexts(evil, evil, evil));
    const { texts, formulas } = textsIn(plans);
    expect(texts.filter((x) => x === evil.trim()).length).toBeGreaterThanOrEqual(4);
    expect(formulas).not.toContain(evil.replace(/^=/, ''));
  });

  it('holds for any text (property)', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 1), (s) => {
      const plans = buildReportPlans(analysisWithTexts(s, s, s));
      const { texts, formulas } = textsIn(plans);
      return texts.includes(s.trim()) && !formulas.includes(s.replace(/^=/, '').trim());
    }), { numRuns: 40 });
  });
});
