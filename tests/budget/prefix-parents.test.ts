import fc from 'fast-check';
import { codeBefore } from '../../src/domain/budget/code';
import { placeCodedRows, type RowLabels } from '../../src/domain/budget/hierarchy';

describe('codeBefore: the order budget tables list codes in', () => {
  test.each<[string, string, boolean]>([
    ['4.01.01', '4.01.01.1.01', true],
    ['4.01.01.1.01', '4.01.01.1.01.0001', true],
    ['4.01.01.1.99.0100', '4.01.01.1.100', true], // kegiatan 99's sub kegiatan before kegiatan 100
    ['4.01.01.1.100', '4.01.01.1.99', false],
    ['4.01.02', '4.01.02', false],
    ['4.01.02', '4.01.01.1.01', false],
    ['X.XX.01', 'X.XX.01.2.01', true],
    ['4', '4.01', true],
  ])('%s before %s: %p', (a, b, before) => {
    expect(codeBefore(a, b)).toBe(before);
  });

  const code = fc.array(fc.stringMatching(/^[0-9]{1,4}$/), { minLength: 1, maxLength: 6 }).map((s) => s.join('.'));
  test('property: a strict total order — exactly one of a before b, b before a, a = b', () => {
    fc.assert(
      fc.property(code, code, (a, b) => {
        const count = Number(codeBefore(a, b)) + Number(codeBefore(b, a)) + Number(a === b);
        expect(count).toBe(1);
      }),
    );
  });
});

/** The rule placeCodedRows implements, written the slow obvious way: the first row whose code is the longest proper prefix. */
function expectedParent(codes: string[], i: number, unit: number): number {
  const segments = codes[i].split('.');
  for (let n = segments.length - 1; n >= 1; n--) {
    const prefix = segments.slice(0, n).join('.');
    // urusan/bidang codes (one or two segments) only look above themselves
    const j = codes.findIndex((c, k) => c === prefix && (segments.length > 2 || k < i));
    if (j >= 0) return j;
  }
  return unit;
}

describe('placeCodedRows links every code to its longest prefix, whatever the order', () => {
  // A small code tree: urusan 4, bidang 4.01, programmes, kegiatan with 2-digit or 3-digit numbers (…1.99, …1.100), sub kegiatan.
  const tree = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom(1, 2, 99, 100), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 12 })
    .map((picks) => {
      const codes = new Set<string>(['4', '4.01']);
      for (const [p, k, s] of picks) {
        const program = `4.01.0${p}`;
        const kegiatan = `${program}.1.${String(k).padStart(2, '0')}`;
        codes.add(program).add(kegiatan).add(`${kegiatan}.${String(s).padStart(4, '0')}`);
      }
      return [...codes];
    });

  const arrangements = fc.constantFrom('sorted', 'shuffled', 'with a duplicate', 'parents missing');
  test('property: the same parents as the rule, in table order (stack) and out of it (map)', () => {
    fc.assert(
      fc.property(tree, arrangements, fc.integer({ min: 0, max: 1000 }), (codes, arrangement, seed) => {
        let list = [...codes].sort((a, b) => (codeBefore(a, b) ? -1 : codeBefore(b, a) ? 1 : 0));
        if (arrangement === 'shuffled') list = list.map((c, i) => [(i * 7919 + seed) % 1009, c] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
        if (arrangement === 'with a duplicate') list.splice(seed % list.length, 0, list[(seed * 31) % list.length]);
        if (arrangement === 'parents missing') list = list.filter((c) => c.split('.').length !== 5 || seed % 2 === 0).filter((c) => c.length !== 4);
        const rows: RowLabels[] = [{ kode: '', no: '', uraian: 'Biro Organisasi' }, ...list.map((kode) => ({ kode, no: '', uraian: 'x' }))];
        const parents = placeCodedRows(rows).map((p) => p.parent);
        const all = ['', ...list];
        const expected = all.map((_, i) => (i === 0 ? -1 : expectedParent(all, i, 0)));
        expect(parents).toEqual(expected);
      }),
    );
  });
});
