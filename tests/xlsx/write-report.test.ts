import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { lapkinMarkName } from '../../src/domain/report/sheet-plan';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { freeSheetName, reportWorkbookBuffer, writeReportWorkbook } from '../../src/xlsx/write-report';
import JSZip from 'jszip';
import { loadWorkbook, seedWorkbook, tabel31Plan, temuanPlan, toBuffer } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'lapkin-xlsx-write-'));

const load = loadWorkbook;

/** exceljs keeps a sheet's conditional formats on the sheet but leaves them out of its typings. */
function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

describe('writeReportWorkbook renders a Tabel 3.1 plan', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let inputPath: string;
  let inputBytes: Buffer;

  beforeAll(async () => {
    inputPath = join(dir, 'lapkin-tw1-2024.xlsx');
    inputBytes = await toBuffer(seedWorkbook());
    writeFileSync(inputPath, inputBytes);
    const out = join(dir, 'laporan.xlsx');
    const sheets = await writeReportWorkbook(inputPath, [tabel31Plan(), temuanPlan()], out);
    expect(sheets).toEqual([
      { name: 'Tabel 3.1 (Lapkin)', kind: 'tabel-3.1' },
      { name: 'Temuan', kind: 'temuan' },
    ]);
    wb = await load(readFileSync(out));
    const found = wb.getWorksheet('Tabel 3.1 (Lapkin)');
    if (!found) throw new Error('sheet missing');
    ws = found;
  });

  it('leaves the input file byte for byte as it was', () => {
    expect(readFileSync(inputPath).equals(inputBytes)).toBe(true);
  });

  it('keeps the input sheet first, unchanged, and adds the plans after it', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tabel 3.1', 'Tabel 3.1 (Lapkin)', 'Temuan']);
    const source = wb.getWorksheet('Tabel 3.1');
    expect(source?.getCell('E9').value).toBe('375.000.00');
    expect(source?.getCell('F6').value).toEqual({ formula: 'E6/D6', result: 0.25 });
    expect(source?.getCell('F7').numFmt).toBe('0.00%');
    expect(source?.getCell('D6').numFmt).toBe('#,##0');
    expect(source?.model.merges).toEqual(expect.arrayContaining(['B2:F2', 'B3:F3']));
    expect(source?.getColumn(3).width).toBe(40);
  });

  it.each<[string, unknown, string | undefined]>([
    ['A1', 'Tabel 3.1 Realisasi Anggaran Triwulan I Tahun 2024', undefined],
    ['C4', 661473673, '#,##0'],
    ['E4', { formula: 'ROUND(D4/C4*100,2)', result: 25.49 }, '0.00'],
    ['C5', { formula: 'SUM(C4:C4)', result: 661473673 }, '#,##0'],
    ['E5', { formula: 'IF(C5=0,"-",D5/C5*100)' }, '0.00'],
    ['A6', '=375.000.00 tertulis di sumber', undefined], // text that starts with "=" stays text
    ['B6', { text: 'Lihat sel sumber', hyperlink: "#'Tabel 3.1'!E9" }, undefined],
  ])('%s holds %p with format %p', (address, value, numFmt) => {
    const cell = ws.getCell(address);
    expect(cell.value).toEqual(value);
    expect(cell.numFmt).toBe(numFmt);
  });

  it('applies the named styles', () => {
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('C3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('C3').alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'middle' });
    expect(ws.getCell('D4').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('D5').font).toMatchObject({ color: { argb: 'FF9C0006' } });
  });

  it('sets merges, widths, frozen panes and the F4 landscape print setup', () => {
    expect(ws.model.merges).toEqual(['A1:E1']);
    expect([1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([18, 45, 20, 20, 12]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 14, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(wb.getWorksheet('Temuan')?.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 9, fitToPage: false });
  });

  it('writes one conditional rule per capaian band, ignoring text cells', () => {
    const [cf] = conditionalFormats(ws);
    expect(cf.ref).toBe('E4:E5');
    expect(cf.rules.map((r) => (r.type === 'expression' ? r.formulae : undefined))).toEqual([
      ['AND(ISNUMBER(E4),E4>=91)'],
      ['AND(ISNUMBER(E4),E4>=76,E4<91)'],
      ['AND(ISNUMBER(E4),E4>=0,E4<51)'],
    ]);
  });

  it('marks the generated sheets and asks Excel to recalculate on open', async () => {
    expect(wb.definedNames.model).toEqual(
      expect.arrayContaining([
        { name: lapkinMarkName('tabel-3.1', 1), ranges: ["'Tabel 3.1 (Lapkin)'!$A$1"] },
        { name: lapkinMarkName('temuan', 1), ranges: ['Temuan!$A$1'] },
      ]),
    );
    // exceljs does not read calcPr back, so look at the part itself.
    const bookXml = await (await JSZip.loadAsync(readFileSync(join(dir, 'laporan.xlsx')))).file('xl/workbook.xml')?.async('string');
    expect(bookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('reads back with generatedBy on the marked sheets only', async () => {
    const grids = await readWorkbook(join(dir, 'laporan.xlsx'));
    expect(grids.map((g) => [g.name, g.generatedBy])).toEqual([
      ['Tabel 3.1', undefined],
      ['Tabel 3.1 (Lapkin)', 'tabel-3.1'],
      ['Temuan', 'temuan'],
    ]);
  });

  it('refuses to write over its input file', async () => {
    await expect(writeReportWorkbook(inputPath, [temuanPlan()], inputPath)).rejects.toThrow(/tidak boleh ditulis ke berkas masukan/);
    expect(readFileSync(inputPath).equals(inputBytes)).toBe(true);
  });
});

describe('writing again', () => {
  it('replaces only the marked sheets, also after the planner renamed one', async () => {
    const first = await reportWorkbookBuffer(await toBuffer(seedWorkbook()), [tabel31Plan(), temuanPlan()]);
    // The planner renames Lapkin's sheet (Excel moves the mark along) and adds a sheet of their own.
    const edited = await load(first.buffer);
    edited.getWorksheet('Temuan')!.name = 'Temuan lama';
    edited.definedNames.model = edited.definedNames.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace('Temuan!', "'Temuan lama'!")) }));
    edited.addWorksheet('Catatan').getCell('A1').value = 'Catatan perencana';
    const second = await reportWorkbookBuffer(await toBuffer(edited), [tabel31Plan(), temuanPlan()]);
    const wb = await load(second.buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tabel 3.1', 'Catatan', 'Tabel 3.1 (Lapkin)', 'Temuan']);
    expect(wb.getWorksheet('Catatan')?.getCell('A1').value).toBe('Catatan perencana');
    expect(wb.definedNames.model.filter((n) => n.name.startsWith('Lapkin_')).map((n) => n.name).sort()).toEqual(['Lapkin_tabel_3_1_1', 'Lapkin_temuan_1']);
  });

  it("keeps a user's sheet that has a plan's name and gives the new sheet another", async () => {
    const input = seedWorkbook();
    input.addWorksheet('Temuan').getCell('A1').value = 'Temuan BPK 2023 (milik perencana)';
    const { sheets, buffer } = await reportWorkbookBuffer(await toBuffer(input), [temuanPlan(), temuanPlan()]);
    expect(sheets.map((s) => s.name)).toEqual(['Temuan (2)', 'Temuan (3)']);
    const wb = await load(buffer);
    expect(wb.getWorksheet('Temuan')?.getCell('A1').value).toBe('Temuan BPK 2023 (milik perencana)');
    const grids = await readWorkbook(buffer);
    expect(grids.map((g) => [g.name, g.generatedBy])).toEqual([
      ['Tabel 3.1', undefined],
      ['Temuan', undefined],
      ['Temuan (2)', 'temuan'],
      ['Temuan (3)', 'temuan'],
    ]);
  });
});

describe('marks on a sheet name with an apostrophe', () => {
  it("survive a second write (Excel quotes it as 'Capaian PD''s')", async () => {
    const plan = { ...temuanPlan("Capaian PD's"), kind: 'capaian-pk' as const };
    const first = await reportWorkbookBuffer(await toBuffer(seedWorkbook()), [plan]);
    const second = await reportWorkbookBuffer(first.buffer, [plan]);
    expect(second.sheets).toEqual([{ name: "Capaian PD's", kind: 'capaian-pk' }]);
    const grids = await readWorkbook(second.buffer);
    expect(grids.map((g) => [g.name, g.generatedBy])).toEqual([
      ['Tabel 3.1', undefined],
      ["Capaian PD's", 'capaian-pk'],
    ]);
  });
});

describe('freeSheetName', () => {
  it.each<[string, string[], string]>([
    ['Tabel 3.1 (Lapkin)', [], 'Tabel 3.1 (Lapkin)'],
    ['Temuan', ['temuan'], 'Temuan (2)'],
    ['Temuan', ['temuan', 'temuan (2)'], 'Temuan (3)'],
    ['Capaian Kinerja berdasarkan Perjanjian Kinerja', [], 'Capaian Kinerja berdasarkan Per'],
    ['Capaian Kinerja berdasarkan Perjanjian Kinerja', ['capaian kinerja berdasarkan per'], 'Capaian Kinerja berdasarkan (2)'],
    ['Realisasi: TW I/2024', [], 'Realisasi  TW I 2024'],
  ])('%p with %p taken → %p', (wanted, taken, expected) => {
    const name = freeSheetName(wanted, new Set(taken));
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
