/** The small workbook-level parts: relationships, workbook.xml (sheets, defined names), styles, shared strings. */
import { attr, decodeExcelEscapes, decodeXml, ownString, scanXml, type XmlHandler } from './xml-scan';
import { builtInFormat, isDateFormat } from './number-formats';

export interface Relationship {
  id: string;
  type: string;
  /** Part path inside the zip, resolved, without a leading "/". */
  target: string;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolvePartPath(baseFolder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseFolder}/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function parseRelationships(xml: string, baseFolder: string): Relationship[] {
  const rels: Relationship[] = [];
  scanXml(xml, {
    wantText: false,
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const id = attr(attrs, 'Id');
      const target = attr(attrs, 'Target');
      if (id === undefined || target === undefined || attr(attrs, 'TargetMode') === 'External') return;
      rels.push({ id, type: attr(attrs, 'Type') ?? '', target: resolvePartPath(baseFolder, target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

export interface SheetEntry {
  name: string;
  relId: string;
  state?: string;
}

export interface DefinedName {
  name: string;
  /** The formula text, e.g. "'Tabel 3.1 (Lapkin)'!$A$1". */
  refersTo: string;
  localSheetId?: number;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  date1904: boolean;
}

export function parseWorkbookXml(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], definedNames: [], date1904: false };
  let pending: { name: string; localSheetId?: number; text: string } | undefined;
  const h: XmlHandler = {
    wantText: false,
    open(name, attrs, selfClosing) {
      if (name === 'workbookPr') {
        const v = attr(attrs, 'date1904');
        info.date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet') {
        const relId = attr(attrs, 'r:id') ?? attr(attrs, 'relationships:id');
        const sheetName = attr(attrs, 'name');
        if (relId !== undefined && sheetName !== undefined) info.sheets.push({ name: sheetName, relId, state: attr(attrs, 'state') });
      } else if (name === 'definedName' && !selfClosing) {
        const local = attr(attrs, 'localSheetId');
        pending = { name: attr(attrs, 'name') ?? '', text: '', ...(local !== undefined ? { localSheetId: Number(local) } : {}) };
        h.wantText = true;
      }
    },
    close(name) {
      if (name === 'definedName' && pending) {
        info.definedNames.push({ name: pending.name, refersTo: pending.text, ...(pending.localSheetId !== undefined ? { localSheetId: pending.localSheetId } : {}) });
        pending = undefined;
        h.wantText = false;
      }
    },
    text(raw, isCdata) {
      if (pending) pending.text += isCdata ? raw : decodeXml(raw);
    },
  };
  scanXml(xml, h);
  return info;
}

export interface CellFormats {
  /** Number format code per cellXfs index; undefined = General. Codes are shared string instances. */
  codes: (string | undefined)[];
  /** Whether that format shows a date. */
  isDate: boolean[];
}

export function parseStyles(xml: string): CellFormats {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    wantText: false,
    open(name, attrs, selfClosing) {
      if (name === 'numFmt') {
        const id = Number(attr(attrs, 'numFmtId'));
        const code = attr(attrs, 'formatCode');
        if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs) xfFormatIds.push(Number(attr(attrs, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  const codes = xfFormatIds.map((id) => {
    const code = custom.get(id) ?? builtInFormat(id);
    return code === undefined || code === 'General' ? undefined : code;
  });
  return { codes, isDate: codes.map(isDateFormat) };
}

/** Shared strings as plain text: rich-text runs joined, phonetic (rPh) runs left out. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inPhonetic = false;
  const h: XmlHandler = {
    wantText: false,
    open(name, _attrs, selfClosing) {
      if (name === 'si') {
        if (selfClosing) strings.push('');
        else current = '';
      } else if (name === 'rPh') inPhonetic = !selfClosing;
      else if (name === 't' && !selfClosing && !inPhonetic) h.wantText = true;
    },
    close(name) {
      if (name === 't') h.wantText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(ownString(decodeExcelEscapes(current)));
    },
    text(raw, isCdata) {
      current += isCdata ? raw : decodeXml(raw);
    },
  };
  scanXml(xml, h);
  return strings;
}
