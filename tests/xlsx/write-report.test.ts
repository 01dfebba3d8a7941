import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { buildReportPlans } from '../../src/domain/report/build-report';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { lapkinMarkName, planFingerprint } from '../../src/domain/report/lapkin-mark';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { freeSheetName, reportWorkbookBuffer, writeReportWorkbook } from '../../src/xlsx/write-report';
import JSZip from 'jszip';
import { seedAnalysis } from '../report/fixtures/seed-analysis';
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
    ['B6', 'Lihat sel sumber', undefined], // its link: see 'links a cell …' below
  ])('%s holds %p with format %p', (address, value, numFmt) => {
    const cell = ws.getCell(address);
    expect(cell.value).toEqual(value);
    expect(cell.numFmt).toBe(numFmt);
  });

  it('links a cell into the source sheet with an in-document location (no relationship)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'laporan.xlsx')));
    const xml = await zip.file('xl/worksheets/sheet2.xml')?.async('string');
    expect(xml).toContain(`<hyperlink ref="B6" location="'Tabel 3.1'!E9" display="Lihat sel sumber"/>`);
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
        { name: lapkinMarkName('tabel-3.1', 1, planFingerprint(tabel31Plan())), ranges: ["'Tabel 3.1 (Lapkin)'!$A$1"] },
        { name: lapkinMarkName('temuan', 1, planFingerprint(temuanPlan())), ranges: ['Temuan!$A$1'] },
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
    expect(wb.definedNames.model.filter((n) => n.name.startsWith('Lapkin_')).map((n) => n.name).sort()).toEqual(
      [lapkinMarkName('tabel-3.1', 1, planFingerprint(tabel31Plan())), lapkinMarkName('temuan', 1, planFingerprint(temuanPlan()))].sort(),
    );
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

describe('the seed report plans as written by exceljs', () => {
  const plans = buildReportPlans(seedAnalysis());
  const planOf = (kind: SheetPlan['kind']): SheetPlan => {
    const plan = plans.find((p) => p.kind === kind);
    if (!plan) throw new Error(`no ${kind} plan`);
    return plan;
  };
  let wb: ExcelJS.Workbook;
  let zip: JSZip;
  const sheetOf = (plan: SheetPlan): ExcelJS.Worksheet => {
    const ws = wb.getWorksheet(plan.name);
    if (!ws) throw new Error(`sheet ${plan.name} missing`);
    return ws;
  };

  let written: Buffer;

  beforeAll(async () => {
    const { buffer } = await reportWorkbookBuffer(await toBuffer(seedWorkbook()), plans);
    written = buffer;
    wb = await load(buffer);
    zip = await JSZip.loadAsync(buffer);
  });

  it('reads its own Tabel 3.1 back as a source without a capaian ×100: "37,78 %" is 37,78', async () => {
    // A planner who copies the recomputed table into a sheet of their own: it is a source then, not Lapkin's.
    const own = (await readWorkbook(written)).filter((g) => g.name === planOf('tabel-3.1').name).map((g) => ({ ...g, name: 'Tabel 3.1', generatedBy: undefined }));
    const analysis = analyzeWorkbook(own);
    expect(analysis.budgets).toHaveLength(1);
    const leaf = analysis.budgets[0].table.rows.find((r) => r.kode === '4.01.02.1.01.01');
    expect(leaf?.capaian?.value).toBeCloseTo(37.78, 2);
    expect(leaf?.pagu.value).toBe(75000000);
    expect(analysis.findings.filter((f) => f.rule === 'percent-mismatch')).toEqual([]);
  });

  it.each(plans.map((p) => [p.name, p] as const))('%s: rows get the planned heights, the others keep the default', (_name, plan) => {
    const ws = sheetOf(plan);
    const tall = (plan.rowHeights ?? []).flatMap((h, i) => (h === undefined ? [] : [[i + 1, h]]));
    expect(tall.length).toBeGreaterThan(0);
    for (const [row, h] of tall) expect([row, ws.getRow(row).height]).toEqual([row, h]);
    plan.rowHeights?.forEach((h, i) => {
      if (h === undefined) expect([i + 1, ws.getRow(i + 1).height]).toEqual([i + 1, undefined]);
    });
  });

  it('writes the heights as custom heights, which Excel and LibreOffice keep on open', async () => {
    const index = wb.worksheets.findIndex((ws) => ws.name === planOf('capaian-pk').name) + 1;
    const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)?.async('string');
    expect(xml).toMatch(/<row r="\d+"[^>]*ht="\d+"[^>]*customHeight="1"/);
  });

  it('colours Kategori by its text with the capaian band colours and readable fonts', () => {
    const plan = planOf('capaian-pk');
    const formats = conditionalFormats(sheetOf(plan));
    const kategori = formats.find((f) => f.ref === plan.conditionalFormats[1].range);
    expect(kategori?.rules.map((r) => (r.type === 'expression' ? r.formulae?.[0] : undefined))).toEqual([
      'I5="Sangat Tinggi"', 'I5="Tinggi"', 'I5="Sedang"', 'I5="Rendah"', 'I5="Sangat Rendah"',
    ]);
    const lowest = kategori?.rules[4];
    expect(lowest?.style).toMatchObject({ fill: { bgColor: { argb: 'FFC00000' } }, font: { color: { argb: 'FFFFFFFF' } } });
    // The capaian column keeps its numeric bands, numbered before the text rules.
    const capaian = formats.find((f) => f.ref === plan.conditionalFormats[0].range);
    expect(capaian?.rules).toHaveLength(5);
    expect(capaian?.rules[0]).toMatchObject({ type: 'expression', formulae: ['AND(ISNUMBER(H5),H5>=91)'] });
    expect(Math.max(...(capaian?.rules ?? []).map((r) => r.priority))).toBeLessThan(Math.min(...(kategori?.rules ?? []).map((r) => r.priority)));
  });

  it('draws Tabel 3.1 numbers with literal Indonesian separators: the cell\'s code, and a number rule per magnitude', async () => {
    const plan = planOf('tabel-3.1');
    const ws = sheetOf(plan);
    const r = plan.rows.findIndex((row) => row[0]?.kind === 'text' && row[0].text === '4.01.02.1.01.01') + 1;
    expect(ws.getCell(`C${r}`).value).toBe(75000000);
    const styles = await zip.file('xl/styles.xml')?.async('string');
    // exceljs reads codes back without their backslashes, so the codes are checked in the XML as written
    expect(styles).toContain('formatCode="[&gt;=1000000000]#\\.###\\.###\\.##0;[&gt;=1000000]#\\.###\\.##0;#\\.##0"');
    const dxfs = /<dxfs[^>]*>(.*)<\/dxfs>/s.exec(styles ?? '')?.[1] ?? '';
    const dxfCodes = [...dxfs.matchAll(/<dxf>(.*?)<\/dxf>/g)].map((m) => /formatCode="([^"]*)"/.exec(m[1])?.[1]);
    const xml = await zip.file(`xl/worksheets/sheet${wb.worksheets.findIndex((w) => w.name === plan.name) + 1}.xml`)?.async('string');
    const rules = /<conditionalFormatting sqref="(C\d+):C\d+">(.*?)<\/conditionalFormatting>/.exec(xml ?? '');
    expect(rules?.[1]).toBe('C7');
    const written = [...(rules?.[2] ?? '').matchAll(/dxfId="(\d+)"[^>]*><formula>([^<]*)<\/formula>/g)].map((m) => [m[2], dxfCodes[Number(m[1])]]);
    expect(written).toEqual([
      ['AND(ISNUMBER(C7),C7=0)', '&quot;-&quot;'],
      ['AND(ISNUMBER(C7),ABS(C7)&lt;1000,C7&lt;&gt;0)', '0'],
      ['AND(ISNUMBER(C7),ABS(C7)&gt;=1000,ABS(C7)&lt;1000000)', '#\\.##0'],
      ['AND(ISNUMBER(C7),ABS(C7)&gt;=1000000,ABS(C7)&lt;1000000000)', '#\\.###\\.##0'],
      ['AND(ISNUMBER(C7),ABS(C7)&gt;=1000000000,ABS(C7)&lt;1000000000000)', '#\\.###\\.###\\.##0'],
      ['AND(ISNUMBER(C7),ABS(C7)&gt;=1000000000000)', '#\\.###\\.###\\.###\\.##0'],
    ]);
  });

  it('names the font in every styled cell, so bold headers and notes do not fall back to a serif face', () => {
    const plan = planOf('tabel-3.1');
    const ws = sheetOf(plan);
    const header = Number(plan.print.printTitleRows?.split(':')[0]);
    expect(ws.getCell(`A${header}`).font).toMatchObject({ name: 'Calibri', bold: true, size: 11 });
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Calibri', bold: true, size: 14 });
    const noteRow = plan.rows.findIndex((row) => row.some((c) => c?.style === 'note' && c.kind === 'text' && c.text !== ''));
    const noteCol = plan.rows[noteRow].findIndex((c) => c?.style === 'note');
    expect(ws.getRow(noteRow + 1).getCell(noteCol + 1).font).toMatchObject({ name: 'Calibri', italic: true, size: 9 });
  });

  it('prints every sheet centred with the page-numbered footer of its plan', () => {
    for (const plan of plans) {
      const ws = sheetOf(plan);
      expect(ws.pageSetup).toMatchObject({ horizontalCentered: true, orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
      expect(ws.headerFooter.oddFooter).toBe('&C&A – Halaman &P dari &N');
    }
  });

  it('puts the AutoFilter on the Temuan header and findings', () => {
    const plan = planOf('temuan');
    expect(sheetOf(plan).autoFilter).toBe(plan.autoFilter);
  });
});
