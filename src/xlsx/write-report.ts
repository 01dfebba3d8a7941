/**
 * Writes the report into a copy of the planner's workbook (see report-bytes.ts: every part of theirs
 * kept byte for byte, Lapkin's sheets added). The input file itself is only ever read.
 */
import { writeFile } from 'fs/promises';
import { resolve } from 'path';
import type { WrittenSheet } from '../domain/ports';
import type { SheetPlan } from '../domain/report/sheet-plan';
import type { WorkbookInput } from './input-bytes';
import { WorkbookReadError } from './read-error';
import { checkedWorkbookBytes } from './read-workbook';
import { reportWorkbookBytes, type KeptSheet } from './report-bytes';
import { nodeCodec } from './zip-codec-node';

export { freeSheetName } from './report-bytes';

export interface ReportBuffer {
  buffer: Buffer;
  sheets: WrittenSheet[];
  /** Sheets marked as Lapkin's that hold the planner's edits: kept, not replaced. */
  kept: KeptSheet[];
}

/** Same as writeReportWorkbook, returning the bytes. */
export async function reportWorkbookBuffer(input: WorkbookInput, plans: SheetPlan[]): Promise<ReportBuffer> {
  const source = await checkedWorkbookBytes(input);
  try {
    const { bytes, sheets, kept } = await reportWorkbookBytes(source.bytes, plans, nodeCodec);
    return { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), sheets, kept };
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError('corrupt', source.fileName, err instanceof Error ? err.message : undefined);
  }
}

/** Copy of the input workbook plus the plans as sheets; Lapkin's unchanged earlier sheets are replaced. Never writes the input file. */
export async function writeReportWorkbook(
  input: WorkbookInput,
  plans: SheetPlan[],
  outPath: string,
  onKept?: (kept: KeptSheet[]) => void,
): Promise<WrittenSheet[]> {
  if (typeof input === 'string' && resolve(input) === resolve(outPath)) {
    throw new Error(
      `Laporan tidak boleh ditulis ke berkas masukan: pilih nama berkas lain (${outPath}) / The report must not overwrite the input file: choose another file name`,
    );
  }
  const { buffer, sheets, kept } = await reportWorkbookBuffer(input, plans);
  if (kept.length > 0) onKept?.(kept);
  await writeFile(outPath, buffer);
  return sheets;
}
