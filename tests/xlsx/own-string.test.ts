/** ownString: the reader's copy of a cell's text is the same text, whatever characters it holds. */
import fc from 'fast-check';
import { ownString } from '../../src/xlsx/read/xml-scan';

test.each([
  ['a code', '4.01.02.1.01.0001'],
  ['a typed amount', 'Rp. 1.500.000.000,-'],
  ['quotes, backslashes and control characters', 'Belanja "ATK"\\\t\n\u0001 Biro'],
  ['a lone surrogate', 'Sub Kegiatan \ud800 rusak'],
  ['short text (kept as is)', '25,49 %'],
])('%s', (_name, text) => {
  expect(ownString(text)).toBe(text);
});

test('property: any text comes back the same, slice or not', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(20), (text, pad) => {
      const slice = ('<t>'.repeat(pad) + text + '</t>').slice(3 * pad, 3 * pad + text.length);
      expect(ownString(slice)).toBe(text);
    }),
    { numRuns: 300 },
  );
});
