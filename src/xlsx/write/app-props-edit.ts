/**
 * docProps/app.xml lists the workbook's sheets for the file's properties (Excel's Info pane, Windows'
 * Details): HeadingPairs names groups with their counts ("Worksheets" 10, "Named Ranges" 2, in the
 * language of the Excel that saved it) and TitlesOfParts lists every group's titles in that order. When
 * Lapkin adds or replaces sheets the worksheet group is rewritten, its count and the list's size follow,
 * and every other byte stays. The worksheet group is found by its titles (the workbook's sheet names
 * before the edit), not by its label, so a file saved by an Indonesian Excel ("Lembar Kerja") is handled
 * the same; a file whose properties disagree with its sheets already is left as it is.
 */
import { decodeXml } from '../read/xml-scan';
import { applySplices, elements, firstElement, startTag, type ElementSpan, type Splice } from './xml-splice';
import { xmlText } from './xml-text';

interface Group {
  /** the vt:i4 (or similar) element holding the group's count */
  countEl: ElementSpan;
  count: number;
}

function textOf(xml: string, e: ElementSpan): string {
  return decodeXml(xml.slice(e.openEnd, e.closeStart));
}

/** The groups of HeadingPairs' vector: variants alternate a label and a count. */
function groups(xml: string, vector: ElementSpan): Group[] | undefined {
  const variants = elements(xml, 'variant', vector.openEnd, vector.closeStart);
  if (variants.length % 2 !== 0) return undefined;
  const found: Group[] = [];
  for (let i = 1; i < variants.length; i += 2) {
    const v = variants[i];
    const countEl = firstElement(xml, 'i4', v.openEnd, v.closeStart);
    const count = countEl ? Number(textOf(xml, countEl)) : NaN;
    if (!countEl || !Number.isInteger(count) || count < 0) return undefined;
    found.push({ countEl, count });
  }
  return found;
}

/** `before` → `after` in the worksheet group; undefined when the part cannot be matched to `before` (then leave it). */
export function editAppProperties(xml: string, before: readonly string[], after: readonly string[]): string | undefined {
  const pairs = firstElement(xml, 'HeadingPairs');
  const titlesOf = firstElement(xml, 'TitlesOfParts');
  const pairsVector = pairs && firstElement(xml, 'vector', pairs.openEnd, pairs.closeStart);
  const titlesVector = titlesOf && firstElement(xml, 'vector', titlesOf.openEnd, titlesOf.closeStart);
  if (!pairsVector || !titlesVector || titlesVector.selfClosing) return undefined;
  const list = groups(xml, pairsVector);
  const titles = elements(xml, 'lpstr', titlesVector.openEnd, titlesVector.closeStart);
  if (!list || list.reduce((n, g) => n + g.count, 0) !== titles.length) return undefined;

  let first = 0;
  const group = list.find((g) => {
    const names = titles.slice(first, first + g.count).map((t) => textOf(xml, t));
    const match = g.count === before.length && names.every((n, i) => n === before[i]);
    if (!match) first += g.count;
    return match;
  });
  if (!group || group.count === 0) return undefined;

  const prefix = titles[first].prefix;
  const own = titles.slice(first, first + group.count);
  const splices: Splice[] = [
    { start: own[0].start, end: own[own.length - 1].end, text: after.map((n) => `<${prefix}lpstr>${xmlText(n)}</${prefix}lpstr>`).join('') },
    { start: group.countEl.openEnd, end: group.countEl.closeStart, text: String(after.length) },
  ];
  const tag = startTag(xml, titlesVector);
  const size = titles.length - group.count + after.length;
  const sized = /\ssize="\d*"/.test(tag) ? tag.replace(/\ssize="\d*"/, ` size="${size}"`) : tag.replace(/>$/, ` size="${size}">`);
  splices.push({ start: titlesVector.start, end: titlesVector.openEnd, text: sized });
  return applySplices(xml, splices);
}
