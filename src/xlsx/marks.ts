/**
 * Lapkin marks each sheet it generates with a workbook defined name that refers to the sheet's A1 and
 * carries a checksum (see domain/report/lapkin-mark). A name survives the planner renaming the sheet,
 * unlike the sheet name; a name that only looks like a mark is the planner's and means nothing here.
 */
import { parseLapkinMark } from '../domain/report/lapkin-mark';

export function isLapkinMark(name: string): boolean {
  return parseLapkinMark(name) !== undefined;
}

/** The kind a verified mark names ("tabel-3.1"); call it on names isLapkinMark accepts. */
export function markKind(name: string): string {
  return parseLapkinMark(name)?.kind ?? 'lapkin';
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
