/**
 * Writes the report into a copy of the planner's workbook: their sheets come through as exceljs
 * round-trips them, Lapkin's earlier sheets (found by their mark) are replaced, and the plans are
 * added as fresh, marked sheets. The input file itself is only ever read.
 */
import ExcelJS from 'exceljs';
import { writeFile } from 'fs/promises';
import { resolve } from 'path';
import type { WrittenSheet } from '../domain/ports';
import { lapkinMarkName, safeSheetName, type ReportSheetKind, type SheetPlan } from '../domain/report/sheet-plan';
import type { WorkbookInput } from './input-bytes';
import { isLapkinMark, referencedSheet, sheetA1 } from './marks';
import { WorkbookReadError } from './read-error';
import { checkedWorkbookBytes } from './read-workbook';
import { renderPlan } from './write/plan-sheet';

const MAX_SHEET_NAME = 31;

/** `name`, or "name (2)", "name (3)" … shortened to Excel's 31 characters, whichever no sheet has yet. */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const base = safeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

async function loadWorkbook(input: WorkbookInput): Promise<ExcelJS.Workbook> {
  const source = await checkedWorkbookBytes(input);
  const wb = new ExcelJS.Workbook();
  try {
    const { bytes } = source;
    // exceljs's typings declare their own Buffer (an ArrayBuffer); at run time it wants Node's Buffer.
    const nodeBuffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await wb.xlsx.load(nodeBuffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (err) {
    throw new WorkbookReadError('corrupt', source.fileName, err instanceof Error ? err.message : undefined);
  }
  return wb;
}

/** Removes the sheets Lapkin generated before, and their marks. */
function removeMarkedSheets(wb: ExcelJS.Workbook): void {
  const names = wb.definedNames.model;
  for (const dn of names) {
    if (!isLapkinMark(dn.name)) continue;
    for (const range of dn.ranges) {
      const sheetName = referencedSheet(range);
      const ws = sheetName !== undefined ? wb.getWorksheet(sheetName) : undefined;
      if (ws) wb.removeWorksheet(ws.id);
    }
  }
  wb.definedNames.model = names.filter((dn) => !isLapkinMark(dn.name));
}

function addPlans(wb: ExcelJS.Workbook, plans: SheetPlan[]): WrittenSheet[] {
  const taken = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  const perKind = new Map<ReportSheetKind, number>();
  return plans.map((plan) => {
    const name = freeSheetName(plan.name, taken);
    taken.add(name.toLowerCase());
    const ws = wb.addWorksheet(name);
    renderPlan(ws, plan);
    const n = (perKind.get(plan.kind) ?? 0) + 1;
    perKind.set(plan.kind, n);
    wb.definedNames.add(sheetA1(name), lapkinMarkName(plan.kind, n));
    return { name, kind: plan.kind };
  });
}

async function buildReport(input: WorkbookInput, plans: SheetPlan[]): Promise<{ wb: ExcelJS.Workbook; sheets: WrittenSheet[] }> {
  const wb = await loadWorkbook(input);
  removeMarkedSheets(wb);
  const sheets = addPlans(wb, plans);
  // The plans' formulas carry the core's results as cached values; Excel recomputes them on open all the same.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return { wb, sheets };
}

/** Same as writeReportWorkbook, returning the bytes (for the browser task pane). */
export async function reportWorkbookBuffer(input: WorkbookInput, plans: SheetPlan[]): Promise<{ buffer: Buffer; sheets: WrittenSheet[] }> {
  const { wb, sheets } = await buildReport(input, plans);
  const written = await wb.xlsx.writeBuffer();
  const buffer = Buffer.isBuffer(written) ? written : Buffer.from(written as ArrayBuffer);
  return { buffer, sheets };
}

/** Copy of the input workbook plus the plans as sheets; previously generated sheets (by mark) are replaced. Never writes the input file. */
export async function writeReportWorkbook(input: WorkbookInput, plans: SheetPlan[], outPath: string): Promise<WrittenSheet[]> {
  if (typeof input === 'string' && resolve(input) === resolve(outPath)) {
    throw new Error(
      `Laporan tidak boleh ditulis ke berkas masukan: pilih nama berkas lain (${outPath}) / The report must not overwrite the input file: choose another file name`,
    );
  }
  const { buffer, sheets } = await reportWorkbookBuffer(input, plans);
  await writeFile(outPath, buffer);
  return sheets;
}
