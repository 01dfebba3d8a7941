/** Reads how many entries styles.xml's lists hold, and appends Lapkin's after them (counts updated). */
import type { StyleBase, StyleBook } from './style-book';
import { applySplices, tagAttr, appendChildren, elements, firstElement, insertionPoint, startTag, type Splice } from './xml-splice';

type ListName = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const CHILD: Record<ListName, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };
/** CT_Stylesheet's order, to insert a list the part lacks in its place. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A minimal styles part for a package that has none (Excel requires the default font, fills, border and xf). */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function list(xml: string, name: ListName): { span: ReturnType<typeof firstElement>; children: number } {
  const span = firstElement(xml, name);
  const children = span && !span.selfClosing ? elements(xml, CHILD[name], span.openEnd, span.closeStart).length : 0;
  return { span, children };
}

export function styleBase(xml: string): StyleBase {
  const numFmts = new Map<string, number>();
  const fmts = list(xml, 'numFmts').span;
  if (fmts && !fmts.selfClosing) {
    for (const f of elements(xml, 'numFmt', fmts.openEnd, fmts.closeStart)) {
      const tag = startTag(xml, f);
      const code = /\sformatCode="([^"]*)"/.exec(tag)?.[1];
      const id = Number(tagAttr(tag, 'numFmtId'));
      if (code !== undefined && Number.isFinite(id)) numFmts.set(code, id);
    }
  }
  return {
    fonts: list(xml, 'fonts').children,
    fills: list(xml, 'fills').children,
    borders: list(xml, 'borders').children,
    cellXfs: list(xml, 'cellXfs').children,
    dxfs: list(xml, 'dxfs').children,
    numFmts,
  };
}

/**
 * Lapkin's style elements under the part's own prefix: a styles part written as `<x:styleSheet xmlns:x=…>`
 * (some tools do) has no default namespace, and an unprefixed `<xf>` there would be in none. The fragments
 * are Lapkin's own (attribute values escaped), so every "<name" and "</name" is a tag.
 */
export function prefixed(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${prefix}`) : fragment;
}

export function editStyles(xml: string, book: StyleBook): string {
  const root = firstElement(xml, 'styleSheet');
  if (!root) throw new Error('styles.xml is unreadable');
  const splices: Splice[] = [];
  for (const [name, own] of Object.entries(book.additions()) as [ListName, string[]][]) {
    if (own.length === 0) continue;
    const added = own.map((x) => prefixed(x, root.prefix));
    const { span, children } = list(xml, name);
    if (span) splices.push(...appendChildren(xml, span, added.join(''), children + added.length));
    else {
      const at = insertionPoint(xml, root, ORDER.slice(ORDER.indexOf(name) + 1));
      splices.push({ start: at, end: at, text: `<${root.prefix}${name} count="${added.length}">${added.join('')}</${root.prefix}${name}>` });
    }
  }
  return applySplices(xml, splices);
}
