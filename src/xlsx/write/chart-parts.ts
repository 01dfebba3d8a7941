/**
 * The package parts that put a plan's charts on a Lapkin sheet in a report copy: per sheet with charts a
 * drawing part (xl/drawings/drawingN.xml) and its relationships, one chart part per chart
 * (xl/charts/chartN.xml), the worksheet's relationships to the drawing, their content types, and the
 * <drawing> element the worksheet part ends with. Part names are ones the package does not use yet.
 * On a re-run, the parts an earlier Lapkin sheet brought along are found from its relationships, so they
 * leave with the sheet instead of lingering unreferenced.
 */
import type { SheetPlan } from '../../domain/report/sheet-plan';
import { parseRelationships } from '../read/workbook-parts';
import { chartXml, drawingXml } from './chart-xml';
import { xmlText } from './xml-text';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const DRAWING_REL_TYPE = `${REL_NS}/drawing`;
export const CHART_REL_TYPE = `${REL_NS}/chart`;
export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_REL_ID = 'rIdLapkinDrawing1';

export interface ChartedSheet {
  /** the worksheet part, e.g. "xl/worksheets/sheet7.xml" */
  part: string;
  /** the sheet's name in the written workbook (chart ranges refer to it) */
  name: string;
  plan: SheetPlan;
}

export interface ChartParts {
  /** new parts, [path, xml] */
  parts: [string, string][];
  /** content-type overrides for the new drawing and chart parts */
  types: { part: string; type: string }[];
  /** worksheet part → the element to write just before its </worksheet> */
  drawingElement: Map<string, string>;
}

const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const fileOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const relsPathOf = (part: string): string => `${folderOf(part) ? folderOf(part) + '/' : ''}_rels/${fileOf(part)}.rels`;

/** `target` as a relationship target written from a part in `fromFolder` ("xl/worksheets" → "../drawings/drawing1.xml"). */
function relativeTarget(fromFolder: string, target: string): string {
  const from = fromFolder ? fromFolder.split('/') : [];
  const to = target.split('/');
  let same = 0;
  while (same < from.length && same < to.length - 1 && from[same] === to[same]) same++;
  return [...from.slice(same).map(() => '..'), ...to.slice(same)].join('/');
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlText(r.target)}"/>`).join('') + '</Relationships>';
}

/** The parts for every sheet in `sheets` that has charts; names taken are added to `usedParts` (lower case). */
export function chartParts(sheets: ChartedSheet[], usedParts: Set<string>, bookFolder: string): ChartParts {
  const base = bookFolder ? `${bookFolder}/` : '';
  const numbers = { drawing: 0, chart: 0 };
  const freePart = (kind: 'drawing' | 'chart'): string => {
    let part: string;
    do part = `${base}${kind}s/${kind}${++numbers[kind]}.xml`;
    while (usedParts.has(part.toLowerCase()));
    usedParts.add(part.toLowerCase());
    return part;
  };
  const out: ChartParts = { parts: [], types: [], drawingElement: new Map() };
  for (const sheet of sheets) {
    const charts = sheet.plan.charts.filter((c) => c.series.length > 0);
    if (charts.length === 0) continue;
    const drawing = freePart('drawing');
    const chartPaths = charts.map(() => freePart('chart'));
    const chartRelIds = charts.map((_, i) => `rId${i + 1}`);
    out.parts.push([relsPathOf(sheet.part), relsXml([{ id: DRAWING_REL_ID, type: DRAWING_REL_TYPE, target: relativeTarget(folderOf(sheet.part), drawing) }])]);
    out.parts.push([drawing, drawingXml(charts, chartRelIds)]);
    out.parts.push([relsPathOf(drawing), relsXml(chartPaths.map((p, i) => ({ id: chartRelIds[i], type: CHART_REL_TYPE, target: relativeTarget(folderOf(drawing), p) })))]);
    out.types.push({ part: drawing, type: DRAWING_CONTENT_TYPE });
    charts.forEach((c, i) => {
      out.parts.push([chartPaths[i], chartXml(c, sheet.name, sheet.plan)]);
      out.types.push({ part: chartPaths[i], type: CHART_CONTENT_TYPE });
    });
    out.drawingElement.set(sheet.part, `<drawing r:id="${DRAWING_REL_ID}"/>`);
  }
  return out;
}

/**
 * A worksheet part's pieces (write/sheet-xml.ts) with `element` put before the closing </worksheet>.
 * The pieces pass through as they come, one held back: the closing tag is in the last one.
 */
export function* withDrawing(pieces: Iterable<Uint8Array>, element: string | undefined): Generator<Uint8Array, void, undefined> {
  if (!element) {
    yield* pieces;
    return;
  }
  let held: Uint8Array | undefined;
  for (const piece of pieces) {
    if (held) yield held;
    held = piece;
  }
  if (!held) return;
  const last = new TextDecoder().decode(held);
  const at = last.lastIndexOf('</worksheet>');
  if (at < 0) throw new Error('worksheet part has no closing tag');
  yield new TextEncoder().encode(last.slice(0, at) + element + last.slice(at));
}

/**
 * The drawing and chart parts (with their relationship parts) a worksheet part brought along, found
 * through its relationships; `text` reads a part of the package (undefined when absent).
 */
export async function chartPartsOf(sheetPart: string, text: (path: string) => Promise<string | undefined>): Promise<string[]> {
  const found: string[] = [];
  const sheetRels = await text(relsPathOf(sheetPart));
  if (sheetRels === undefined) return found;
  for (const drawing of parseRelationships(sheetRels, folderOf(sheetPart)).filter((r) => r.type === DRAWING_REL_TYPE)) {
    found.push(drawing.target, relsPathOf(drawing.target));
    const drawingRels = await text(relsPathOf(drawing.target));
    if (drawingRels === undefined) continue;
    for (const chart of parseRelationships(drawingRels, folderOf(drawing.target)).filter((r) => r.type === CHART_REL_TYPE)) {
      found.push(chart.target, relsPathOf(chart.target));
    }
  }
  return found;
}
