import fc from 'fast-check';
import { classifyCode, isSubtotalLabel, isTotalLabel, normalizeCode, properPrefixes } from '../../src/domain/budget/code';
import { parseNumbering } from '../../src/domain/budget/numbering';

describe('classifyCode', () => {
  const cases: [string, string, string | undefined][] = [
    ['4.01.02', 'budget', 'program'],
    ['4.01.02.1.01', 'budget', 'kegiatan'],
    ['4.01.02.1.01.0001', 'budget', 'subKegiatan'],
    ['4.01.02.1.01.01', 'budget', 'subKegiatan'],
    ['X.XX.01', 'budget', 'program'],
    ['x.xx.01.2.01.0001', 'budget', 'subKegiatan'],
    ['2.16.03.1.02.0003', 'budget', 'subKegiatan'],
    ['4.01', 'budget', 'unit'],
    [' 4.01.02.1.01.01. ', 'budget', 'subKegiatan'],
    ['4. 01. 02', 'budget', 'program'],
    ['5.1.02.01.01.0024', 'rekening', undefined],
    ['5.1.02', 'rekening', undefined],
    ['', 'none', undefined],
    ['JUMLAH', 'none', undefined],
    ['Biro Organisasi', 'none', undefined],
    ['4.01.a', 'none', undefined],
  ];
  test.each(cases)('%p is %s %s', (text, kind, level) => {
    const shape = classifyCode(text);
    expect(shape.kind).toBe(kind);
    if (shape.kind === 'budget') expect(shape.level).toBe(level);
  });

  test('normalizeCode keeps digits and dots only, without the ends', () => {
    expect(normalizeCode(' 4.01.02.1.01.01.\u00a0')).toBe('4.01.02.1.01.01');
    expect(normalizeCode('x.xx.01')).toBe('X.XX.01');
  });

  test.each([
    ['2 15 02 1 01 0003', '2.15.02.1.01.0003', 'subKegiatan'],
    ['4 01 01', '4.01.01', 'program'],
    [' 1\u00a006  03 1 01 ', '1.06.03.1.01', 'kegiatan'],
    ['x xx 01', 'X.XX.01', 'program'],
    ['4. 01. 02', '4.01.02', 'program'],
  ])('a code typed with spaces for its dots, %j, reads as %s', (typed, code, level) => {
    expect(normalizeCode(typed)).toBe(code);
    expect(classifyCode(typed)).toMatchObject({ kind: 'budget', code, level });
  });

  test('spaces inside a kode rekening stand for its dots too, and it stays a kode rekening', () => {
    expect(classifyCode('5 1 02 01 01 0024')).toEqual({ kind: 'rekening', code: '5.1.02.01.01.0024' });
  });

  test('property: every proper prefix of a budget code is itself a budget code of a higher level', () => {
    const segment = (len: number) => fc.integer({ min: 0, max: 10 ** len - 1 }).map((n) => String(n).padStart(len, '0'));
    const code = fc.tuple(fc.integer({ min: 1, max: 9 }).map(String), segment(2), segment(2), segment(1), segment(2), fc.oneof(segment(2), segment(4)));
    fc.assert(
      fc.property(code, fc.integer({ min: 3, max: 6 }), (segs, n) => {
        const shape = classifyCode(segs.slice(0, n).join('.'));
        expect(shape.kind).toBe('budget');
        if (shape.kind !== 'budget') return;
        const prefixes = properPrefixes(shape.segments);
        expect(prefixes).toHaveLength(n - 1);
        for (const p of prefixes) expect(shape.code.startsWith(`${p}.`)).toBe(true);
      }),
    );
  });
});

describe('totals labels', () => {
  const cases: [string, boolean, boolean][] = [
    ['JUMLAH', true, false],
    ['Jumlah Total', true, false],
    ['Total', true, false],
    ['TOTAL BELANJA', true, false],
    ['Sub Total', true, true],
    ['Subtotal', true, true],
    ['Jumlah Sub Kegiatan', true, true],
    ['Jumlah Urusan Perhubungan', true, true],
    ['JUMLAH BIDANG KESEHATAN', true, true],
    ['Total Urusan Pendidikan', true, true],
    ['Jumlah Biro Hukum', true, false],
    ['Jumlah Urusannya', true, false],
    ['Biro Organisasi', false, false],
    ['Totalitas Pelayanan', false, false],
  ];
  test.each(cases)('%p: total %p, subtotal %p', (text, total, sub) => {
    expect(isTotalLabel(text)).toBe(total);
    expect(isSubtotalLabel(text)).toBe(sub);
  });
});

describe('parseNumbering', () => {
  const cases: [string, string | undefined, string | null, number | null][] = [
    ['1', undefined, '1', 2],
    ['2.', undefined, '2', 2],
    ['1.1', undefined, '1.1', 3],
    ['2.2.', undefined, '2.2', 3],
    ['I', undefined, 'I', 0],
    ['II', undefined, 'II', 0],
    ['IV.', undefined, 'IV', 0],
    ['A.', undefined, 'A', 1],
    ['B', undefined, 'B', 1],
    ['I', 'H', 'I', 1],
    ['a.', undefined, 'a', 10],
    ['(b)', undefined, 'b', 10],
    ['c)', undefined, 'c', 10],
    ['', undefined, null, null],
    ['Total', undefined, null, null],
    ['-', undefined, null, null],
  ];
  test.each(cases)('%p after %p → %p rank %p', (text, previous, token, rank) => {
    const n = parseNumbering(text, previous);
    expect(n?.token ?? null).toBe(token);
    expect(n?.rank ?? null).toBe(rank);
  });

  test('property: deeper decimal numbering always ranks below its prefix', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 99 }), (parts, extra) => {
        const parent = parseNumbering(`${parts.join('.')}.`);
        const child = parseNumbering([...parts, extra].join('.'));
        expect(parent).not.toBeNull();
        expect(child).not.toBeNull();
        expect(child!.rank).toBeGreaterThan(parent!.rank);
        expect(parent!.rank).toBeGreaterThan(parseNumbering('IX')!.rank);
      }),
    );
  });
});
