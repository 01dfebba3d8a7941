/**
 * The report copy of a workbook: the input package with every part carried over byte for byte (its
 * compressed bytes copied, never re-inflated), Lapkin's earlier sheets removed when their cells are
 * still exactly what Lapkin wrote, and the plans added as new, marked worksheet parts. Only the parts
 * that register sheets change (workbook.xml, its relationships, [Content_Types].xml, styles.xml) and
 * those by inserting and removing elements. Runs in Node and in a browser Web Worker alike: the codec
 * is handed in and nothing here needs Node.
 */
import type { WrittenSheet } from '../domain/ports';
import { gridFingerprint, lapkinMarkName, parseLapkinMark, planFingerprint } from '../domain/report/lapkin-mark';
import { safeSheetName, type ReportSheetKind, type SheetPlan } from '../domain/report/sheet-plan';
import { referencedSheet, sheetA1 } from './marks';
import { parseSheetXml } from './read/sheet-xml';
import { parseRelationships, parseSharedStrings, parseWorkbookXml, type Relationship } from './read/workbook-parts';
import { partText } from './read/zip-entries';
import { editAppProperties } from './write/app-props-edit';
import { chartParts, chartPartsOf, withDrawing } from './write/chart-parts';
import { sheetXmlPieces } from './write/sheet-xml';
import { StyleBook } from './write/style-book';
import { editStyles, EMPTY_STYLES, styleBase } from './write/styles-edit';
import { editContentTypes, editRelationships, editWorkbookXml, STYLES_CONTENT_TYPE, STYLES_REL_TYPE, WORKSHEET_CONTENT_TYPE, WORKSHEET_REL_TYPE, type NewSheet } from './write/workbook-edit';
import { storedEntries, type StoredEntry } from './zip-source';
import { ZipWriter, type DeflateCodec } from './zip-writer';

