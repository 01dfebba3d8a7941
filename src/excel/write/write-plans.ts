/**
 * Writes SheetPlans into the open workbook with office-js. The whole write is three syncs (list sheets
 * and names; delete Lapkin's old sheets and add the new ones with their layout and marks; charts,
 * AutoFilters and activation once the data is in) plus one sync per row chunk. Nothing syncs inside a
 * per-row loop.
 */
import { a1 } from '../../domain/grid/grid';
import { safeSheetName } from '../../domain/report/sheet-plan';
import type { SheetPlan } from '../../domain/report/sheet-plan';
import type { WrittenSheet } from '../../domain/ports';
import { areaAddress, quoteSheet } from '../addresses';
import type { ExcelFeatures } from '../features';
import { isPayloadLimitError } from '../office-errors';
import type { ExcelRun } from '../run';
import { buildChunk, chunkRows, DEFAULT_CHUNK_BUDGET } from './plan-chunks';
import type { LinkMode } from './plan-chunks';
import { applyStyle, queueRowHeights, queueSheetFinish, queueSheetSetup } from './sheet-setup';
import { FingerprintBuilder, planFingerprint } from '../../domain/report/lapkin-mark';
import { findMarks, newMarkName, planReplacement, type LapkinMark } from './sheet-names';

export interface WritePlansOptions {
  features: ExcelFeatures;
  /** estimated bytes per chunk request; tests lower it to force several chunks */
  chunkBudget?: number;
  onProgress?: (done: number, total: number) => void;
}

const MARK_COMMENT = 'Lembar buatan Lapkin: diganti setiap kali laporan dibuat ulang.';

