/**
 * Reads an .xlsx file into Grids without building exceljs's workbook model: the zip's parts are
 * inflated with Node's zlib and each is tokenized once into lean cells. A 100,000-row sheet so
 * costs a fraction of exceljs's `Workbook.xlsx.readFile` in time and memory.
 */
import { inflateRawSync } from 'zlib';
import type { Grid } from '../domain/grid/grid';
import { assertZipPackage, inputBytes, type InputBytes, type WorkbookInput } from './input-bytes';
import { isLapkinMark, markKind, referencedSheet } from './marks';
import { WorkbookReadError } from './read-error';
import { ReadBudget, ReadLimitError } from './read/limits';
import { parseSheetXml } from './read/sheet-xml';
import { parseRelationships, parseSharedStrings, parseStyles, parseWorkbookXml, type CellFormats, type Relationship } from './read/workbook-parts';
import { XmlFormatError } from './read/xml-scan';
import { InflateLimitError, partText, ZipEntries, ZipFormatError, type InflateRaw } from './read/zip-entries';

export { WorkbookReadError } from './read-error';

/** The package's parts as text, each charged to the one budget of this read. */
class PackageParts {
  private readonly zip: ZipEntries;

  constructor(
    bytes: Uint8Array,
    inflateRaw: InflateRaw,
    readonly budget = new ReadBudget(),
  ) {
    this.zip = new ZipEntries(bytes, inflateRaw, budget);
  }

  has(path: string): boolean {
    return this.zip.has(path);
  }

  async text(path: string): Promise<string | undefined> {
    const bytes = await this.zip.read(path);
    return bytes === undefined ? undefined : partText(bytes, path);
  }
}

const REL_TYPE = /\/(officeDocument|worksheet|sharedStrings|styles)$/;

function relOfType(rels: Relationship[], type: string): Relationship | undefined {
  return rels.find((r) => REL_TYPE.exec(r.type)?.[1] === type);
}

function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/** Read every worksheet's used range into a Grid; sheets marked as Lapkin's carry generatedBy. */
export async function readWorkbook(input: WorkbookInput): Promise<Grid[]> {
  return readWorkbookWith(input, inflateWithZlib);
}

/**
 * zlib's default 16 KB output chunks cost a large sheet thousands of copies; a sheet compresses about 5:1.
 * maxOutputLength makes zlib stop as soon as the output passes the cap (a bomb costs the cap, not its size).
 */
export function inflateWithZlib(compressed: Uint8Array, maxOutput: number): Uint8Array {
  try {
    return inflateRawSync(compressed, { chunkSize: Math.min(1 << 20, Math.max(1 << 14, compressed.length * 4)), maxOutputLength: Math.max(1, maxOutput) });
  } catch (err) {
    if (err instanceof RangeError && (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError(err.message);
    throw err;
  }
}

/**
 * The input's bytes once they are known to be an .xlsx package with a workbook part; the writer
 * checks this before handing the bytes to exceljs, whose errors would not tell the planner why.
 */
export async function checkedWorkbookBytes(input: WorkbookInput): Promise<InputBytes> {
  const source = await inputBytes(input);
  assertZipPackage(source);
  try {
    await workbookPartPath(new PackageParts(source.bytes, inflateWithZlib));
  } catch (err) {
    throw asReadError(err, source.fileName);
  }
  return source;
}

/** readWorkbook with another inflater (a browser has no zlib: pass one built on DecompressionStream). */
export async function readWorkbookWith(input: WorkbookInput, inflateRaw: InflateRaw): Promise<Grid[]> {
  const source = await inputBytes(input);
  assertZipPackage(source);
  try {
    return await readParts(new PackageParts(source.bytes, inflateRaw));
  } catch (err) {
    throw asReadError(err, source.fileName);
  }
}

/** Damage found while unpacking becomes the planner's "damaged file" message, naming the file. */
function asReadError(err: unknown, fileName: string | undefined): unknown {
  if (err instanceof ReadLimitError) return new WorkbookReadError('too-large', fileName, err.detail);
  if (err instanceof XmlFormatError || err instanceof ZipFormatError) return new WorkbookReadError('corrupt', fileName, err.detail ?? err.message);
  if (isZlibError(err)) return new WorkbookReadError('corrupt', fileName, err.message);
  if (err instanceof WorkbookReadError && fileName) return new WorkbookReadError(err.problem, fileName, err.detail);
  return err;
}

function isZlibError(err: unknown): err is Error {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && /^Z_/.test(String((err as NodeJS.ErrnoException).code));
}

/** Where the workbook part is; throws when the package has none (a .docx) or a binary one (.xlsb). */
async function workbookPartPath(parts: PackageParts): Promise<string> {
  const rootRels = parseRelationships((await parts.text('_rels/.rels')) ?? '', '');
  const bookPath = relOfType(rootRels, 'officeDocument')?.target ?? 'xl/workbook.xml';
  if (bookPath.toLowerCase().endsWith('.bin') || parts.has('xl/workbook.bin')) throw new WorkbookReadError('xlsb');
  if (!parts.has(bookPath)) throw new WorkbookReadError('not-workbook');
  return bookPath;
}

async function readParts(parts: PackageParts): Promise<Grid[]> {
  const bookPath = await workbookPartPath(parts);
  const bookXml = await parts.text(bookPath);
  if (bookXml === undefined) throw new WorkbookReadError('not-workbook');
  const book = parseWorkbookXml(bookXml);
  // A workbook part that names no sheet (or could not be read as one) is not a clean pass.
  if (book.sheets.length === 0) throw new WorkbookReadError('no-sheets');
  const bookFolder = folderOf(bookPath);
  const bookRelsPath = `${bookFolder ? bookFolder + '/' : ''}_rels/${bookPath.slice(bookFolder.length + (bookFolder ? 1 : 0))}.rels`;
  const rels = parseRelationships((await parts.text(bookRelsPath)) ?? '', bookFolder);

  const stylesXml = await parts.text(relOfType(rels, 'styles')?.target ?? `${bookFolder}/styles.xml`);
  const formats: CellFormats = stylesXml ? parseStyles(stylesXml) : { codes: [], isDate: [] };
  const stringsXml = await parts.text(relOfType(rels, 'sharedStrings')?.target ?? `${bookFolder}/sharedStrings.xml`);
  const sharedStrings = stringsXml ? parseSharedStrings(stringsXml) : [];

  const marks = new Map<string, string>();
  for (const dn of book.definedNames) {
    const sheet = isLapkinMark(dn.name) ? referencedSheet(dn.refersTo) : undefined;
    if (sheet !== undefined) marks.set(sheet, markKind(dn.name));
  }

  const grids: Grid[] = [];
  for (const sheet of book.sheets) {
    const rel = rels.find((r) => r.id === sheet.relId);
    // Chart sheets and dialog sheets have no cells.
    if (!rel || REL_TYPE.exec(rel.type)?.[1] !== 'worksheet') continue;
    const xml = await parts.text(rel.target);
    if (xml === undefined) continue;
    const grid = parseSheetXml(xml, { sharedStrings, formats, date1904: book.date1904, budget: parts.budget }, sheet.name, grids.length);
    const kind = marks.get(sheet.name);
    if (kind !== undefined) grid.generatedBy = kind;
    grids.push(grid);
  }
  if (grids.length === 0) throw new WorkbookReadError('no-sheets');
  return grids;
}
