/**
 * The hostile corpus: workbooks an attacker or an unlucky planner could send, generated (never
 * committed) into a folder: `tsx scripts/hostile/make-hostile.ts DIR`. tests/hostile/corpus.test.ts
 * writes it into a temporary folder and runs each file through the built CLI in a child process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { lapkinMarkName } from '../../src/domain/report/lapkin-mark';
import { zipBytes, type ZipEntryInput } from './zip-writer';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'biro-organisasi-tw1-2024.xlsx');

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface BookParts {
  /** worksheet XML bodies (inside <sheetData>) or whole parts, by sheet name. */
  sheets: { name: string; xml: string | ZipEntryInput['deflated'] }[];
  workbookXml?: string | Uint8Array;
  extra?: ZipEntryInput[];
  zip64?: boolean;
}

export function sheetXml(sheetData: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/** A minimal .xlsx package: content types, relationships, workbook, the sheets given. */
export function minimalXlsx(book: BookParts): Buffer {
  const sheetEntries = book.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = book.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const entries: ZipEntryInput[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>' },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: book.workbookXml ?? `<?xml version="1.0"?><workbook ${NS}><sheets>${sheetEntries}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    ...book.sheets.map((s, i): ZipEntryInput => (typeof s.xml === 'string' ? { name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml } : { name: `xl/worksheets/sheet${i + 1}.xml`, deflated: s.xml })),
    ...(book.extra ?? []),
  ];
  return zipBytes(entries, { zip64: book.zip64 });
}

const oneSheet = (cells: string, after = '') => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cells, after) }] });

/** "A".."XFD".. for a 0-based index (any size). */
function letters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A sheet part that inflates to `gib` GiB of zeros after its opening tag, made cheaply: one MiB of zeros is
 * deflated once with a full flush (byte-aligned, dictionary reset) and that chunk repeated.
 */
function bombSheet(gib: number, declaredSize?: number): ZipEntryInput['deflated'] {
  const head = deflateRawSync(Buffer.from(`<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row>`), { finishFlush: constants.Z_FULL_FLUSH });
  const chunk = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  const count = gib * 1024;
  const bytes = Buffer.concat([head, ...new Array<Buffer>(count).fill(chunk), end]);
  return { bytes, size: declaredSize ?? Math.min(0xfffffffe, count * (1 << 20)) };
}

/** The example workbook changed through exceljs. */
async function exampleBook(change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The example workbook with its Tabel 3.1 changed through exceljs. */
function exampleWith(change: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  return exampleBook((wb) => {
    const ws = wb.getWorksheet('T3.1 Realisasi');
    if (!ws) throw new Error('the example has no T3.1 Realisasi sheet');
    change(ws);
  });
}

/**
 * Names shaped like Lapkin's marks on the planner's own sheets: the old form (no checksum), a checksum that
 * does not hold, and a genuine mark whose fingerprint does not match the sheet's cells (planner's data).
 */
function markShapedNames(): Promise<Buffer> {
  return exampleBook((wb) => {
    const notes = wb.addWorksheet('Catatan');
    notes.getCell('A1').value = 'Catatan perencana: jangan dihapus';
    notes.getCell('B2').value = 12_500_000;
    wb.definedNames.add("'Catatan'!$A$1", 'Lapkin_tabel_3_1_1');
    wb.definedNames.add("'T3.1 Realisasi'!$A$1", 'Lapkin_temuan_1_0123abcd_89abcdef');
    wb.definedNames.add("'Capaian PK'!$A$1", lapkinMarkName('capaian-pk', 1, '00000000'));
  });
}

/** The example workbook with every worksheet part's XML changed as text. */
async function exampleXml(change: (xml: string, part: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(EXAMPLE));
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    zip.file(part, change(await zip.file(part)!.async('string'), part));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function oleFile(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(64)]);
}

const cell = (ref: string, v: string) => `<row r="${ref.replace(/^[A-Z]+/, '')}"><c r="${ref}"><v>${v}</v></c></row>`;
const DOTS = '. '.repeat(10_000);

