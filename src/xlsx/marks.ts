/**
 * Lapkin marks each sheet it generates with a workbook defined name (LAPKIN_MARK_PREFIX…) that
 * refers to the sheet's A1. A name survives the planner renaming the sheet, unlike the sheet name.
 */
import { LAPKIN_MARK_PREFIX, lapkinMarkName, type ReportSheetKind } from '../domain/report/sheet-plan';

/** Every kind, so a mark can be read back to the kind that made it. */
const KINDS: Record<ReportSheetKind, true> = { 'tabel-3.1': true, detail: true, 'capaian-pk': true, temuan: true };

export function isLapkinMark(name: string): boolean {
  return name.startsWith(LAPKIN_MARK_PREFIX);
}

/** "Lapkin_tabel_3_1_2" → "tabel-3.1"; a mark of a kind this version does not know gives its middle part. */
export function markKind(name: string): string {
  for (const kind of Object.keys(KINDS) as ReportSheetKind[]) {
    const stem = lapkinMarkName(kind, 0).slice(0, -1);
    if (name.startsWith(stem) && /^\d+$/.test(name.slice(stem.length))) return kind;
  }
  return name.slice(LAPKIN_MARK_PREFIX.length).replace(/_\d+$/, '');
}

/** The sheet a reference such as "'Tabel 3.1 (2)'!$A$1" or "Temuan!$A$1" points at; undefined without a sheet. */
export function referencedSheet(refersTo: string): string | undefined {
  const text = refersTo.trim().replace(/^=/, '');
  if (text.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!/.exec(text);
    return m ? m[1].replace(/''/g, "'") : undefined;
  }
  const bang = text.indexOf('!');
  return bang > 0 ? text.slice(0, bang) : undefined;
}

/** "'It''s'!$A$1" for a sheet name, quoted the way Excel wants. */
export function sheetA1(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}
