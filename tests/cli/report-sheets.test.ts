/**
 * What `lapkin report` writes beyond cells: the Temuan sheet in severity, sheet, row, column order, and the
 * pagu/realisasi chart on Lapkin's Tabel 3.1 (the series the add-in draws from the same ChartPlan), read
 * back from the package's XML on both bundled examples.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Analysis } from '../../src/domain/analysis';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { buildReportPlans } from '../../src/domain/report/build-report';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { EXAMPLE_BIRO, EXAMPLE_DINAS, lapkin } from './run-cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-report-sheets-'));

interface Written {
  zip: JSZip;
  book: ExcelJS.Workbook;
  sheets: { name: string; kind: string }[];
}

async function report(input: string, out: string, ...args: string[]): Promise<Written> {
  const r = await lapkin('report', input, '-o', out, '--json', ...args);
  expect(r.stderr).toBe('');
  const bytes = fs.readFileSync(out);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return { zip: await JSZip.loadAsync(bytes), book, sheets: (JSON.parse(r.stdout) as { sheets: Written['sheets'] }).sheets };
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async('string');
}

/** The targets of a rels part's relationships of one type, resolved against `folder`. */
function targets(relsXml: string, type: string, folder: string): string[] {
  return [...relsXml.matchAll(/<Relationship [^>]*>/g)]
    .filter((m) => m[0].includes(`Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}"`))
    .map((m) => path.posix.normalize(path.posix.join(folder, /Target="([^"]+)"/.exec(m[0])![1])));
}

/** The worksheet part of a sheet, through workbook.xml and its rels. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const book = await part(zip, 'xl/workbook.xml');
  const tag = [...book.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${sheet}"`));
  const relId = /r:id="([^"]+)"/.exec(tag ?? '')?.[1];
  const rels = await part(zip, 'xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${relId}"`));
  return path.posix.join('xl', /Target="([^"]+)"/.exec(rel ?? '')![1].replace(/^\/?xl\//, ''));
}

interface ChartSeries {
  name: string;
  categories: string;
  values: string;
  cached: string[];
}

function chartSeries(chartXml: string): ChartSeries[] {
  return [...chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => ({
    name: /<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(m[1])![1],
    categories: /<c:cat><c:strRef><c:f>([^<]*)<\/c:f>/.exec(m[1])![1].replace(/&apos;|'/g, "'"),
    values: /<c:val><c:numRef><c:f>([^<]*)<\/c:f>/.exec(m[1])![1],
    cached: [...m[1].split('<c:val>')[1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]),
  }));
}

/** The cells of a chart range such as "'Lapkin Tabel 3.1'!$C$25:$C$26" on the written sheet. */
function cellsOf(book: ExcelJS.Workbook, ref: string): ExcelJS.Cell[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a sheet range: ${ref}`);
  const ws = book.getWorksheet(m[1].replace(/''/g, "'"))!;
  expect(m[2]).toBe(m[4]); // one column per series
  const out: ExcelJS.Cell[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(ws.getCell(`${m[2]}${r}`));
  return out;
}

const resultOf = (c: ExcelJS.Cell): unknown => (typeof c.value === 'object' && c.value !== null && 'result' in c.value ? c.value.result : c.value);

describe.each([
  ['biro-organisasi', EXAMPLE_BIRO],
  ['dinas-kominfo', EXAMPLE_DINAS],
])('lapkin report on %s', (label, input) => {
  let written: Written;
  let analysis: Analysis;
  beforeAll(async () => {
    written = await report(input, path.join(tmp, `${label}.xlsx`));
    analysis = analyzeWorkbook(await readWorkbook(input));
  });

  it('draws the pagu/realisasi chart of the ChartPlan the add-in draws, over the program rows of Lapkin Tabel 3.1', async () => {
    const { zip, book, sheets } = written;
    const tabel = sheets.find((s) => s.kind === 'tabel-3.1')!;
    const plan = buildReportPlans(analysis).find((p) => p.kind === 'tabel-3.1')!;
    expect(plan.charts).toHaveLength(1);
    const wanted = plan.charts[0];

    // Worksheet → drawing → chart, each through its relationships, each part with its content type.
    const sheet = await sheetPart(zip, tabel.name);
    expect(await part(zip, sheet)).toMatch(/<drawing r:id="([^"]+)"\/><\/worksheet>$/);
    const [drawing] = targets(await part(zip, sheet.replace(/([^/]+)$/, '_rels/$1.rels')), 'drawing', path.posix.dirname(sheet));
    const [chart] = targets(await part(zip, drawing.replace(/([^/]+)$/, '_rels/$1.rels')), 'chart', path.posix.dirname(drawing));
    const types = await part(zip, '[Content_Types].xml');
    expect(types).toContain(`<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    expect(types).toContain(`<Override PartName="/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);

    const xml = await part(zip, chart);
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(xml).toContain(`<a:t>${wanted.title}</a:t>`);
    const series = chartSeries(xml);
    const abs = (range: string): string => `'${tabel.name}'!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
    expect(series.map((s) => [s.name, s.categories, s.values])).toEqual(wanted.series.map((s) => [s.name, abs(wanted.categories), abs(s.values)]));

    // The ranges hold the program rows: names under "Program", amounts under the series' own headers,
    // each the amount the table states for that program (a formula pointing into the table).
    const names = cellsOf(book, series[0].categories);
    const ws = book.getWorksheet(tabel.name)!;
    const headerRow = Number(/\$(\d+):/.exec(series[0].categories)![1]) - 1;
    expect(ws.getCell(names[0].address.replace(/\d+$/, String(headerRow))).value).toBe('Program');
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const s of series) {
      const cells = cellsOf(book, s.values);
      expect(cells).toHaveLength(names.length);
      expect(ws.getCell(cells[0].address.replace(/\d+$/, String(headerRow))).value).toBe(s.name);
      expect(s.cached).toEqual(cells.map((c) => String(resultOf(c))));
      cells.forEach((c, i) => {
        const formula = (c.value as ExcelJS.CellFormulaValue).formula;
        const source = ws.getCell(formula);
        expect(resultOf(source)).toBe(resultOf(c));
        // The source row is the program named in the category.
        expect(String(ws.getCell(source.row, names[i].col).value)).toBe(names[i].value);
      });
    }
  });

  it('lists Temuan by severity, then sheet in workbook order, then row, then column', async () => {
    const { book, sheets } = written;
    const ws = book.getWorksheet(sheets.find((s) => s.kind === 'temuan')!.name)!;
    const order = book.worksheets.map((w) => w.name);
    const rank: Record<string, number> = { Kesalahan: 0, Peringatan: 1, Info: 2 };
    const listed: number[][] = [];
    for (let r = 7; ws.getCell(`A${r}`).value !== null; r++) {
      const m = /^([A-Z]+)(\d+)$/.exec(ws.getCell(`C${r}`).text);
      const col = m ? m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
      listed.push([rank[String(ws.getCell(`E${r}`).value)], order.indexOf(String(ws.getCell(`B${r}`).value)), m ? Number(m[2]) : 0, col]);
    }
    expect(listed).toHaveLength(analysis.findings.length);
    expect(new Set(listed.map((l) => l[0])).size).toBeGreaterThan(1);
    const sorted = [...listed].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
    expect(listed).toEqual(sorted);
  });
});

describe('lapkin report run again on its own report', () => {
  it('replaces the chart with the sheet: one drawing and one chart, no part left behind', async () => {
    const first = path.join(tmp, 'again-1.xlsx');
    await report(EXAMPLE_BIRO, first);
    const { zip } = await report(first, path.join(tmp, 'again-2.xlsx'));
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n))).toEqual(expect.arrayContaining(['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml']));
    expect(names.filter((n) => /^xl\/(charts|drawings)\//.test(n) && !n.endsWith('/'))).toHaveLength(3);
    const types = await part(zip, '[Content_Types].xml');
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(1);
  });
});
