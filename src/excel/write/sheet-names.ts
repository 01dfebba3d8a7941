/**
 * Which existing sheets Lapkin may replace, and what the new sheets are called. Pure, so the rules
 * (source sheets are never written; a user's sheet keeps its name; a sheet of Lapkin's that the
 * planner has written in is kept) are tested without Excel.
 */
import { sheetOfReference } from '../addresses';
import { lapkinMarkName, parseLapkinMark } from '../../domain/report/lapkin-mark';
import { safeSheetName } from '../../domain/report/sheet-plan';
import type { ReportSheetKind, SheetPlan } from '../../domain/report/sheet-plan';

/** A defined name of the workbook as office-js lists it. */
export interface DefinedName {
  name: string;
  /** NamedItem.value: for a range, its reference such as "'Tabel 3.1 (Lapkin)'!$A$1" */
  value: string;
}

export interface LapkinMark {
  /** the defined name, e.g. "Lapkin_tabel_3_1_1_0a1b2c3d_9f8e7d6c" */
  name: string;
  kind: ReportSheetKind;
  /** fingerprint of the cells Lapkin wrote on the sheet */
  fingerprint: string;
  /** the sheet it marks; undefined when the sheet is gone (#REF!) */
  sheet?: string;
}

/** The kind of a verified mark; undefined for any other name (one that only looks like a mark included). */
export function kindOfMark(markName: string): ReportSheetKind | undefined {
  return parseLapkinMark(markName)?.kind;
}

/** Lapkin's marks among the workbook's defined names: only those whose checksum holds. */
export function findMarks(names: DefinedName[]): LapkinMark[] {
  return names.flatMap((n) => {
    const mark = parseLapkinMark(n.name);
    return mark ? [{ ...mark, sheet: sheetOfReference(n.value) }] : [];
  });
}

export interface ReplacementPlan {
  /** marks to delete (those of the sheets being replaced, and those whose sheet is gone) */
  deleteMarks: string[];
  /** existing sheets to delete: Lapkin's own sheets of the kinds being written, unchanged since Lapkin wrote them */
  deleteSheets: string[];
  /** Lapkin's sheets of the kinds being written that hold the planner's edits: kept as they are */
  keptSheets: string[];
  /** the name each plan's sheet gets, in plan order */
  sheetNames: string[];
  /** the mark number each plan's sheet gets, in plan order (the mark also carries the written cells' fingerprint) */
  markNumbers: number[];
}

const lower = (s: string): string => s.toLocaleLowerCase('id');

/**
 * Plans the replacement: Lapkin's sheets of the kinds being written go when `unchanged` says their cells are
 * still exactly Lapkin's; every other sheet stays, and a plan whose name a remaining sheet already has gets
 * "<name> (2)", "(3)", … (Excel compares names without case).
 */
export function planReplacement(plans: SheetPlan[], existingSheets: string[], marks: LapkinMark[], unchanged: (mark: LapkinMark) => boolean): ReplacementPlan {
  const kinds = new Set(plans.map((p) => p.kind));
  const existing = new Map(existingSheets.map((s) => [lower(s), s]));
  const deleteMarks: string[] = [];
  const deleteSheets: string[] = [];
  const keptSheets: string[] = [];
  for (const mark of marks) {
    const sheet = mark.sheet !== undefined ? existing.get(lower(mark.sheet)) : undefined;
    const ofWrittenKind = kinds.has(mark.kind);
    if (sheet === undefined || (ofWrittenKind && unchanged(mark))) {
      deleteMarks.push(mark.name);
      if (sheet !== undefined && !deleteSheets.includes(sheet)) deleteSheets.push(sheet);
    } else {
      if (ofWrittenKind && !keptSheets.includes(sheet)) keptSheets.push(sheet);
    }
  }

  const taken = new Set(existingSheets.filter((s) => !deleteSheets.includes(s)).map(lower));
  const sheetNames = plans.map((plan) => {
    const base = safeSheetName(plan.name);
    let candidate = base;
    for (let n = 2; taken.has(lower(candidate)); n++) {
      const suffix = ` (${n})`;
      candidate = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
    }
    taken.add(lower(candidate));
    return candidate;
  });

  const markNumbers = newMarkNumbers(plans, marks);

  return { deleteMarks, deleteSheets, keptSheets, sheetNames, markNumbers };
}

/**
 * The mark number each plan's new sheet gets: unlike that of every existing mark of its kind, since the new
 * sheets are marked when added while every old mark still stands (the old ones go in the last sync).
 */
export function newMarkNumbers(plans: readonly SheetPlan[], marks: readonly LapkinMark[]): number[] {
  const taken = new Set(marks.map((m) => `${m.kind}#${numberOfMark(m.name)}`));
  const counters = new Map<ReportSheetKind, number>();
  return plans.map((plan) => {
    let n = counters.get(plan.kind) ?? 0;
    do n++;
    while (taken.has(`${plan.kind}#${n}`));
    counters.set(plan.kind, n);
    return n;
  });
}

function numberOfMark(name: string): number {
  const parts = name.split('_');
  return Number(parts[parts.length - 3]);
}

/** The mark a new sheet gets. */
export function newMarkName(kind: ReportSheetKind, n: number, fingerprint: string): string {
  return lapkinMarkName(kind, n, fingerprint);
}

/**
 * The temporary name of the `index`-th sheet a write adds: "Lapkin~k3x9qa~1". A new report is written under
 * such a name and gets its real one only in the write's last sync, so a write that fails halfway never
 * leaves a half-written sheet under a report's name, and the previous report stays until then.
 */
export function tempSheetName(token: string, index: number): string {
  return `Lapkin~${token}~${index + 1}`;
}

const TEMP_SHEET = /^Lapkin~[0-9a-z]{6}~\d{1,3}$/i;

/** Whether a sheet name has the shape of a temporary one (Lapkin deletes such a sheet only when a verified mark refers to it). */
export function isTempSheetName(name: string): boolean {
  return TEMP_SHEET.test(name);
}

/** A token for this write's temporary names that no existing sheet's name uses. */
export function newTempToken(existingSheets: readonly string[], random: () => number = Math.random): string {
  const taken = existingSheets.map(lower);
  for (;;) {
    const token = Array.from({ length: 6 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36) % 36]).join('');
    if (!taken.some((s) => s.startsWith(`lapkin~${token}~`))) return token;
  }
}

/** Marks that refer to a temporary sheet still in the workbook: what an interrupted write left behind. */
export function leftoverMarks(marks: readonly LapkinMark[], existingSheets: readonly string[]): { mark: LapkinMark; sheet: string }[] {
  const present = new Map(existingSheets.map((s) => [lower(s), s]));
  return marks.flatMap((mark) => {
    const sheet = mark.sheet !== undefined ? present.get(lower(mark.sheet)) : undefined;
    return sheet !== undefined && isTempSheetName(sheet) ? [{ mark, sheet }] : [];
  });
}
