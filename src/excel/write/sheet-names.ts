/**
 * Which existing sheets Lapkin may replace, and what the new sheets are called. Pure, so the rules
 * (source sheets are never written; a user's sheet keeps its name) are tested without Excel.
 */
import { sheetOfReference } from '../addresses';
import { LAPKIN_MARK_PREFIX, lapkinMarkName, safeSheetName } from '../../domain/report/sheet-plan';
import type { ReportSheetKind, SheetPlan } from '../../domain/report/sheet-plan';

const KINDS: ReportSheetKind[] = ['tabel-3.1', 'detail', 'capaian-pk', 'temuan'];

/** A defined name of the workbook as office-js lists it. */
export interface DefinedName {
  name: string;
  /** NamedItem.value: for a range, its reference such as "'Tabel 3.1 (Lapkin)'!$A$1" */
  value: string;
}

export interface LapkinMark {
  /** the defined name, e.g. "Lapkin_tabel_3_1_1" */
  name: string;
  kind?: ReportSheetKind;
  /** the sheet it marks; undefined when the sheet is gone (#REF!) */
  sheet?: string;
}

/** The kind encoded in a mark name ("Lapkin_capaian_pk_2" → 'capaian-pk'). */
export function kindOfMark(markName: string): ReportSheetKind | undefined {
  // Longest prefix first, so no kind is mistaken for another that starts the same way.
  const byLength = [...KINDS].sort((a, b) => lapkinMarkName(b, 0).length - lapkinMarkName(a, 0).length);
  return byLength.find((k) => {
    const stem = lapkinMarkName(k, 0).replace(/0$/, '');
    return markName.startsWith(stem) && /^\d+$/.test(markName.slice(stem.length));
  });
}

/** Lapkin's marks among the workbook's defined names. */
export function findMarks(names: DefinedName[]): LapkinMark[] {
  return names
    .filter((n) => n.name.startsWith(LAPKIN_MARK_PREFIX))
    .map((n) => ({ name: n.name, kind: kindOfMark(n.name), sheet: sheetOfReference(n.value) }));
}

export interface ReplacementPlan {
  /** marks to delete (those of the kinds being written, and those whose sheet is gone) */
  deleteMarks: string[];
  /** existing sheets to delete: Lapkin's own sheets of the kinds being written */
  deleteSheets: string[];
  /** the name each plan's sheet gets, in plan order */
  sheetNames: string[];
  /** the mark each plan's sheet gets, in plan order */
  markNames: string[];
}

const lower = (s: string): string => s.toLocaleLowerCase('id');

/**
 * Plans the replacement: Lapkin's sheets of the kinds being written go; every other sheet stays, and a
 * plan whose name a remaining sheet already has gets "<name> (2)", "(3)", … (Excel compares names without case).
 */
export function planReplacement(plans: SheetPlan[], existingSheets: string[], marks: LapkinMark[]): ReplacementPlan {
  const kinds = new Set(plans.map((p) => p.kind));
  const existing = new Map(existingSheets.map((s) => [lower(s), s]));
  const deleteMarks: string[] = [];
  const deleteSheets: string[] = [];
  const keptMarkNames = new Set<string>();
  for (const mark of marks) {
    const sheet = mark.sheet !== undefined ? existing.get(lower(mark.sheet)) : undefined;
    const replaced = mark.kind !== undefined && kinds.has(mark.kind);
    if (replaced || sheet === undefined) {
      deleteMarks.push(mark.name);
      if (replaced && sheet !== undefined && !deleteSheets.includes(sheet)) deleteSheets.push(sheet);
    } else {
      keptMarkNames.add(mark.name);
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
  const markNames = plans.map((plan) => {
    let n = counters.get(plan.kind) ?? 0;
    let name: string;
    do name = lapkinMarkName(plan.kind, ++n);
    while (keptMarkNames.has(name));
    counters.set(plan.kind, n);
    return name;
  });

  return { deleteMarks, deleteSheets, sheetNames, markNames };
}
