/**
 * Writes SheetPlans into the open workbook with office-js, so that a write failing at any sync leaves the
 * previous report in place and no half-written sheet:
 * 1. list the sheets and names;
 * 2. add each new sheet under a temporary name ("Lapkin~k3x9qa~1") with its mark, layout and print setup,
 *    riding along with the first sync that follows: the shapes of Lapkin's old sheets (when there are any to
 *    check; their cells are then read in syncs sized by the first answer, old-sheets.ts) or the first rows;
 * 3. the rows, in requests packed to 4.5 MB of what is really sent (plan-chunks.ts), several plans sharing one;
 * 4. with the last rows: charts and AutoFilters, Lapkin's old sheets deleted (only those whose mark verifies
 *    and whose cells are still Lapkin's), the new sheets renamed to their real names, the planner taken there.
 * On a failure the added sheets are taken away again (temp-sheets.ts) and the error goes on to the caller.
 * So a write of n bytes takes 1 + ceil(n / 4.5 MB) syncs, plus 1 + the old sheets' reads when there is an
 * earlier report to replace. Nothing syncs inside a per-row loop.
 */
import { a1 } from '../../domain/grid/grid';
import { safeSheetName } from '../../domain/report/sheet-plan';
import type { SheetPlan } from '../../domain/report/sheet-plan';
import type { WrittenSheet } from '../../domain/ports';
import { areaAddress, quoteSheet } from '../addresses';
import type { ExcelFeatures } from '../features';
import { isPayloadLimitError } from '../office-errors';
import type { ExcelRun } from '../run';
import { READ_BUDGET } from '../read-plan';
import { buildChunk, DEFAULT_CHUNK_BUDGET, planWrites } from './plan-chunks';
import type { LinkMode, WritePiece } from './plan-chunks';
import { applyStyle, queueRowHeights, queueSheetFinish, queueSheetSetup } from './sheet-setup';
import { planFingerprint } from '../../domain/report/lapkin-mark';
import { unchangedMarks } from './old-sheets';
import type { MarkedSheet } from './old-sheets';
import { findMarks, leftoverMarks, newMarkName, newMarkNumbers, newTempToken, planReplacement, tempSheetName } from './sheet-names';
import { removeAddedSheets } from './temp-sheets';
import type { AddedSheet } from './temp-sheets';

export interface WritePlansOptions {
  features: ExcelFeatures;
  /** estimated bytes per chunk request; tests lower it to force several chunks */
  chunkBudget?: number;
  onProgress?: (done: number, total: number) => void;
  /** random numbers for the temporary sheet names (tests fix them) */
  random?: () => number;
}

const MARK_COMMENT = 'Lembar buatan Lapkin: diganti setiap kali laporan dibuat ulang.';

