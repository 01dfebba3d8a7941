/**
 * After a write failed: what it added is taken away again, so the workbook holds the previous report and
 * no half-written sheet. Two syncs of their own (list, then delete), made in the same request context.
 * A sheet is deleted only when the verified mark this write gave it still refers to it, or when it is
 * empty (a batch that stopped between adding the sheet and marking it leaves a blank sheet under this
 * write's fresh temporary name: deleting it loses nothing).
 *
 * When the failure came in the last sync (the last rows, then the swap), Excel may have carried out part
 * of it before failing (office-js applies a batch's actions in order and stops at the one that fails): the
 * old sheet may be gone already. Its deletion is queued after every row, so the temporary sheet then holds
 * a complete report, and it is given its name rather than deleted: the planner is never left with neither.
 */
import { findMarks } from './sheet-names';

export interface AddedSheet {
  /** the temporary name the sheet was added under */
  temp: string;
  /** the name it gets in the swap */
  final: string;
  /** the old sheet of that name the swap deletes, if any */
  replaces?: string;
  /** the mark it was given when added */
  mark: string;
}

const lower = (s: string): string => s.toLocaleLowerCase('id');

/** Takes away (or, after a partly applied swap, names) the sheets a failed write added. */
export async function removeAddedSheets(context: Excel.RequestContext, added: readonly AddedSheet[], swapStarted: boolean): Promise<void> {
  if (added.length === 0) return;
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  wb.names.load('items/name,items/value');
  await context.sync();
  const present = new Set(wb.worksheets.items.map((s) => lower(s.name)));
  const marks = findMarks(wb.names.items.map((n) => ({ name: n.name, value: String(n.value) })));
  let queued = false;
  const unmarked: { temp: string; used: Excel.Range }[] = [];
  for (const sheet of added) {
    if (!present.has(lower(sheet.temp))) continue;
    const mark = marks.find((m) => m.name === sheet.mark && m.sheet !== undefined && lower(m.sheet) === lower(sheet.temp));
    if (!mark) {
      // values only: the layout a stopped batch may have set is no data
      const used = wb.worksheets.getItem(sheet.temp).getUsedRangeOrNullObject(true);
      used.load('address');
      unmarked.push({ temp: sheet.temp, used });
    } else if (swapStarted && sheet.replaces !== undefined && !present.has(lower(sheet.replaces)) && !present.has(lower(sheet.final))) {
      wb.worksheets.getItem(sheet.temp).name = sheet.final;
      present.add(lower(sheet.final));
      queued = true;
    } else {
      wb.worksheets.getItem(sheet.temp).delete();
      wb.names.getItem(mark.name).delete();
      queued = true;
    }
  }
  if (!queued && unmarked.length === 0) return;
  await context.sync();
  const blank = unmarked.filter((u) => u.used.isNullObject);
  for (const u of blank) wb.worksheets.getItem(u.temp).delete();
  if (blank.length > 0) await context.sync();
}
