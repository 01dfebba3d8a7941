/**
 * TEMPORARY STAND-IN for src/xlsx/report-bytes.ts (the report-writer engineer's whole-workbook writer,
 * contract: reportWorkbookBytes(input, plans, codec) → { bytes, sheets }). Until it lands this returns the
 * planner's workbook unchanged and writes no sheet, so tests/standalone/report-bytes-wired.test.ts and the
 * e2e report test fail on purpose. Replace the import in workbook-worker.ts and delete this file.
 */
import type { WrittenSheet } from '../domain/ports';
import type { SheetPlan } from '../domain/report/sheet-plan';

export interface ReportCodec {
  inflateRaw(b: Uint8Array): Uint8Array | Promise<Uint8Array>;
  deflateRaw(b: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

export async function reportWorkbookBytes(input: Uint8Array, plans: SheetPlan[], codec: ReportCodec): Promise<{ bytes: Uint8Array; sheets: WrittenSheet[] }> {
  void plans;
  void codec;
  return { bytes: input, sheets: [] };
}
