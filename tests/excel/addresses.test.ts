import fc from 'fast-check';
import { areaAddress, parseArea, parseAreasAddress, quoteSheet, sheetOfReference } from '../../src/excel/addresses';

describe('sheetOfReference', () => {
  it.each([
    ["='Tabel 3.1 (Lapkin)'!$A$1", 'Tabel 3.1 (Lapkin)'],
    ['Temuan!$A$1', 'Temuan'],
    ["'Rekap Bag. Tatalaksana'!A1", 'Rekap Bag. Tatalaksana'],
    ["='It''s'!$A$1", "It's"],
    ['=#REF!$A$1', undefined],
    ['=#REF!', undefined],
    ['=0.5', undefined],
  ])('%s → %s', (ref, sheet) => {
    expect(sheetOfReference(ref)).toBe(sheet);
  });

  it('reads back any sheet name it quoted', () => {
    const sheetName = fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[[\]:*?/\\]/.test(s) && s.trim() === s && s.length > 0);
    fc.assert(fc.property(sheetName, (name) => sheetOfReference(`=${quoteSheet(name)}!$A$1`) === name));
  });
});

describe('parseAreasAddress', () => {
  it('reads the merged areas of a seed-like header (quoted names with commas and "!")', () => {
    const got = parseAreasAddress("'Tabel 3.1, TW I!'!A1:E1, 'Tabel 3.1, TW I!'!B3:B4, 'Tabel 3.1, TW I!'!F5");
    expect(got).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 4, left: 5, bottom: 4, right: 5 },
    ]);
  });

  it('round-trips any block through areaAddress', () => {
    const block = fc.record({ top: fc.nat(60000), left: fc.nat(700), h: fc.nat(50), w: fc.nat(20) });
    fc.assert(
      fc.property(block, ({ top, left, h, w }) => {
        const addr = areaAddress(top, left, top + h, left + w);
        expect(parseArea(addr)).toEqual({ top, left, bottom: top + h, right: left + w });
        expect(parseAreasAddress(`Sheet1!${addr}, 'A b'!${addr}`)).toHaveLength(2);
      }),
    );
  });
});
