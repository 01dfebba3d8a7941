import fc from 'fast-check';
import { evaluatePlanFormulas } from '../../src/domain/formula/plan-formulas';
import { sumFormula } from '../../src/domain/report/plan-kit';
import type { PlanCell, SheetPlan } from '../../src/domain/report/sheet-plan';

function sheet(rows: (PlanCell | null)[][]): SheetPlan {
  return {
    name: 't', kind: 'tabel-3.1', rows, styles: {}, merges: [], widths: [], conditionalFormats: [], charts: [],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
  };
}
const n = (value: number): PlanCell => ({ kind: 'number', value });
const t = (text: string): PlanCell => ({ kind: 'text', text });
const f = (formula: string): PlanCell => ({ kind: 'formula', formula, cached: null });

/** A1 = 75.000.000, B1 = 28.331.441, C1 blank, D1 "-" as text, E1 = 0, F1 "Rp. 2,100,000" as text, A2 = 30.356.250 */
const BASE: (PlanCell | null)[][] = [
  [n(75000000), n(28331441), null, t('-'), n(0), t('Rp. 2,100,000')],
  [n(30356250)],
];

function evalOne(formula: string): number | string | null | undefined {
  return evaluatePlanFormulas(sheet([...BASE, [f(formula)]])).get('A3');
}

describe('evaluatePlanFormulas', () => {
  it.each<[string, number | string]>([
    ['SUM(A1:B1)', 103331441],
    ['SUM(A1,A2)', 105356250],
    ['SUM(A1:F1)', 103331441],
    ['SUM(A1:A2,B1)', 133687691],
    ['SUM(SUM(A1),SUM(A2))', 105356250],
    ['SUM(C1)', 0],
    ['SUM()', 0],
    ['B1/A1*100', (28331441 / 75000000) * 100],
    ['IF(A1=0,"-",B1/A1*100)', (28331441 / 75000000) * 100],
    ['IF(E1=0,"-",B1/E1*100)', '-'],
    ['IF(C1=0,"-",B1/C1*100)', '-'],
    ['B1/E1', '#DIV/0!'],
    ['A1+D1', '#VALUE!'],
    ['A1+C1', 75000000],
    ['-A1+2*3', -74999994],
    ['(2*8-9)/8*100', 87.5],
    ['2+3*4-6/2', 11],
    ['IF(C1="","kosong","isi")', 'kosong'],
    ['IF(E1="","kosong","isi")', 'isi'],
    ['IF(D1="-","-",1)', '-'],
    ['IF(D1>=91,"ya","tidak")', 'ya'],
    ['IF(A1>=91,"Sangat Tinggi",IF(A1>=76,"Tinggi","Rendah"))', 'Sangat Tinggi'],
    ['IF(1=2,"a")', 'FALSE'],
    ['IF(A1<>A2,"beda","sama")', 'beda'],
    ['IF(AND(A1>0,OR(C1="",E1=1)),1,0)', 1],
    ['"Rp "&A2', 'Rp 30356250'],
    ['"say ""hai"""', 'say "hai"'],
    ['N(D1)+N(A2)', 30356250],
    ['ISNUMBER(A1)', 'TRUE'],
    ['ISNUMBER(E1)', 'TRUE'],
    ['ISNUMBER(C1)', 'FALSE'],
    ['ISNUMBER(D1)', 'FALSE'],
    ['ISNUMBER("12")', 'FALSE'],
    ['ISNUMBER(B1/E1)', 'FALSE'],
    ['ISBLANK(C1)', 'TRUE'],
    ['ISBLANK(E1)', 'FALSE'],
    ['ISBLANK(D1)', 'FALSE'],
    ['ISBLANK("")', 'FALSE'],
    // The Capaian PK guard: a realisasi of none written "-" (D1) or left blank (C1) gives "-", never #VALUE!.
    ['IF(ISNUMBER(A1),IF(A1=0,"-",IF(ISNUMBER(D1),D1/A1*100,"-")),"-")', '-'],
    ['IF(ISNUMBER(A1),IF(A1=0,"-",IF(ISNUMBER(C1),C1/A1*100,"-")),"-")', '-'],
    ['IF(ISNUMBER(C1),IF(C1=0,"-",IF(ISNUMBER(B1),B1/C1*100,"-")),"-")', '-'],
    ['IF(ISNUMBER(A1),IF(A1=0,"-",IF(ISNUMBER(E1),E1/A1*100,"-")),"-")', 0],
    ['$A$1', 75000000],
    ['C1', 0],
    [' SUM( A1 , A2 ) ', 105356250],
    ['ROUND(B1/A1*100,2)', 37.78],
    ['ROUND(1.005,2)', 1.01],
    ['ROUND(-2.5,0)', -3],
    ['ROUND(1234567,-3)', 1235000],
    ['IFERROR(B1/E1*100,0)', 0],
    ['IFERROR(B1/A1*100,0)', (28331441 / 75000000) * 100],
    ['IFERROR(A1+D1,"-")', '-'],
    ['80%*A1', 60000000],
    ['-2^2', 4],
    ['2^3^2', 64],
    ['MIN(A1:B1)', 28331441],
    ['MAX(A1:A2,1)', 75000000],
    ['ABS(-A2)', 30356250],
    ['AVERAGE(A1,A2)', 52678125],
    ['IF(TRUE,1,2)', 1],
    ['A1-B1-A2', 75000000 - 28331441 - 30356250],
  ])('%s = %p', (formula, want) => {
    const got = evalOne(formula);
    if (typeof want === 'number') expect(got).toBeCloseTo(want, 9);
    else expect(got).toBe(want);
  });

  it('evaluates formulas that depend on other formulas, and reports a cycle instead of looping', () => {
    const out = evaluatePlanFormulas(sheet([[n(1), f('A1+1'), f('B1*10')], [f('B2+1'), f('A2+1')]]));
    expect([out.get('B1'), out.get('C1')]).toEqual([2, 20]);
    expect(out.get('A2')).toBe('#CYCLE!');
  });

  it.each(['SUM(A1', 'VLOOKUP(A1,A1:B2,2)', 'Sheet2!A1', 'A1 +', '1 2'])('refuses %s outside the subset', (formula) => {
    expect(() => evalOne(formula)).toThrow();
  });
});