export interface ReportCodec extends DeflateCodec {
  inflateRaw(b: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

/** A sheet that carries Lapkin's mark but holds cells Lapkin did not write: it stays, and the planner is told. */
export interface KeptSheet {
  name: string;
  kind: ReportSheetKind;
}

export interface ReportBytes {
  bytes: Uint8Array;
  sheets: WrittenSheet[];
  kept: KeptSheet[];
}

const MAX_SHEET_NAME = 31;

/** `name`, or "name (2)", "name (3)" … shortened to Excel's 31 characters, whichever no sheet has yet (`taken` in lower case). */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const base = safeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

class Package {
  readonly entries: StoredEntry[];
  private readonly byName = new Map<string, StoredEntry>();

  constructor(
    bytes: Uint8Array,
    private readonly codec: ReportCodec,
  ) {
    this.entries = storedEntries(bytes);
    for (const e of this.entries) this.byName.set(e.name.replace(/^\//, '').toLowerCase(), e);
  }

  entry(path: string): StoredEntry | undefined {
    return this.byName.get(path.toLowerCase());
  }

  async text(path: string): Promise<string | undefined> {
    const e = this.entry(path);
    if (!e) return undefined;
    if (e.method === 0) return partText(e.data, path);
    if (e.method !== 8) throw new Error(`${path} uses compression method ${e.method}`);
    return partText(await this.codec.inflateRaw(e.data), path);
  }
}

const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const relsPathOf = (part: string): string => {
  const folder = folderOf(part);
  return `${folder ? folder + '/' : ''}_rels/${part.slice(folder ? folder.length + 1 : 0)}.rels`;
};
const relativeTo = (folder: string, part: string): string => (folder && part.startsWith(folder + '/') ? part.slice(folder.length + 1) : `/${part}`);

/** "4:5" → "'Sheet'!$4:$5"; "A6:I40" → "'Sheet'!$A$6:$I$40". */
function absolute(sheet: string, range: string): string {
  const abs = range.split(':').map((end) => end.replace(/^([A-Z]*)(\d*)$/, (_m, col: string, row: string) => (col ? `$${col}` : '') + (row ? `$${row}` : ''))).join(':');
  return `${sheetA1(sheet).slice(0, -5)}!${abs}`;
}

export async function reportWorkbookBytes(input: Uint8Array, plans: SheetPlan[], codec: ReportCodec): Promise<ReportBytes> {
  const pkg = new Package(input, codec);
  const rootRels = parseRelationships((await pkg.text('_rels/.rels')) ?? '', '');
  const bookPath = rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const bookXml = await pkg.text(bookPath);
  if (bookXml === undefined) throw new Error('the package has no workbook part');
  const bookFolder = folderOf(bookPath);
  const bookRelsPath = relsPathOf(bookPath);
  const bookRelsXml = (await pkg.text(bookRelsPath)) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const book = parseWorkbookXml(bookXml);
  const rels = parseRelationships(bookRelsXml, bookFolder);
  const relById = new Map(rels.map((r) => [r.id, r]));

  // Lapkin's earlier sheets: a mark whose checksum holds, on a sheet whose cells still match its fingerprint.
  let sharedStrings: string[] | undefined;
  const removeRelIds = new Set<string>();
  const removeNames = new Set<string>();
  const kept: KeptSheet[] = [];
  for (const dn of book.definedNames) {
    const mark = parseLapkinMark(dn.name);
    if (!mark) continue;
    const sheetName = referencedSheet(dn.refersTo)?.toLowerCase();
    const sheet = book.sheets.find((s) => s.name.toLowerCase() === sheetName);
    const rel: Relationship | undefined = sheet && relById.get(sheet.relId);
    const xml = rel && (await pkg.text(rel.target));
    if (!sheet || !rel || xml === undefined) {
      removeNames.add(dn.name.toLowerCase()); // the sheet is gone: the mark goes too
      continue;
    }
    sharedStrings ??= parseSharedStrings((await pkg.text(rels.find((r) => r.type.endsWith('/sharedStrings'))?.target ?? '')) ?? '');
    const grid = parseSheetXml(xml, { sharedStrings, formats: { codes: [], isDate: [] }, date1904: false }, sheet.name, 0);
    if (gridFingerprint(grid) === mark.fingerprint) {
      removeRelIds.add(sheet.relId);
      removeNames.add(dn.name.toLowerCase());
    } else {
      kept.push({ name: sheet.name, kind: mark.kind });
    }
  }
  const removedParts = new Set<string>();
  for (const id of removeRelIds) {
    const target = relById.get(id)?.target ?? '';
    removedParts.add(target.toLowerCase());
    removedParts.add(relsPathOf(target).toLowerCase());
    for (const part of await chartPartsOf(target, (p) => pkg.text(p))) removedParts.add(part.toLowerCase());
  }

  // Styles: the workbook's own, with Lapkin's formats appended.
  const stylesRel = rels.find((r) => r.type.endsWith('/styles'));
  const stylesPath = stylesRel?.target ?? `${bookFolder ? bookFolder + '/' : ''}styles.xml`;
  const stylesXml = (stylesRel && (await pkg.text(stylesPath))) ?? EMPTY_STYLES;
  const styles = new StyleBook(styleBase(stylesXml));

  // New sheets: free names, free part names, free relationship ids, marks.
  const taken = new Set(book.sheets.filter((s) => !removeRelIds.has(s.relId)).map((s) => s.name.toLowerCase()));
  const sheetNames = plans.map((plan) => {
    const name = freeSheetName(plan.name, taken);
    taken.add(name.toLowerCase());
    return name;
  });
  const renames = new Map(plans.flatMap((p, i) => (p.name !== sheetNames[i] ? [[p.name, sheetNames[i]] as const] : [])));
  const usedParts = new Set(pkg.entries.map((e) => e.name.toLowerCase()).filter((n) => !removedParts.has(n)));
  const usedIds = new Set(rels.map((r) => r.id));
  const usedNames = new Set(book.definedNames.map((d) => d.name.toLowerCase()).filter((n) => !removeNames.has(n)));
  const perKind = new Map<ReportSheetKind, number>();
  let partNo = 0;
  let relNo = 0;
  const added: (NewSheet & { part: string; pieces: Iterable<Uint8Array> })[] = plans.map((plan, i) => {
    const name = sheetNames[i];
    let part: string;
    do part = `${bookFolder ? bookFolder + '/' : ''}worksheets/sheet${++partNo}.xml`;
    while (usedParts.has(part.toLowerCase()));
    usedParts.add(part.toLowerCase());
    let relId: string;
    do relId = `rIdLapkin${++relNo}`;
    while (usedIds.has(relId));
    const fingerprint = planFingerprint(plan);
    let n = perKind.get(plan.kind) ?? 0;
    let mark: string;
    do mark = lapkinMarkName(plan.kind, ++n, fingerprint);
    while (usedNames.has(mark.toLowerCase()));
    perKind.set(plan.kind, n);
    usedNames.add(mark.toLowerCase());
    const localNames: [string, string][] = [];
    if (plan.print.printTitleRows) localNames.push(['_xlnm.Print_Titles', absolute(name, plan.print.printTitleRows)]);
    if (plan.autoFilter) localNames.push(['_xlnm._FilterDatabase', absolute(name, plan.autoFilter)]);
    return { name, relId, part, localNames, globalNames: [[mark, sheetA1(name)]], pieces: sheetXmlPieces(plan, styles, renames) };
  });

  const charts = chartParts(added.map((s, i) => ({ part: s.part, name: s.name, plan: plans[i] })), usedParts, bookFolder);
  // The new sheets first, deflated as their XML is made: their styles must all be known before styles.xml is edited.
  const zip = new ZipWriter(codec);
  const deflatedSheets = [];
  for (const s of added) deflatedSheets.push(await zip.deflate(s.part, withDrawing(s.pieces, charts.drawingElement.get(s.part))));

  // The edited registration parts.
  const newRels = added.map((s) => ({ id: s.relId, target: relativeTo(bookFolder, s.part), type: WORKSHEET_REL_TYPE }));
  const newTypes = [...added.map((s) => ({ part: s.part, type: WORKSHEET_CONTENT_TYPE })), ...charts.types];
  if (!stylesRel) {
    let id = 'rIdLapkinStyles';
    while (usedIds.has(id)) id += '_';
    newRels.push({ id, target: relativeTo(bookFolder, stylesPath), type: STYLES_REL_TYPE });
    newTypes.push({ part: stylesPath, type: STYLES_CONTENT_TYPE });
  }
  const contentTypesXml = await pkg.text('[Content_Types].xml');
  if (contentTypesXml === undefined) throw new Error('the package has no [Content_Types].xml');
  const edited = new Map<string, string>([
    [bookPath.toLowerCase(), editWorkbookXml(bookXml, { removeRelIds, removeNames, add: added })],
    [bookRelsPath.toLowerCase(), editRelationships(bookRelsXml, removeRelIds, newRels)],
    ['[content_types].xml', editContentTypes(contentTypesXml, removedParts, newTypes)],
    [stylesPath.toLowerCase(), editStyles(stylesXml, styles)],
  ]);
  // The document properties' sheet list, when the package has one that matches its sheets.
  const appPath = rootRels.find((r) => r.type.endsWith('/extended-properties'))?.target;
  const appXml = appPath === undefined ? undefined : await pkg.text(appPath);
  if (appPath !== undefined && appXml !== undefined) {
    const after = [...book.sheets.filter((s) => !removeRelIds.has(s.relId)).map((s) => s.name), ...sheetNames];
    const appEdited = editAppProperties(appXml, book.sheets.map((s) => s.name), after);
    if (appEdited !== undefined) edited.set(appPath.toLowerCase(), appEdited);
  }

  const encoder = new TextEncoder();
  for (const entry of pkg.entries) {
    const key = entry.name.replace(/^\//, '').toLowerCase();
    if (removedParts.has(key)) continue;
    const text = edited.get(key);
    if (text === undefined) zip.copy(entry);
    else {
      await zip.add(entry.name, [encoder.encode(text)]);
      edited.delete(key);
    }
  }
  // Parts the package lacked (its workbook relationships or styles).
  for (const [path, text] of edited) await zip.add(path === bookRelsPath.toLowerCase() ? bookRelsPath : stylesPath, [encoder.encode(text)]);
  for (const part of deflatedSheets) zip.place(part);
  for (const [path, xml] of charts.parts) await zip.add(path, [encoder.encode(xml)]);

  return { bytes: zip.finish(), sheets: plans.map((p, i) => ({ name: sheetNames[i], kind: p.kind })), kept };
}
