/**
 * The edits that register Lapkin's sheets in a package: workbook.xml (sheets, defined names, the
 * active tab, recalculation on open), the workbook's relationships and [Content_Types].xml. Each edit
 * inserts or removes whole elements; an attribute changes only where an index has to follow a removed
 * sheet (localSheetId, activeTab, firstSheet) or to ask for recalculation.
 */
import { applySplices, tagAttr, appendChildren, elements, firstElement, insertionPoint, startTag, type Splice } from './xml-splice';
import { xmlText } from './xml-text';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const WORKSHEET_REL_TYPE = `${REL_NS}/worksheet`;
export const STYLES_REL_TYPE = `${REL_NS}/styles`;
export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export interface NewSheet {
  name: string;
  relId: string;
  /** defined names scoped to this sheet (print titles, filter range), as [name, formula] */
  localNames: [string, string][];
  /** workbook-level defined names that come with it (its mark) */
  globalNames: [string, string][];
}

export interface WorkbookEdit {
  /** r:ids of the sheets to remove */
  removeRelIds: ReadonlySet<string>;
  /** defined names to remove (compared without case) */
  removeNames: ReadonlySet<string>;
  add: NewSheet[];
}

/** Elements that follow definedNames / calcPr in CT_Workbook, for inserting either where the schema wants it. */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

const relIdOf = (tag: string): string | undefined => {
  const m = /\s([\w.-]+):id="([^"]*)"/.exec(tag);
  return m ? m[2] : undefined;
};

export function editWorkbookXml(xml: string, edit: WorkbookEdit): string {
  const root = firstElement(xml, 'workbook');
  const sheetsEl = firstElement(xml, 'sheets');
  if (!root || !sheetsEl) throw new Error('workbook.xml has no sheets');
  const p = sheetsEl.prefix;
  const splices: Splice[] = [];

  const oldSheets = elements(xml, 'sheet', sheetsEl.openEnd, sheetsEl.closeStart);
  const newIndex: number[] = [];
  let kept = 0;
  let maxSheetId = 0;
  for (const s of oldSheets) {
    const tag = startTag(xml, s);
    maxSheetId = Math.max(maxSheetId, Number(tagAttr(tag, 'sheetId')) || 0);
    const removed = edit.removeRelIds.has(relIdOf(tag) ?? '');
    newIndex.push(removed ? -1 : kept++);
    if (removed) splices.push({ start: s.start, end: s.end, text: '' });
  }
  const added = edit.add
    .map((s, i) => `<${p}sheet xmlns:r="${REL_NS}" name="${xmlText(s.name)}" sheetId="${maxSheetId + 1 + i}" r:id="${s.relId}"/>`)
    .join('');
  splices.push({ start: sheetsEl.closeStart, end: sheetsEl.closeStart, text: added });

  // Names: drop the removed ones and those scoped to a removed sheet; follow the sheets' new positions.
  const namesEl = firstElement(xml, 'definedNames', root.openEnd, root.closeStart);
  if (namesEl) {
    for (const n of elements(xml, 'definedName', namesEl.openEnd, namesEl.closeStart)) {
      const tag = startTag(xml, n);
      const local = tagAttr(tag, 'localSheetId');
      const index = local === undefined ? undefined : newIndex[Number(local)];
      if (edit.removeNames.has((tagAttr(tag, 'name') ?? '').toLowerCase()) || index === -1) splices.push({ start: n.start, end: n.end, text: '' });
      else if (index !== undefined && String(index) !== local) splices.push({ start: n.start, end: n.openEnd, text: tag.replace(/localSheetId="\d+"/, `localSheetId="${index}"`) });
    }
  }
  const names = edit.add.flatMap((s, i) => [
    ...s.globalNames.map(([name, formula]) => `<${p}definedName name="${xmlText(name)}">${xmlText(formula)}</${p}definedName>`),
    ...s.localNames.map(([name, formula]) => `<${p}definedName name="${xmlText(name)}" localSheetId="${kept + i}"${name === '_xlnm._FilterDatabase' ? ' hidden="1"' : ''}>${xmlText(formula)}</${p}definedName>`),
  ]).join('');
  if (names && namesEl) splices.push(...appendChildren(xml, namesEl, names, undefined));
  else if (names) splices.push({ start: insertionPoint(xml, root, AFTER_DEFINED_NAMES), end: insertionPoint(xml, root, AFTER_DEFINED_NAMES), text: `<${p}definedNames>${names}</${p}definedNames>` });

  // The tab that was active stays active; if it was one of Lapkin's old sheets, the first sheet is.
  for (const view of elements(xml, 'workbookView', root.openEnd, root.closeStart)) {
    const tag = startTag(xml, view);
    const remapped = tag.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (_m, key: string, v: string) => ` ${key}="${Math.max(0, newIndex[Number(v)] ?? 0)}"`);
    if (remapped !== tag) splices.push({ start: view.start, end: view.openEnd, text: remapped });
  }

  // Lapkin's formulas carry the core's results; Excel recomputes everything on open all the same.
  const calc = firstElement(xml, 'calcPr', root.openEnd, root.closeStart);
  if (calc) {
    const tag = startTag(xml, calc);
    if (!/\sfullCalcOnLoad="(1|true)"/.test(tag)) {
      const fixed = /\sfullCalcOnLoad="[^"]*"/.test(tag) ? tag.replace(/\sfullCalcOnLoad="[^"]*"/, ' fullCalcOnLoad="1"') : tag.replace(/\s*(\/?)>$/, ' fullCalcOnLoad="1"$1>');
      splices.push({ start: calc.start, end: calc.openEnd, text: fixed });
    }
  } else {
    const at = insertionPoint(xml, root, AFTER_DEFINED_NAMES.slice(1));
    splices.push({ start: at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` });
  }
  return applySplices(xml, splices);
}

/** Removes the relationships with the given ids and appends the new ones. */
export function editRelationships(xml: string, removeIds: ReadonlySet<string>, add: { id: string; target: string; type: string }[]): string {
  const root = firstElement(xml, 'Relationships');
  if (!root) throw new Error('workbook relationships are unreadable');
  const splices: Splice[] = elements(xml, 'Relationship', root.openEnd, root.closeStart)
    .filter((r) => removeIds.has(tagAttr(startTag(xml, r), 'Id') ?? ''))
    .map((r) => ({ start: r.start, end: r.end, text: '' }));
  const children = add.map((r) => `<${root.prefix}Relationship Id="${r.id}" Type="${r.type}" Target="${xmlText(r.target)}"/>`).join('');
  splices.push(...appendChildren(xml, root, children, undefined));
  return applySplices(xml, splices);
}

/** Removes the overrides of removed parts and declares the new parts ("xl/worksheets/sheet9.xml"). */
export function editContentTypes(xml: string, removeParts: ReadonlySet<string>, addParts: { part: string; type: string }[]): string {
  const root = firstElement(xml, 'Types');
  if (!root) throw new Error('[Content_Types].xml is unreadable');
  const splices: Splice[] = elements(xml, 'Override', root.openEnd, root.closeStart)
    .filter((o) => removeParts.has((tagAttr(startTag(xml, o), 'PartName') ?? '').replace(/^\//, '').toLowerCase()))
    .map((o) => ({ start: o.start, end: o.end, text: '' }));
  const children = addParts.map(({ part, type }) => `<${root.prefix}Override PartName="/${xmlText(part)}" ContentType="${type}"/>`).join('');
  splices.push(...appendChildren(xml, root, children, undefined));
  return applySplices(xml, splices);
}
