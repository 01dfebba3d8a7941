/**
 * Finding elements in a package part's XML text and splicing around them, so an edit inserts or
 * removes whole elements and leaves every other byte of the part as it was. Scans with indexOf and
 * anchored patterns only: no backtracking on long input.
 */
import { attr } from '../read/xml-scan';

export interface ElementSpan {
  /** namespace prefix with its colon ("x:") or "" */
  prefix: string;
  start: number;
  /** index just past the start tag's ">" */
  openEnd: number;
  selfClosing: boolean;
  /** index of the closing tag's "<" (= openEnd for a self-closing element) */
  closeStart: number;
  /** index just past the element */
  end: number;
}

/** Every `local` element (any prefix) from `from` on, in document order; nested same-name elements are not expected. */
export function elements(xml: string, local: string, from = 0, to = xml.length): ElementSpan[] {
  const found: ElementSpan[] = [];
  const pattern = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])`, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(xml); m && m.index < to; m = pattern.exec(xml)) {
    const gt = xml.indexOf('>', m.index);
    if (gt < 0) break;
    const prefix = m[1] ?? '';
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    let closeStart = gt + 1;
    let end = gt + 1;
    if (!selfClosing) {
      const close = `</${prefix}${local}>`;
      closeStart = xml.indexOf(close, gt + 1);
      if (closeStart < 0) break;
      end = closeStart + close.length;
    }
    found.push({ prefix, start: m.index, openEnd: gt + 1, selfClosing, closeStart, end });
    pattern.lastIndex = end;
  }
  return found;
}

export function firstElement(xml: string, local: string, from = 0, to = xml.length): ElementSpan | undefined {
  return elements(xml, local, from, to)[0];
}

/** The start tag's text (for attribute lookups). */
export function startTag(xml: string, e: ElementSpan): string {
  return xml.slice(e.start, e.openEnd);
}

/** An attribute of a start tag (the whole "<name …>" text), unescaped. */
export function tagAttr(tag: string, name: string): string | undefined {
  const nameEnd = tag.search(/[\s/>]/);
  return attr(tag.slice(nameEnd < 0 ? tag.length : nameEnd).replace(/\/?>$/, ''), name);
}

/** An edit: replace [start, end) with text. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (any order). */
export function applySplices(xml: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}

/** Appends children to a list element (expanding a self-closing one) and sets its count="" to `count`. */
export function appendChildren(xml: string, list: ElementSpan, children: string, count: number | undefined): Splice[] {
  const tag = startTag(xml, list);
  let open = list.selfClosing ? tag.slice(0, -2).trimEnd() + '>' : tag;
  if (count !== undefined) open = /\scount="\d*"/.test(open) ? open.replace(/\scount="\d*"/, ` count="${count}"`) : open.replace(/>$/, ` count="${count}">`);
  const local = /^<[\w.:-]+/.exec(tag)?.[0].slice(1) ?? '';
  if (list.selfClosing) return [{ start: list.start, end: list.end, text: `${open}${children}</${local}>` }];
  return [
    { start: list.start, end: list.openEnd, text: open },
    { start: list.closeStart, end: list.closeStart, text: children },
  ];
}

/** Where a new child belongs: before the first of `followers` present in the parent, else before the parent's end tag. */
export function insertionPoint(xml: string, parent: ElementSpan, followers: string[]): number {
  let at = parent.closeStart;
  for (const f of followers) {
    const e = firstElement(xml, f, parent.openEnd, parent.closeStart);
    if (e && e.start < at) at = e.start;
  }
  return at;
}
