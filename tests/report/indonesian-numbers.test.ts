/**
 * The literal-separator number codes, drawn by a small model of Excel's digit placement (conditions, "#"/"0"
 * placeholders filled from the right, literals always drawn, "%" scaling by 100, one-section minus). The model is
 * checked against what LibreOffice drew for the same codes (README: Angka Indonesia), so these tables say what a
 * planner sees: a cell's own code, and every conditional rule that holds for the value, draw the same text.
 */
import {
  AMOUNT, COUNT, COUNT_DASH, COUNT_PERCENT, PERCENT, WHOLE_PERCENT, WHOLE_PERCENT_DASH, axisFormat, exactDecimalFormat, groupsOf, numberFormat, numberFormatRules, numberRuleExpression, numberRules,
  type NumberKind,
} from '../../src/domain/report/indonesian-numbers';
import type { ConditionalNumberFormat, PlanCell } from '../../src/domain/report/sheet-plan';
import { buildReportPlans } from '../../src/domain/report/build-report';
import { seedAnalysis } from './fixtures/seed-analysis';

/** Splits a code at unquoted, unescaped ";". */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\' && !quoted) {
      cur += ch + code[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  return [...out, cur];
}

type Token = { kind: 'digit'; zero: boolean } | { kind: 'literal'; text: string };

function draw(section: string, value: number, minus: boolean): string {
  const tokens: Token[] = [];
  let scale = 1;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '\\') tokens.push({ kind: 'literal', text: section[++i] });
    else if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ kind: 'literal', text: section.slice(i + 1, end) });
      i = end;
    } else if (ch === '#' || ch === '0') tokens.push({ kind: 'digit', zero: ch === '0' });
    else {
      if (ch === '%') scale *= 100;
      tokens.push({ kind: 'literal', text: ch });
    }
  }
  let digits = String(Math.round(Math.abs(value) * scale));
  if (digits === '0') digits = '';
  const slots = tokens.filter((t) => t.kind === 'digit').length;
  let slot = 0;
  const out = tokens.map((t) => {
    if (t.kind === 'literal') return t.text;
    const fromRight = slots - 1 - slot++;
    const i = digits.length - 1 - fromRight;
    if (fromRight === slots - 1 && i > 0) return digits.slice(0, i + 1);
    return i >= 0 ? digits[i] : t.zero ? '0' : '';
  });
  return (minus ? '-' : '') + out.join('');
}

/** What a host draws for `value` under `code` (the subset of codes Lapkin writes). */
function shown(code: string, value: number): string {
  const parts = sections(code);
  const cond = /^\[(>=|=|<)(-?\d+(?:\.\d+)?)\]/;
  if (!cond.test(parts[0])) return draw(parts[0], value, value < 0);
  for (const p of parts) {
    const m = cond.exec(p);
    if (!m) return draw(p, value, false);
    const limit = Number(m[2]);
    const holds = m[1] === '>=' ? value >= limit : m[1] === '=' ? value === limit : value < limit;
    if (holds) return draw(p.slice(m[0].length), value, false);
  }
  return String(value);
}

function holds(rule: ConditionalNumberFormat, v: number): boolean {
  if (rule.kind === 'zero') return v === 0;
  const a = Math.abs(v);
  return a >= rule.absFrom && (rule.absBelow === undefined || a < rule.absBelow) && !(rule.nonZero && v === 0);
}

const cases = (kind: NumberKind, table: [number, string][]) => table.map(([v, text]) => [kind.name, v, text] as const);

