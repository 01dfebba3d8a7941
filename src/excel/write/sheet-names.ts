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
  const keptMarkNames = new Set<string>();
  for (const mark of marks) {
    const sheet = mark.sheet !== undefined ? existing.get(lower(mark.sheet)) : undefined;
    const ofWrittenKind = kinds.has(mark.kind);
    if (sheet === undefined || (ofWrittenKind && unchanged(mark))) {
      deleteMarks.push(mark.name);
      if (sheet !== undefined && !deleteSheets.includes(sheet)) deleteSheets.push(sheet);
    } else {
      if (ofWrittenKind && !keptSheets.includes(sheet)) keptSheets.push(sheet);
      keptMarkNames.add(lower(mark.name));
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

  const counters = new Map<ReportSheetKind, number>();
  const keptNumbers = new Set(marks.filter((m) => keptMarkNames.has(lower(m.name))).map((m) => `${m.kind}#${numberOfMark(m.name)}`));
  const markNumbers = plans.map((plan) => {
    let n = counters.get(plan.kind) ?? 0;
    do n++;
    while (keptNumbers.has(`${plan.kind}#${n}`));
    counters.set(plan.kind, n);
    return n;
  });

  return { deleteMarks, deleteSheets, keptSheets, sheetNames, markNumbers };
}

function numberOfMark(name: string): number {
  const parts = name.split('_');
  return Number(parts[parts.length - 3]);
}

/** The mark a new sheet gets. */
export function newMarkName(kind: ReportSheetKind, n: number, fingerprint: string): string {
  return lapkinMarkName(kind, n, fingerprint);
}