/** Calculation and repainting wait while Lapkin writes; both resume at the next sync, so each batch asks again. */
function suspend(context: Excel.RequestContext, features: ExcelFeatures): void {
  if (features.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
  if (features.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

interface ChunkTarget {
  context: Excel.RequestContext;
  sheet: Excel.Worksheet;
  plan: SheetPlan;
  linkMode: LinkMode;
  renamed: ReadonlyMap<string, string>;
  features: ExcelFeatures;
}

function queueChunk(t: ChunkTarget, firstRow: number, rowCount: number): void {
  const chunk = buildChunk(t.plan, firstRow, rowCount, t.linkMode, t.renamed);
  suspend(t.context, t.features);
  if (chunk.width > 0) {
    const range = t.sheet.getRange(areaAddress(firstRow, 0, firstRow + rowCount - 1, chunk.width - 1));
    // Number formats first: a text cell is "@" before its value lands, so "=…" or "2024" stays text.
    range.numberFormat = chunk.numberFormats;
    range.formulas = chunk.formulas;
  }
  queueRowHeights(t.sheet, t.plan.rowHeights, firstRow, rowCount);
  for (const rect of chunk.styleRects) {
    const style = t.plan.styles[rect.style];
    if (style) applyStyle(t.sheet.getRange(areaAddress(rect.top, rect.left, rect.bottom, rect.right)), style);
  }
  for (const link of chunk.links) {
    t.sheet.getRange(a1(link.row, link.col)).hyperlink = {
      documentReference: `${quoteSheet(link.sheet)}!${link.cell}`,
      textToDisplay: link.text,
    };
  }
}

/** One chunk, one sync; over Excel on the web's 5 MB limit, the chunk is halved and retried. */
async function writeRows(t: ChunkTarget, firstRow: number, rowCount: number, progress: (rows: number) => void): Promise<void> {
  queueChunk(t, firstRow, rowCount);
  try {
    await t.context.sync();
  } catch (e) {
    if (!isPayloadLimitError(e) || rowCount <= 1) throw e;
    const half = Math.ceil(rowCount / 2);
    await writeRows(t, firstRow, half, progress);
    await writeRows(t, firstRow + half, rowCount - half, progress);
    return;
  }
  progress(rowCount);
}

/**
 * The marks (of the kinds being written) whose sheet still holds exactly the cells Lapkin wrote: one sync
 * reading those sheets' formulas. A sheet the planner has written in is never deleted.
 */
async function unchangedMarks(context: Excel.RequestContext, marks: LapkinMark[], kinds: Set<string>, sheetNames: string[]): Promise<Set<string>> {
  const present = new Map(sheetNames.map((s) => [s.toLocaleLowerCase('id'), s]));
  const candidates = marks.flatMap((mark) => {
    const sheet = mark.sheet !== undefined ? present.get(mark.sheet.toLocaleLowerCase('id')) : undefined;
    if (sheet === undefined || !kinds.has(mark.kind)) return [];
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load('formulas,rowIndex,columnIndex');
    return [{ mark, used }];
  });
  if (candidates.length === 0) return new Set();
  await context.sync();
  const unchanged = new Set<string>();
  for (const { mark, used } of candidates) {
    const fp = new FingerprintBuilder();
    if (!used.isNullObject) {
      used.formulas.forEach((row, r) =>
        row.forEach((v, c) => fp.add(used.rowIndex + r, used.columnIndex + c, { value: v as string | number | boolean })),
      );
    }
    if (fp.digest() === mark.fingerprint) unchanged.add(mark.name);
  }
  return unchanged;
}

export async function writePlansWith(run: ExcelRun, plans: SheetPlan[], options: WritePlansOptions): Promise<WrittenSheet[]> {
  const { features, onProgress } = options;
  const budget = options.chunkBudget ?? DEFAULT_CHUNK_BUDGET;
  return run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets;
    sheets.load('items/name');
    const names = wb.names;
    names.load('items/name,items/value');
    await context.sync();

    const marks = findMarks(names.items.map((n) => ({ name: n.name, value: String(n.value) })));
    const unchanged = await unchangedMarks(context, marks, new Set(plans.map((p) => p.kind)), sheets.items.map((s) => s.name));
    const replacement = planReplacement(
      plans,
      sheets.items.map((s) => s.name),
      marks,
      (m) => unchanged.has(m.name),
    );
    const linksAsFormulas = !features.hyperlinks;
    const renamed = new Map<string, string>();
    plans.forEach((p, i) => {
      if (safeSheetName(p.name) !== replacement.sheetNames[i]) renamed.set(p.name, replacement.sheetNames[i]);
    });

    suspend(context, features);
    for (const mark of replacement.deleteMarks) wb.names.getItem(mark).delete();
    for (const name of replacement.deleteSheets) wb.worksheets.getItem(name).delete();
    const targets = plans.map((plan, i) => {
      const sheet = wb.worksheets.add(replacement.sheetNames[i]);
      queueSheetSetup(sheet, plan, features);
      wb.names.add(newMarkName(plan.kind, replacement.markNumbers[i], planFingerprint(plan, linksAsFormulas)), sheet.getRange('A1'), MARK_COMMENT);
      return sheet;
    });
    await context.sync();

    const total = plans.reduce((n, p) => n + p.rows.length, 0);
    let done = 0;
    onProgress?.(0, total);
    const progress = (rows: number): void => {
      done += rows;
      onProgress?.(done, total);
    };
    const linkMode: LinkMode = features.hyperlinks ? 'hyperlink' : 'formula';
    for (let i = 0; i < plans.length; i++) {
      const target: ChunkTarget = { context, sheet: targets[i], plan: plans[i], linkMode, renamed, features };
      for (const chunk of chunkRows(plans[i], budget, linkMode)) {
        await writeRows(target, chunk.firstRow, chunk.rowCount, progress);
      }
    }
    if (targets.length > 0) {
      suspend(context, features);
      plans.forEach((plan, i) => queueSheetFinish(targets[i], plan, features));
      // The planner lands on the first new sheet.
      targets[0].activate();
      await context.sync();
    }
    return plans.map((p, i) => ({ name: replacement.sheetNames[i], kind: p.kind }));
  });
}
