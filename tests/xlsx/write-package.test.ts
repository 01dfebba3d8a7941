/**
 * The report copy keeps the planner's whole package: every part it had (charts, drawings, a pivot cache,
 * data validation, comments, names, theme) is carried over with the same compressed bytes; only the parts
 * that register sheets change. A name that imitates Lapkin's mark does not make their sheet Lapkin's.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { reportWorkbookBuffer } from '../../src/xlsx/write-report';
import { storedEntries } from '../../src/xlsx/zip-source';
import { loadWorkbook, seedWorkbook, tabel31Plan, temuanPlan, toBuffer } from './fixtures';

/** Parts a report edits on purpose: the ones that register sheets, and the document properties that list them. */
const REGISTRATION_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];

const CHART = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/></c:barChart></c:plotArea></c:chart></c:chartSpace>';
const DRAWING = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>';
const PIVOT_CACHE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" recordCount="0"/>';

/** The seed workbook with a validation, a comment, a name and a "Catatan" sheet, and chart/drawing/pivot parts spliced in by hand. */
async function plannersWorkbook(): Promise<Buffer> {
  const wb: ExcelJS.Workbook = seedWorkbook();
  const ws = wb.getWorksheet('Tabel 3.1')!;
  ws.getCell('D6').dataValidation = { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true };
  ws.getCell('C7').note = 'Periksa pagu dengan DPA';
  wb.definedNames.add("'Tabel 3.1'!$D$6:$D$8", 'Pagu');
  wb.addWorksheet('Catatan').getCell('A1').value = 'Catatan perencana';
  // A name shaped like Lapkin's old marks, pointing at the planner's own sheet.
  wb.definedNames.add("'Catatan'!$A$1", 'Lapkin_tabel_3_1_1');
  const zip = await JSZip.loadAsync(await toBuffer(wb));
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>');
  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  const types = (await zip.file('[Content_Types].xml')!.async('string')).replace(
    '</Types>',
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/></Types>',
  );
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('the report copy of a planner workbook with charts, a pivot cache, validation, comments and names', () => {
  let input: Buffer;
  let output: Buffer;
  let again: Buffer;

  beforeAll(async () => {
    input = await plannersWorkbook();
    output = (await reportWorkbookBuffer(input, [tabel31Plan(), temuanPlan()])).buffer;
    again = (await reportWorkbookBuffer(output, [tabel31Plan(), temuanPlan()])).buffer;
  });

  it('carries every other part over with its compressed bytes and CRC as they were', () => {
    const before = storedEntries(input);
    const after = new Map(storedEntries(output).map((e) => [e.name, e]));
    const carried = before.filter((e) => !REGISTRATION_PARTS.includes(e.name));
    expect(carried.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/theme/theme1.xml', 'xl/worksheets/sheet1.xml']));
    for (const e of carried) {
      const copy = after.get(e.name);
      expect([e.name, copy?.crc32, copy && Buffer.from(copy.data).equals(Buffer.from(e.data))]).toEqual([e.name, e.crc32, true]);
    }
  });

  it("keeps the planner's sheets, validation, comment and names, and adds Lapkin's sheets with their cells", async () => {
    const wb = await loadWorkbook(output);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tabel 3.1', 'Catatan', 'Tabel 3.1 (Lapkin)', 'Temuan']);
    const source = wb.getWorksheet('Tabel 3.1')!;
    expect(source.getCell('D6').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    expect(source.getCell('C7').note).toBe('Periksa pagu dengan DPA');
    expect(wb.definedNames.model.map((n) => n.name)).toEqual(expect.arrayContaining(['Pagu', 'Lapkin_tabel_3_1_1']));
    expect(wb.getWorksheet('Tabel 3.1 (Lapkin)')!.getCell('C4').value).toBe(661473673);
    expect(wb.getWorksheet('Tabel 3.1 (Lapkin)')!.getCell('E4').value).toEqual({ formula: 'ROUND(D4/C4*100,2)', result: 25.49 });
  });

  it("does not take the planner's sheet for Lapkin's because of a look-alike name", async () => {
    const grids = await readWorkbook(again);
    expect(grids.map((g) => [g.name, g.generatedBy])).toEqual([
      ['Tabel 3.1', undefined],
      ['Catatan', undefined],
      ['Tabel 3.1 (Lapkin)', 'tabel-3.1'],
      ['Temuan', 'temuan'],
    ]);
  });

  it("run on its own output, replaces Lapkin's sheets and nothing else", () => {
    const first = new Map(storedEntries(output).map((e) => [e.name, e]));
    const second = storedEntries(again);
    expect(second.map((e) => e.name).sort()).toEqual([...first.keys()].sort());
    for (const e of second.filter((x) => !REGISTRATION_PARTS.includes(x.name) && !/worksheets\/sheet[34]\.xml$/.test(x.name))) {
      expect([e.name, Buffer.from(e.data).equals(Buffer.from(first.get(e.name)!.data))]).toEqual([e.name, true]);
    }
  });

  it('keeps a sheet of Lapkin’s that the planner wrote in, and says so', async () => {
    const wb = await loadWorkbook(output);
    wb.getWorksheet('Temuan')!.getCell('A40').value = 'tindak lanjut: sudah dikoreksi';
    const { sheets, kept } = await reportWorkbookBuffer(await toBuffer(wb), [temuanPlan()]);
    expect(kept).toEqual([{ name: 'Temuan', kind: 'temuan' }]);
    expect(sheets).toEqual([{ name: 'Temuan (2)', kind: 'temuan' }]);
  });
});