/** Every hostile file, by name: built on demand so a test may make only some. */
export const HOSTILE: Record<string, () => Buffer | Promise<Buffer>> = {
  'row-2000000000.xlsx': () => oneSheet(cell('A1', '1') + cell('A2000000000', '1')),
  'row-100000000.xlsx': () => oneSheet(cell('A1', '1') + cell('A100000000', '1')),
  'column-near-1e9.xlsx': () => oneSheet(`<row r="1"><c r="A1"><v>1</v></c><c r="${letters(999_999_999)}1"><v>1</v></c></row>`),
  'column-16385.xlsx': () => oneSheet(`<row r="1"><c r="${letters(16_384)}1"><v>1</v></c></row>`),
  'columns-16384.xlsx': () => oneSheet(`<row r="1">${Array.from({ length: 16_384 }, (_, c) => `<c r="${letters(c)}1"><v>${c}</v></c>`).join('')}</row>`),
  'last-cell-of-grid.xlsx': () => oneSheet(cell('A1', '1') + cell('XFD1048576', '1')),
  'zip-bomb-2gib.xlsx': () => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: bombSheet(2) }] }),
  // The same bomb declaring a small size in its headers: only the capped inflate stops it.
  'zip-bomb-2gib-lying.xlsx': () => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: bombSheet(2, 4096) }] }),
  // Many parts each under the per-part cap, together over the total.
  'zip-bomb-total.xlsx': () =>
    minimalXlsx({ sheets: Array.from({ length: 3 }, (_, i) => ({ name: `Sheet${i + 1}`, xml: bombSheet(0.25 - 1 / 1024, 4096) })) }),
  'long-cell-text.xlsx': () => oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c></row>`),
  'whole-sheet-merge-blank.xlsx': () => oneSheet(cell('A1', '1'), '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
  'terminal-escapes.xlsx': () =>
    minimalXlsx({ sheets: [{ name: '&#x1B;]52;c;aGFjaw==&#x07;&#x9B;2J&#x202E;Tabel', xml: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>_x001B_[2J</t></is></c></row>`) }] }),
  'workbook-invalid-utf8.xlsx': () =>
    minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cell('A1', '1')) }], workbookXml: Buffer.concat([Buffer.from(`<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="`), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('" sheetId="1" r:id="rId1"/></sheets></workbook>')]) }),
  'workbook-garbage.xlsx': () => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cell('A1', '1')) }], workbookXml: 'this is not XML at all' }),
  'workbook-no-sheets.xlsx': () => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cell('A1', '1')) }], workbookXml: `<?xml version="1.0"?><workbook ${NS}><sheets/></workbook>` }),
  'sheet-invalid-utf8.xlsx': () => {
    const [before, after] = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>|</t></is></c></row>').split('|');
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(after)]);
    return minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: { bytes: deflateRawSync(bytes), size: bytes.length } }] });
  },
  'dtd-entities.xlsx': () =>
    minimalXlsx({
      sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cell('A1', '1')) }],
      workbookXml: `<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><workbook ${NS}><sheets><sheet name="&c;" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    }),
  'dot-dot-part-name.xlsx': () => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cell('A1', '1')) }], extra: [{ name: '../../etc/lapkin-evil.xml', data: '<x/>' }] }),
  'zip64.xlsx': () => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cell('A1', '1')) }], zip64: true }),
  'parts-12000.xlsx': () => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cell('A1', '1')) }], extra: Array.from({ length: 12_000 }, (_, i) => ({ name: `customXml/item${i}.xml`, data: '<x/>', store: true })) }),
  'parts-5000.xlsx': () => minimalXlsx({ sheets: [{ name: 'Tabel 3.1', xml: sheetXml(cell('A1', '1')) }], extra: Array.from({ length: 5_000 }, (_, i) => ({ name: `customXml/item${i}.xml`, data: '<x/>', store: true })) }),
  'encrypted.xlsx': () => oleFile('EncryptionInfo'),
  'old-format.xls.xlsx': () => oleFile('Workbook'),
  'not-a-zip.xlsx': () => Buffer.from('Kode Rek;Uraian;Pagu\n4.01.01;Program;661.473.673\n'),
  'dots-and-spaces-amounts.xlsx': () =>
    exampleWith((ws) => {
      for (const ref of ['D7', 'D8', 'D9', 'E9', 'E10', 'F10', 'D11', 'E11']) ws.getCell(ref).value = DOTS;
    }),
  'mark-shaped-names.xlsx': markShapedNames,
  'whole-sheet-merge-tabel.xlsx': () =>
    exampleXml((xml) =>
      xml.includes('<mergeCells')
        ? xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A1:XFD1048576"/>`)
        : xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    ),
};

/** Writes the named files (all by default) into `dir`; returns their paths by name. */
export async function writeHostile(dir: string, names: string[] = Object.keys(HOSTILE)): Promise<Record<string, string>> {
  fs.mkdirSync(dir, { recursive: true });
  const out: Record<string, string> = {};
  for (const name of names) {
    out[name] = path.join(dir, name);
    fs.writeFileSync(out[name], await HOSTILE[name]());
  }
  return out;
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx scripts/hostile/make-hostile.ts DIR');
  void writeHostile(dir).then((files) => process.stdout.write(`${Object.keys(files).length} files in ${dir}\n`));
}