/** Calculation and repainting wait while Lapkin writes; both resume at the next sync, so each batch asks again. */
function suspend(context: Excel.RequestContext, features: ExcelFeatures): void {
  if (features.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
  if (features.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

interface ChunkTarget {
  sheet: Excel.Worksheet;
  plan: SheetPlan;
}

interface WriteContext {
  context: Excel.RequestContext;
  /** the sheets being written, in plan order (proxies of the latest batch that added them) */
  targets: () => ChunkTarget[];
  linkMode: LinkMode;
  renamed: ReadonlyMap<string, string>;
  features: ExcelFeatures;
}

function queueChunk(w: WriteContext, piece: WritePiece): void {
  const t = w.targets()[piece.plan];
  const { firstRow, rowCount } = piece;
  const chunk = buildChunk(t.plan, firstRow, rowCount, w.linkMode, w.renamed);
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

/** Splits the pieces of a refused request in two (by pieces, or a single piece by rows). */
function halves(pieces: WritePiece[]): [WritePiece[], WritePiece[]] {
  if (pieces.length > 1) {
    const mid = Math.ceil(pieces.length / 2);
    return [pieces.slice(0, mid), pieces.slice(mid)];
  }
  const [p] = pieces;
  const half = Math.ceil(p.rowCount / 2);
  return [[{ ...p, rowCount: half }], [{ ...p, firstRow: p.firstRow + half, rowCount: p.rowCount - half }]];
}

/** What rides along with a request's rows: queued before them (the new sheets' adds) and after them (the swap). */
interface RideAlong {
  before?: () => void;
  after?: () => void;
}

/**
 * One request, one sync. Over Excel on the web's 5 MB limit the whole batch is refused unapplied, so it is
 * split in two and retried: what goes before the rows with the first half, what goes after with the second.
 */
async function writeRequest(w: WriteContext, pieces: WritePiece[], ride: RideAlong, progress: (rows: number) => void): Promise<void> {
  suspend(w.context, w.features);
  ride.before?.();
  for (const piece of pieces) queueChunk(w, piece);
  ride.after?.();
  try {
    await w.context.sync();
  } catch (e) {
    const rows = pieces.reduce((n, p) => n + p.rowCount, 0);
    if (!isPayloadLimitError(e) || rows <= 1) throw e;
    const [first, second] = halves(pieces);
    await writeRequest(w, first, { before: ride.before }, progress);
    await writeRequest(w, second, { after: ride.after }, progress);
    return;
  }
  progress(pieces.reduce((n, p) => n + p.rowCount, 0));
}

export async function writePlansWith(run: ExcelRun, plans: SheetPlan[], options: WritePlansOptions): Promise<WrittenSheet[]> {
  const { features, onProgress } = options;
  const budget = options.chunkBudget ?? DEFAULT_CHUNK_BUDGET;
  const linkMode: LinkMode = features.hyperlinks ? 'hyperlink' : 'formula';
  if (plans.length === 0) return [];
  return run(async (context) => {
    const wb = context.workbook;
    wb.worksheets.load('items/name');
    wb.names.load('items/name,items/value');
    await context.sync();

    const sheetNames = wb.worksheets.items.map((s) => s.name);
    const allMarks = findMarks(wb.names.items.map((n) => ({ name: n.name, value: String(n.value) })));
    const leftovers = leftoverMarks(allMarks, sheetNames);
    const marks = allMarks.filter((m) => !leftovers.some((l) => l.mark.name === m.name));
    const existing = sheetNames.filter((s) => !leftovers.some((l) => l.sheet === s));
    const kinds = new Set(plans.map((p) => p.kind));
    const present = new Map(existing.map((s) => [s.toLocaleLowerCase('id'), s]));
    const toCheck: MarkedSheet[] = marks.flatMap((mark) => {
      const sheet = mark.sheet !== undefined ? present.get(mark.sheet.toLocaleLowerCase('id')) : undefined;
      return sheet !== undefined && kinds.has(mark.kind) ? [{ mark, sheet }] : [];
    });

    const token = newTempToken(sheetNames, options.random);
    const numbers = newMarkNumbers(plans, allMarks);
    const added: AddedSheet[] = plans.map((plan, i) => ({
      temp: tempSheetName(token, i),
      final: '',
      mark: newMarkName(plan.kind, numbers[i], planFingerprint(plan, linkMode === 'formula')),
    }));
    let targets: ChunkTarget[] = [];
    let preamble: (() => void) | undefined = () => {
      targets = plans.map((plan, i) => {
        const sheet = wb.worksheets.add(added[i].temp);
        // The mark right after the add: a sheet of Lapkin's is never without the mark that lets it be removed.
        wb.names.add(added[i].mark, sheet.getRange('A1'), MARK_COMMENT);
        queueSheetSetup(sheet, plan, features);
        return { sheet, plan };
      });
    };
    let swapStarted = false;
    try {
      if (toCheck.length > 0) {
        suspend(context, features);
        preamble();
        preamble = undefined;
      }
      const unchanged = await unchangedMarks(context, toCheck, READ_BUDGET);
      const replacement = planReplacement(plans, existing, marks, (m) => unchanged.has(m.name));
      replacement.sheetNames.forEach((name, i) => {
        added[i].final = name;
        added[i].replaces = replacement.deleteSheets.find((old) => old.toLocaleLowerCase('id') === name.toLocaleLowerCase('id'));
      });
      const renamed = new Map<string, string>();
      plans.forEach((p, i) => {
        if (safeSheetName(p.name) !== replacement.sheetNames[i]) renamed.set(p.name, replacement.sheetNames[i]);
      });

      const total = plans.reduce((n, p) => n + p.rows.length, 0);
      let done = 0;
      onProgress?.(0, total);
      const progress = (rows: number): void => {
        done += rows;
        onProgress?.(done, total);
      };
      const w: WriteContext = { context, targets: () => targets, linkMode, renamed, features };
      // The swap, with the last rows: the old sheets go after every row is in, before their marks (a sheet
      // is never left unmarked), and only then do the new sheets take their names.
      const swap = (): void => {
        swapStarted = true;
        plans.forEach((plan, i) => queueSheetFinish(targets[i].sheet, plan, features));
        for (const name of replacement.deleteSheets) wb.worksheets.getItem(name).delete();
        for (const l of leftovers) wb.worksheets.getItem(l.sheet).delete();
        targets.forEach((t, i) => (t.sheet.name = replacement.sheetNames[i]));
        for (const mark of [...replacement.deleteMarks, ...leftovers.map((l) => l.mark.name)]) wb.names.getItem(mark).delete();
        // The planner lands on the first new sheet.
        targets[0].sheet.activate();
      };
      const requests = planWrites(plans, budget, linkMode);
      if (requests.length === 0) requests.push({ pieces: [], bytes: 0 });
      for (let r = 0; r < requests.length; r++) {
        await writeRequest(w, requests[r].pieces, { before: preamble, after: r === requests.length - 1 ? swap : undefined }, progress);
        preamble = undefined;
      }
      return plans.map((p, i) => ({ name: replacement.sheetNames[i], kind: p.kind }));
    } catch (e) {
      // Attempted whatever happened; its own failure must not hide the error that matters.
      await removeAddedSheets(context, added, swapStarted).catch(() => undefined);
      throw e;
    }
  });
}