describe('numbers drawn with literal Indonesian separators', () => {
  it.each([
    ...cases(AMOUNT, [
      [0, '-'], [7, '7'], [999, '999'], [1000, '1.000'], [999_999, '999.999'], [1_000_000, '1.000.000'],
      [1_499_900_000, '1.499.900.000'], [12_345_678_901, '12.345.678.901'], [1_500_000_000_000, '1.500.000.000.000'],
      [-7, '-7'], [-5000, '-5.000'], [-1_499_900_000, '-1.499.900.000'],
    ]),
    ...cases(PERCENT, [
      [0, '-'], [5, '5,00 %'], [37.775, '37,78 %'], [37.78, '37,78 %'], [100, '100,00 %'], [112.5, '112,50 %'],
      [1234.5, '1.234,50 %'], [-12.5, '-12,50 %'],
    ]),
    ...cases(COUNT, [[0, '0'], [3, '3'], [100, '100'], [1500, '1.500']]),
    ...cases(COUNT_DASH, [[0, '-'], [33, '33'], [2024, '2.024']]),
    ...cases(COUNT_PERCENT, [[37.35, '37,35 %'], [13.36, '13,36 %'], [96.96, '96,96 %']]),
    ...cases(WHOLE_PERCENT, [[0, '0 %'], [100, '100 %']]),
    ...cases(WHOLE_PERCENT_DASH, [[0, '-'], [26, '26 %']]),
  ])('%s %p reads "%s" in its own code and in the rule that holds for it', (name, value, text) => {
    const kind = [AMOUNT, PERCENT, COUNT, COUNT_DASH, COUNT_PERCENT, WHOLE_PERCENT, WHOLE_PERCENT_DASH].find((k) => k.name === name) as NumberKind;
    expect(shown(numberFormat(kind, value), value)).toBe(text);
    const rules = numberRules(kind).filter((r) => holds(r, value));
    expect(rules).toHaveLength(1);
    expect(shown(rules[0].format, value)).toBe(text);
  });

  it('covers the neighbouring magnitudes in a cell\'s own code, so a changed sum still reads right', () => {
    const code = numberFormat(AMOUNT, 654_595_077);
    expect([999_999, 654_495_077, 1_500_000_000].map((v) => shown(code, v))).toEqual(['999.999', '654.495.077', '1.500.000.000']);
  });

  it('never puts a minus sign through a condition: a negative cell has a one-section code', () => {
    for (const v of [-7, -5000, -1e12]) expect(numberFormat(AMOUNT, v)).not.toMatch(/[[;]/);
    for (const rule of numberRules(PERCENT)) expect(rule.format).not.toMatch(/[[;]/);
  });

  it('labels a chart axis up to 1.500.000.000 and one up to 900.000 with their own codes', () => {
    expect([0, 200_000_000, 1_600_000_000].map((v) => shown(axisFormat(1_500_000_000), v))).toEqual(['0', '200.000.000', '1.600.000.000']);
    expect([0, 200, 1_000_000].map((v) => shown(axisFormat(900_000), v))).toEqual(['0', '200', '1.000.000']);
  });

  it.each([[76.5, '76,5'], [2.85, '2,85'], [3.1, '3,1'], [1234.25, '1.234,25'], [-2.5, '-2,5']])(
    'draws a decimal that is neither whole nor a percentage, %p, as written: "%s"', (value, text) => {
      expect(shown(exactDecimalFormat(value), value)).toBe(text);
      expect(exactDecimalFormat(value)).toMatch(/;#,##0\.##$/);
    });

  it('counts thousand groups', () => {
    expect([0, 999, 1000, 1_499_900_000, -5000, 1e20].map(groupsOf)).toEqual([0, 0, 1, 3, 1, 4]);
  });

  it('writes each rule as an expression on the range\'s top-left cell that text and blanks never match', () => {
    expect(numberRules(AMOUNT).map((r) => numberRuleExpression(r, 'C7'))).toEqual([
      'AND(ISNUMBER(C7),C7=0)',
      'AND(ISNUMBER(C7),ABS(C7)<1000,C7<>0)',
      'AND(ISNUMBER(C7),ABS(C7)>=1000,ABS(C7)<1000000)',
      'AND(ISNUMBER(C7),ABS(C7)>=1000000,ABS(C7)<1000000000)',
      'AND(ISNUMBER(C7),ABS(C7)>=1000000000,ABS(C7)<1000000000000)',
      'AND(ISNUMBER(C7),ABS(C7)>=1000000000000)',
    ]);
  });
});

describe('number rules of a plan', () => {
  const n = (value: number, kind: NumberKind): PlanCell => ({ kind: 'number', value, format: numberFormat(kind, value), numberKind: kind.name });

  it('gives each column one range per run of one kind, across text and blank cells', () => {
    const rows: (PlanCell | null)[][] = [
      [{ kind: 'text', text: 'Pagu' }, { kind: 'text', text: 'Capaian' }],
      [n(75e6, AMOUNT), n(37.78, PERCENT)],
      [null, { kind: 'text', text: '-' }],
      [n(0, AMOUNT), n(0, PERCENT)],
      [n(3, COUNT), { kind: 'number', value: 3.25, format: '#,##0.##' }],
    ];
    expect(numberFormatRules(rows).map((cf) => [cf.range, cf.numberFormats?.length])).toEqual([['A2:A4', 6], ['A5:A5', 5], ['B2:B4', 6]]);
  });

  it('ends a run at a number of no kind, so the rules never redraw a value that keeps its own code', () => {
    const rows: (PlanCell | null)[][] = [[n(0, COUNT_DASH)], [{ kind: 'number', value: 13.36, format: '#,##0.##' }], [n(26, COUNT_DASH)]];
    expect(numberFormatRules(rows).map((cf) => cf.range)).toEqual(['A1:A1', 'A3:A3']);
  });

  it('reaches every number cell of kind on the seed\'s report sheets', () => {
    for (const plan of buildReportPlans(seedAnalysis())) {
      plan.rows.forEach((row, r) => row.forEach((cell, c) => {
        if (!cell || (cell.kind !== 'number' && cell.kind !== 'formula') || !cell.numberKind) return;
        const covering = plan.conditionalFormats.filter((cf) => cf.numberFormats && inRange(cf.range, r, c));
        expect({ sheet: plan.name, r, c, ranges: covering.length }).toEqual({ sheet: plan.name, r, c, ranges: 1 });
      }));
    }
  });
});

function inRange(range: string, r: number, c: number): boolean {
  const [a, b] = range.split(':').map((x) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x) as RegExpExecArray;
    return { c: m[1].split('').reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0) - 1, r: Number(m[2]) - 1 };
  });
  return r >= a.r && r <= b.r && c >= a.c && c <= b.c;
}