describe('evaluator properties', () => {
  const amount = fc.integer({ min: 0, max: 2_000_000_000 });

  it('SUM over sumFormula(rows) equals the sum of those rows, however scattered', () => {
    fc.assert(fc.property(fc.array(amount, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(39), { maxLength: 40 }), (values, picks) => {
      const rows = values.map((v) => [null, null, n(v)]);
      const chosen = [...new Set(picks.filter((p) => p < values.length))];
      rows.push([null, null, f(sumFormula(2, chosen.map((p) => p + 1)))]);
      const got = evaluatePlanFormulas(sheet(rows)).get(`C${rows.length}`);
      return got === chosen.reduce((s, p) => s + values[p], 0);
    }));
  });

  it('sumFormula collapses runs: it never lists a row twice and never names a row it was not given', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 60 }), (rows) => {
      const formula = sumFormula(2, rows);
      const named: number[] = [];
      for (const part of formula.replace(/^SUM\(|\)$/g, '').split(',')) {
        const [a, b] = part.split(':').map((x) => Number(x.slice(1)));
        for (let r = a; r <= (b ?? a); r++) named.push(r);
      }
      return named.length === rows.length && [...named].sort((x, y) => x - y).join() === [...rows].sort((x, y) => x - y).join();
    }));
  });

  it('nests SUM beyond Excel’s 255 arguments and still adds up', () => {
    const rows = Array.from({ length: 600 }, (_, i) => i * 2 + 1);
    const formula = sumFormula(0, rows);
    expect(formula.startsWith('SUM(SUM(')).toBe(true);
    const plan: (PlanCell | null)[][] = Array.from({ length: 1200 }, (_, i) => [i % 2 === 0 ? n(i + 1) : null]);
    plan.push([f(formula)]);
    expect(evaluatePlanFormulas(sheet(plan)).get('A1201')).toBe(rows.reduce((s, r) => s + r, 0));
  });

  it('arithmetic on cells matches JavaScript for + - * and guarded /', () => {
    const ops = fc.constantFrom('+', '-', '*', '/');
    fc.assert(fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), ops, (a, b, op) => {
      const got = evaluatePlanFormulas(sheet([[n(a), n(b), f(`IF(B1=0,"-",A1${op}B1)`)]])).get('C1');
      if (b === 0) return got === '-';
      const want = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
      return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
    }));
  });
});
