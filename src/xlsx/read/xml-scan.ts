/**
 * A small XML tokenizer for the SpreadsheetML parts Lapkin reads: element names (namespace prefix
 * dropped), raw attribute text read on demand, and text content. Not a general XML parser.
 */

export interface XmlHandler {
  /** Raw attribute text of the tag (read it with `attr`); selfClosing tags get no `close` call. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, still XML-escaped; called only while `wantText` is true. */
  text(raw: string, isCdata: boolean): void;
  wantText: boolean;
}

/** XML that cannot be read; `detail` says what in both languages where the planner can act on it. */
export class XmlFormatError extends Error {
  constructor(
    message: string,
    readonly detail?: { id: string; en: string },
  ) {
    super(message);
  }
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Index of the '>' that ends the tag opened at `lt`, skipping quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let j = lt + 1;
  const n = xml.length;
  while (j < n) {
    const ch = xml.charCodeAt(j);
    if (ch === 62 /* > */) return j;
    if (ch === 34 /* " */ || ch === 39 /* ' */) {
      const q = xml.indexOf(ch === 34 ? '"' : "'", j + 1);
      if (q < 0) break;
      j = q + 1;
    } else j++;
  }
  throw new XmlFormatError(`unterminated tag at ${lt}`);
}

function skipTo(xml: string, from: number, marker: string): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw new XmlFormatError(`missing ${marker}`);
  return end + marker.length;
}

function isNameEnd(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 /* / */ || ch === 62 /* > */;
}

export function scanXml(xml: string, h: XmlHandler): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (h.wantText) h.text(xml.slice(i), false);
      return;
    }
    if (lt > i && h.wantText) h.text(xml.slice(i, lt), false);
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = skipTo(xml, lt + 9, ']]>');
        if (h.wantText) h.text(xml.slice(lt + 9, end - 3), true);
        i = end;
      } else if (xml.startsWith('<!--', lt)) i = skipTo(xml, lt + 4, '-->');
      // SpreadsheetML has no DTD; one (with its entities) is refused rather than skipped or expanded.
      else throw new XmlFormatError('a DTD (<!DOCTYPE …>) is not allowed in a workbook part', { id: 'DTD (<!DOCTYPE …>) tidak diizinkan di bagian workbook', en: 'a DTD (<!DOCTYPE …>) is not allowed in a workbook part' });
      continue;
    }
    if (next === 63 /* ? */) {
      i = skipTo(xml, lt + 2, '?>');
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (next === 47 /* / */) {
      h.close(localName(xml.slice(lt + 2, gt).trim()));
    } else {
      let e = lt + 1;
      while (e < gt && !isNameEnd(xml.charCodeAt(e))) e++;
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const name = localName(xml.slice(lt + 1, e));
      h.open(name, xml.slice(e, selfClosing ? gt - 1 : gt), selfClosing);
    }
    i = gt + 1;
  }
}

/** The value of attribute `name` (exact qualified name, e.g. "r" or "r:id"), unescaped; undefined when absent. */
export function attr(attrs: string, name: string): string | undefined {
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    const eq = attrs.indexOf('=', i);
    if (eq < 0) return undefined;
    const key = attrs.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && attrs.charCodeAt(q) !== 34 && attrs.charCodeAt(q) !== 39) q++;
    if (q >= n) return undefined;
    const close = attrs.indexOf(attrs[q], q + 1);
    if (close < 0) return undefined;
    if (key === name) return decodeXml(attrs.slice(q + 1, close));
    i = close + 1;
  }
  return undefined;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the five XML entities and numeric character references. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** Excel escapes control characters in strings as _xHHHH_ (and a literal "_x" as "_x005F_x"). */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text as a string of its own rather than a slice of the shared-strings XML (docs/performance.md). */
export function ownString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
