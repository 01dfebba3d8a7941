/**
 * The parts a report edits, as other tools write them: a styles part under a namespace prefix
 * (`<x:styleSheet xmlns:x=…>`, no default namespace) gets Lapkin's formats under that prefix; the
 * document properties (docProps/app.xml) list and count the sheets after the edit, whatever language
 * the saving Excel labelled its groups in, and are left alone when they already disagree with the sheets.
 * The inputs are made here from the seed workbook, the same bytes each run.
 */
import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { reportWorkbookBuffer } from '../../src/xlsx/write-report';
import { seedWorkbook, tabel31Plan, temuanPlan, toBuffer } from './fixtures';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Every unprefixed element of a part under `x:`, its default namespace declared as xmlns:x instead. */
export function prefixAll(xml: string): string {
  return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2');
}

const appXml = (headingPairs: [string, number][], titles: string[]) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>' +
  `<HeadingPairs><vt:vector size="${headingPairs.length * 2}" baseType="variant">${headingPairs.map(([label, n]) => `<vt:variant><vt:lpstr>${label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`).join('')}</vt:vector></HeadingPairs>` +
  `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`;

/** The seed workbook with a second sheet, its styles part prefixed, and the given app.xml. */
async function variant(app: string | undefined, prefixStyles: boolean): Promise<Buffer> {
  const wb = seedWorkbook();
  wb.addWorksheet('Catatan & Lampiran').getCell('A1').value = 'catatan';
  const zip = await JSZip.loadAsync(await toBuffer(wb));
  if (prefixStyles) zip.file('xl/styles.xml', prefixAll(await zip.file('xl/styles.xml')!.async('string')));
  if (app !== undefined) zip.file('docProps/app.xml', app);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function part(buffer: Buffer, name: string): Promise<string> {
  return (await JSZip.loadAsync(buffer)).file(name)!.async('string');
}

const texts = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<vt:${tag}>([^<]*)</vt:${tag}>`, 'g'))].map((m) => m[1]);

describe('a styles part written under a namespace prefix', () => {
  let styles: string;
  beforeAll(async () => {
    const out = (await reportWorkbookBuffer(await variant(undefined, true), [tabel31Plan(), temuanPlan()])).buffer;
    styles = await part(out, 'xl/styles.xml');
  });

  it('gets every added element under the same prefix: no element outside the namespace', () => {
    expect(styles).toMatch(/^<\?xml[^>]*\?>\s*<x:styleSheet xmlns:x=/);
    const unprefixed = [...styles.matchAll(/<\/?([A-Za-z][\w.-]*)(?=[\s/>])/g)].map((m) => m[1]);
    expect(unprefixed).toEqual([]);
  });

  it('counts match the lists, with Lapkin fonts, fills and conditional formats appended', () => {
    for (const [list, child] of [['fonts', 'font'], ['fills', 'fill'], ['cellXfs', 'xf'], ['dxfs', 'dxf']]) {
      const body = new RegExp(`<x:${list} count="(\\d+)"[^>]*>([\\s\\S]*?)</x:${list}>`).exec(styles);
      expect([list, body !== null]).toEqual([list, true]);
      const children = body![2].match(new RegExp(`<x:${child}[\\s/>]`, 'g'))?.length ?? 0;
      expect([list, Number(body![1])]).toEqual([list, children]);
    }
    expect(styles).toContain('<x:name val="Calibri"/>');
    expect(styles).toMatch(/<x:dxf><x:font><x:color rgb="FF[0-9A-F]{6}"\/><\/x:font><x:fill><x:patternFill patternType="solid"><x:bgColor/);
  });
});

describe('docProps/app.xml follows the sheets', () => {
  it('an Indonesian Excel\'s groups: the sheet titles and count include Lapkin\'s sheets, named ranges untouched', async () => {
    const app = appXml([['Lembar Kerja', 2], ['Rentang Bernama', 1]], ['Tabel 3.1', 'Catatan &amp; Lampiran', "'Tabel 3.1'!Print_Titles"]);
    const out = (await reportWorkbookBuffer(await variant(app, false), [tabel31Plan(), temuanPlan()])).buffer;
    const edited = await part(out, 'docProps/app.xml');
    expect(texts(edited, 'lpstr')).toEqual(['Lembar Kerja', 'Rentang Bernama', 'Tabel 3.1', 'Catatan &amp; Lampiran', 'Tabel 3.1 (Lapkin)', 'Temuan', "'Tabel 3.1'!Print_Titles"]);
    expect(texts(edited, 'i4')).toEqual(['4', '1']);
    expect(edited).toContain('<TitlesOfParts><vt:vector size="5" baseType="lpstr">');
    const grids = await readWorkbook(out);
    expect(grids.map((g) => g.name)).toEqual(['Tabel 3.1', 'Catatan & Lampiran', 'Tabel 3.1 (Lapkin)', 'Temuan']);

    // Again on its own output: Lapkin's sheets replaced, listed once.
    const again = (await reportWorkbookBuffer(out, [tabel31Plan(), temuanPlan()])).buffer;
    const second = await part(again, 'docProps/app.xml');
    expect(texts(second, 'lpstr').slice(2, 6)).toEqual(['Tabel 3.1', 'Catatan &amp; Lampiran', 'Tabel 3.1 (Lapkin)', 'Temuan']);
    expect(texts(second, 'i4')).toEqual(['4', '1']);
  });

  it('exceljs\'s own app.xml (one "Worksheets" group) is updated too', async () => {
    const out = (await reportWorkbookBuffer(await toBuffer(seedWorkbook()), [temuanPlan()])).buffer;
    const edited = await part(out, 'docProps/app.xml');
    expect(texts(edited, 'lpstr')).toEqual(['Worksheets', 'Tabel 3.1', 'Temuan']);
    expect(texts(edited, 'i4')).toEqual(['2']);
  });

  it('properties that already disagree with the sheets are left byte for byte', async () => {
    const stale = appXml([['Worksheets', 1]], ['Lembar Lama']);
    const input = await variant(stale, false);
    const out = (await reportWorkbookBuffer(input, [temuanPlan()])).buffer;
    expect(await part(out, 'docProps/app.xml')).toBe(stale);
  });
});
