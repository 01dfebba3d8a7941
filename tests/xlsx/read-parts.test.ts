/**
 * SpreadsheetML that exceljs does not write but Excel, LibreOffice and SIPD exports do:
 * shared formulas, inline strings, phonetic runs, the 1904 date system, _xHHHH_ escapes, prefixed tags.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { cellAt, columnLetter, type Grid } from '../../src/domain/grid/grid';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { decodeRange, decodeRef } from '../../src/xlsx/read/sheet-xml';
import { shiftFormula } from '../../src/xlsx/read/shared-formula';
import { decodeXml } from '../../src/xlsx/read/xml-scan';
import { serialOf } from './fixtures';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

async function handMadeWorkbook(opts: { date1904: boolean; sheetXml: string; sharedStrings: string }): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    '_rels/.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<x:workbookPr date1904="${opts.date1904 ? 1 : 0}"/><x:sheets><x:sheet name="Realisasi &amp; Capaian" sheetId="1" r:id="rId1"/><x:sheet name="Grafik" sheetId="2" r:id="rId9"/></x:sheets>` +
      `<x:definedNames><x:definedName name="Lapkin_temuan_1_0a1b2c3d_5998e41f">'Realisasi &amp; Capaian'!$A$1</x:definedName></x:definedNames></x:workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>' +
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="SharedStrings.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    'xl/styles.xml',
    `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Rp&quot;\\ #,##0"/></numFmts>` +
      '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="10"/></cellXfs></styleSheet>',
  );
  zip.file('xl/sharedStrings.xml', `<sst ${NS}>${opts.sharedStrings}</sst>`);
  zip.file('xl/worksheets/data.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${opts.sheetXml}</worksheet>`);
  zip.file('xl/chartsheets/sheet1.xml', '<chartsheet/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const SHEET = [
  '<dimension ref="A1:D5"/><sheetData>',
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>Pagu</t></r><r><t xml:space="preserve"> Anggaran</t></r></is></c></row>',
  // Row and cell positions left implicit, as some generators write them.
  '<row><c t="s"><v>2</v></c><c s="1"><v>75000000</v></c><c s="1"><v>28331441</v></c><c s="3"><f t="shared" ref="D2:D4" si="0">C2/B2</f><v>0.3777525467</v></c></row>',
  '<row r="3"><c r="A3" t="str"><v>Baris&#10;kedua</v></c><c r="B3" s="1"><v>30356250</v></c><c r="C3" s="1"><v>0</v></c><c r="D3" s="3"><f t="shared" si="0"/><v>0</v></c></row>',
  '<row r="4"><c r="A4"><v>1</v></c><c r="B4" s="1"><v>78575000</v></c><c r="C4" s="1"><v>33992062</v></c><c r="D4" s="3"><f t="shared" si="0"/><v>0.43260658</v></c></row>',
  '<row r="5"><c r="A5" s="2"><v>44975</v></c><c r="B5" t="d"><v>2024-03-31</v></c><c r="C5" s="0"/><c r="D5" t="e"><f>NA()</f><v>#N/A</v></c></row>',
  '</sheetData><mergeCells count="1"><mergeCell ref="A1:A1"/></mergeCells>',
].join('');

const STRINGS =
  '<si><t>Uraian</t></si>' +
  '<si><r><rPr><b/></rPr><t>Alokasi</t></r><r><t xml:space="preserve"> dana</t></r><rPh sb="0" eb="1"><t>アロカシ</t></rPh></si>' +
  '<si><t>Fasilitasi_x000D_\nKelembagaan &lt;Provinsi&gt;</t></si>';

describe('readWorkbook on hand-written SpreadsheetML', () => {
  const read = async (date1904: boolean): Promise<Grid> => {
    const grids = await readWorkbook(await handMadeWorkbook({ date1904, sheetXml: SHEET, sharedStrings: STRINGS }));
    expect(grids).toHaveLength(1); // the chart sheet has no cells
    return grids[0];
  };

  it.each<[number, number, unknown, string | undefined, string | undefined]>([
    [0, 0, 'Uraian', undefined, undefined],
    [0, 1, 'Alokasi dana', undefined, undefined], // rich runs joined, phonetic run left out
    [0, 2, 'Pagu Anggaran', undefined, undefined], // inline rich string
    [1, 0, 'Fasilitasi\r\nKelembagaan <Provinsi>', undefined, undefined], // _x000D_ and entities
    [1, 1, 75000000, '"Rp"\\ #,##0', undefined],
    [1, 3, 0.3777525467, '0.00%', 'C2/B2'],
    [2, 0, 'Baris\nkedua', undefined, undefined],
    [2, 3, 0, '0.00%', 'C3/B3'], // shared formula moved down one row
    [3, 3, 0.43260658, '0.00%', 'C4/B4'],
    [4, 3, '#N/A', undefined, 'NA()'],
  ])('cell (%i,%i) is %p with format %p and formula %p', async (r, c, value, numberFormat, formula) => {
    const grid = await read(false);
    expect(grid.name).toBe('Realisasi & Capaian');
    expect(grid.generatedBy).toBe('temuan');
    const cell = cellAt(grid, r, c);
    expect(cell?.value).toEqual(value);
    expect(cell?.numberFormat).toBe(numberFormat);
    expect(cell?.formula).toBe(formula);
  });

  it.each([
    [false, serialOf(2023, 2, 18)],
    [true, serialOf(2027, 2, 19)], // the same serial counted from 1904 is four years and a day later
  ])('moves date serials to the 1900 system (date1904=%p)', async (date1904, serial) => {
    const grid = await read(date1904);
    expect(cellAt(grid, 4, 0)).toEqual({ value: serial, numberFormat: 'mm-dd-yy' });
    expect(cellAt(grid, 4, 1)?.value).toBe(serialOf(2024, 3, 31)); // t="d" ISO date
    expect(cellAt(grid, 4, 2)).toBeUndefined(); // styled but empty
  });
});

describe('reader building blocks (properties)', () => {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  it('decodeXml undoes XML escaping of any text', () => {
    fc.assert(fc.property(fc.fullUnicodeString(), (s) => decodeXml(escape(s)) === s));
  });

  it('decodeXml reads numeric character references', () => {
    fc.assert(fc.property(fc.integer({ min: 0x20, max: 0x10ffff }).filter((n) => n < 0xd800 || n > 0xdfff), (cp) => decodeXml(`&#${cp};&#x${cp.toString(16)};`) === String.fromCodePoint(cp).repeat(2)));
  });

  it('decodeRef inverts A1 addresses', () => {
    fc.assert(fc.property(fc.nat(1048575), fc.nat(16383), (row, col) => {
      expect(decodeRef(`${columnLetter(col)}${row + 1}`)).toEqual([row, col]);
    }));
  });

  it('decodeRange orders the corners', () => {
    expect(decodeRange('$E$5:B2')).toEqual({ top: 1, left: 1, bottom: 4, right: 4 });
    expect(decodeRange('nonsense')).toBeUndefined();
  });

  it('shiftFormula moves relative references and back again', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 }), (dr, dc) => {
        const f = 'SUM(C4:D9)+$B$2*LOG10(E7)+\'Tabel 3.1\'!F5&"A1"';
        const moved = shiftFormula(f, dr, dc);
        expect(moved).toContain(`$B$2`);
        expect(moved).toContain('"A1"');
        expect(moved).toContain(`LOG10(${columnLetter(4 + dc)}${7 + dr})`);
        expect(shiftFormula(moved, -dr, -dc)).toBe(f);
      }),
    );
  });

  it('shiftFormula gives #REF! for a reference moved off the sheet', () => {
    expect(shiftFormula('A1+B$1', 0, -1)).toBe('#REF!+A$1');
  });
});

describe('hidden columns and rows', () => {
  const HIDDEN_SHEET = [
    // C hidden by its flag, D by a zero width, F…XFD hidden past the table (clipped to its used range B…E).
    '<cols><col min="1" max="2" width="9"/><col min="3" max="3" width="12" hidden="1"/><col min="4" max="4" width="0" customWidth="1"/><col min="6" max="16384" hidden="true"/></cols><sheetData>',
    '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2"><v>1</v></c><c r="E2"><v>2</v></c></row>',
    '<row r="3" hidden="1"><c r="B3"><v>3</v></c><c r="E3"><v>4</v></c></row>',
    '<row r="4" hidden="0"><c r="B4"><v>5</v></c></row>',
    '<row r="9" hidden="1"/>',
    '<row r="5" spans="2:5" hidden="1" customHeight="1" ht="0"><c r="B5"><v>6</v></c></row>',
    '</sheetData>',
  ].join('');

  it('reads the flags and zero widths inside the used range, and keeps the hidden cells', async () => {
    const [grid] = await readWorkbook(await handMadeWorkbook({ date1904: false, sheetXml: HIDDEN_SHEET, sharedStrings: STRINGS }));
    expect([grid.originRow, grid.originCol]).toEqual([1, 1]);
    expect(grid.hiddenCols).toEqual([2, 3]);
    // Row 9 is hidden but past the last cell: outside the used range.
    expect(grid.hiddenRows).toEqual([2, 4]);
    expect(cellAt(grid, 2, 4)?.value).toBe(4);
  });

  it('says nothing when nothing is hidden', async () => {
    const [grid] = await readWorkbook(await handMadeWorkbook({ date1904: false, sheetXml: SHEET, sharedStrings: STRINGS }));
    expect([grid.hiddenCols, grid.hiddenRows]).toEqual([undefined, undefined]);
  });
});
