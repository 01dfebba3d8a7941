/**
 * When several columns of one header could fill one role, which one Lapkin reads: by the planner's own words
 * first (the cumulative realisasi over a quarter's, the changed budget over the original, the report quarter's
 * target over the year's), else the first such column; a visible column always over a hidden one (planners hide
 * the old budget, a past quarter, working columns). Every choice is kept, so the reader can be told which
 * column was used and which passed over (the column-choice finding), and one edit of the mapping undoes it.
 */
import type { ColumnRole } from './types';
import { MULTI_COLUMN_ROLES } from './types';
import type { HeaderColumn } from './header';
import { normalizeText } from './text';
import { headerWords } from './vocabulary';

export type ChoiceReason = 'cumulative' | 'quarter' | 'changed-budget' | 'of-pagu' | 'first' | 'evidence' | 'companion' | 'visible' | 'only-hidden';

export interface ColumnChoice {
  role: ColumnRole;
  used: HeaderColumn;
  /** The columns passed over, each with the role it was given instead. */
  passedOver: { column: HeaderColumn; role: ColumnRole }[];
  because: ChoiceReason;
  /** For 'evidence': rows that agree under the choice, of the rows compared. */
  agreeing?: [number, number];
  /** Where the words did not decide: the other columns their words claim the role for as strongly (choice-evidence.ts weighs them). */
  tied?: HeaderColumn[];
}

const QUARTER = /\b(tw|triwulan|trw|q)\s?(iv|iii|ii|i|1|2|3|4)\b/;
const NUMERAL: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The quarter a header names ("Target TW II", "Realisasi s.d. Triwulan III"), or undefined. */
export function quarterOfHeader(text: string): number | undefined {
  const m = QUARTER.exec(normalizeText(text));
  return m ? NUMERAL[m[2]] : undefined;
}

const CUMULATIVE = /\b(s d|sd|sampai|kumulatif|jumlah|total)\b/;
const CHANGED_BUDGET = /\b(perubahan|p|pergeseran|setelah|apbdp)\b/;
const ORIGINAL_BUDGET = /\b(murni|sebelum perubahan|awal|induk)\b/;
const ANNUAL = /\b(tahunan|setahun|tahun)\b/;
/** "% terhadap Pagu" is the capaian; "% terhadap Target" / "… Anggaran Kas" measures against the cash plan. */
const OF_PAGU = /\bterhadap (pagu|anggaran|alokasi|dpa|apbd)\b(?! kas)/;
const OF_TARGET = /\bterhadap (target|anggaran kas|rencana|rak)\b/;

interface Preference {
  score: number;
  because: ChoiceReason;
}

/** How strongly a header's words claim the role; the highest claim wins, ties go to the first column. */
function preference(role: ColumnRole, column: HeaderColumn, quarter: number | undefined): Preference {
  const t = headerWords(column.text);
  const q = quarterOfHeader(column.text);
  // Columns of two quarters side by side ("s.d. Triwulan I | s.d. Triwulan II"): the report quarter's is read, the
  // other quarter's figures are not the report's, however cumulative.
  const otherQuarter = quarter !== undefined && q !== undefined && q !== quarter;
  if (role === 'realisasi') {
    if (CUMULATIVE.test(t)) return otherQuarter ? { score: 1, because: 'first' } : { score: q === undefined ? 3 : 4, because: 'cumulative' };
    if (quarter !== undefined && q === quarter) return { score: 2, because: 'quarter' };
  } else if (role === 'pagu') {
    if (CHANGED_BUDGET.test(t)) return { score: 2, because: 'changed-budget' };
    if (ORIGINAL_BUDGET.test(t)) return { score: -1, because: 'first' };
  } else if (role === 'capaian') {
    if (OF_TARGET.test(t)) return { score: -1, because: 'first' };
    if (OF_PAGU.test(t)) return { score: 2, because: 'of-pagu' };
    if (otherQuarter) return { score: -1, because: 'first' };
    if (quarter !== undefined && q === quarter) return { score: 1, because: 'quarter' };
  } else if (role === 'sisa') {
    // "Sisa (%)" beside "Sisa Anggaran (Rp)": the rupiah one is the sisa (the other is checked as its percentage).
    if (column.percentMarked) return { score: -1, because: 'first' };
  } else if (role === 'target') {
    if (quarter !== undefined && q === quarter) return { score: 3, because: 'quarter' };
    if (q === undefined && ANNUAL.test(t)) return { score: -1, because: 'first' };
  }
  return { score: 0, because: 'first' };
}

/** The role a column passed over takes: the budget before its change, the year's target, else ignored. */
function roleWhenPassedOver(role: ColumnRole, column: HeaderColumn): ColumnRole {
  const t = normalizeText(column.text);
  if (role === 'pagu') return 'paguMurni';
  if (role === 'target' && quarterOfHeader(column.text) === undefined && ANNUAL.test(t)) return 'targetTahunan';
  return 'ignore';
}

/** A lone fallback column fills its main role: a PK table with only "Target Tahunan" scores against it. */
const FALLBACK: [ColumnRole, ColumnRole][] = [
  ['targetTahunan', 'target'],
  ['paguMurni', 'pagu'],
];

/** Roles whose companions (columns of a related role) are worth naming beside the one read. */
const COMPANIONS: [ColumnRole, ColumnRole[]][] = [
  ['realisasi', ['realisasiBulan', 'fisik']],
  ['pagu', ['paguMurni']],
  ['target', ['targetTahunan']],
];

/** Roles the checks read figures or names from: a hidden column read for one of them is worth saying. */
const CHECKED_ROLES: readonly ColumnRole[] = ['kode', 'uraian', 'pagu', 'target', 'realisasi', 'capaian', 'sisa', 'kategori', 'indikator', 'tanggalMulai', 'tanggalSelesai', 'waktu'];

/**
 * Gives every role one column (but the multi-column roles), mutating `columns`, and returns each choice made
 * where more than one column could fill a role. `quarter` is the report's quarter, when known.
 */
export function chooseByWords(columns: HeaderColumn[], quarter: number | undefined): ColumnChoice[] {
  const choices: ColumnChoice[] = promoteVisible(columns);
  for (const [from, to] of FALLBACK) {
    if (columns.some((c) => c.role === to)) continue;
    const lone = columns.filter((c) => c.role === from);
    if (lone.length === 1) lone[0].role = to;
  }
  const byRole = new Map<ColumnRole, HeaderColumn[]>();
  for (const column of columns) {
    if (!column.role || MULTI_COLUMN_ROLES.includes(column.role)) continue;
    const list = byRole.get(column.role);
    if (list) list.push(column);
    else byRole.set(column.role, [column]);
  }
  for (const [role, candidates] of byRole) {
    if (candidates.length < 2) continue;
    const byWords = bestOf(role, candidates, quarter);
    // A visible column wins over a hidden one; the words decide among the visible (or among all, all hidden).
    const visible = candidates.filter((c) => !c.hidden);
    const best = visible.length > 0 && visible.length < candidates.length ? bestOf(role, visible, quarter) : byWords;
    const bestPreference = preference(role, best, quarter);
    const passedOver = candidates.filter((c) => c !== best).map((column) => ({ column, role: roleWhenPassedOver(role, column) }));
    // Only columns as visible as the one read may still win on the rows' evidence.
    const tied = candidates.filter((c) => c !== best && !!c.hidden === !!best.hidden && preference(role, c, quarter).score === bestPreference.score);
    for (const p of passedOver) p.column.role = p.role;
    // Every other candidate scored at most as high: a word-less tie leaves the first column, said so.
    const because = best !== byWords ? 'visible' : bestPreference.score > 0 ? wordsReason(bestPreference.because, best, candidates) : 'first';
    choices.push(tied.length > 0 ? { role, used: best, passedOver, because, tied } : { role, used: best, passedOver, because });
  }
  for (const [role, companions] of COMPANIONS) {
    const used = columns.find((c) => c.role === role);
    const others = columns.filter((c) => c.role !== undefined && companions.includes(c.role));
    if (!used || others.length === 0) continue;
    const passedOver = others.map((column) => ({ column, role: column.role ?? 'ignore' }));
    const made = choices.find((c) => c.role === role);
    if (made) {
      // A column passed over for the role itself is named once.
      made.passedOver.push(...passedOver.filter((p) => !made.passedOver.some((q) => q.column === p.column)));
      continue;
    }
    const own = preference(role, used, quarter);
    const because = own.score > 0 ? own.because : role === 'pagu' ? 'changed-budget' : 'companion';
    choices.push({ role, used, passedOver, because });
  }
  // A hidden column read for a role with no other candidate: said, so the planner can unhide it or map another.
  for (const used of columns) {
    if (!used.hidden || !used.role || !CHECKED_ROLES.includes(used.role) || choices.some((c) => c.used === used)) continue;
    choices.push({ role: used.role, used, passedOver: [], because: 'only-hidden' });
  }
  return choices;
}

/**
 * A hidden APBD-P beside a visible Anggaran Murni (or hidden Target TW columns beside a visible Target Tahunan):
 * the visible column fills the main role, the hidden ones are passed over. Returns those choices.
 */
function promoteVisible(columns: HeaderColumn[]): ColumnChoice[] {
  const promoted: ColumnChoice[] = [];
  for (const [fallback, main] of FALLBACK) {
    const mains = columns.filter((c) => c.role === main);
    const visible = columns.find((c) => c.role === fallback && !c.hidden);
    if (mains.length === 0 || !visible || mains.some((c) => !c.hidden)) continue;
    // One hidden main column takes the fallback role (the budget before its change); several (hidden Target TW I…IV) are ignored.
    for (const c of mains) c.role = mains.length === 1 ? fallback : 'ignore';
    visible.role = main;
    promoted.push({ role: main, used: visible, passedOver: mains.map((column) => ({ column, role: column.role ?? 'ignore' })), because: 'visible' });
  }
  return promoted;
}

/** A cumulative column read over another quarter's cumulative one was chosen for its quarter, and is said so. */
function wordsReason(because: ChoiceReason, best: HeaderColumn, candidates: HeaderColumn[]): ChoiceReason {
  if (because !== 'cumulative') return because;
  const own = quarterOfHeader(best.text);
  if (own === undefined) return because;
  return candidates.some((c) => c !== best && CUMULATIVE.test(headerWords(c.text)) && (quarterOfHeader(c.text) ?? own) !== own) ? 'quarter' : because;
}

/** The candidate whose header's words claim the role most strongly; ties go to the first. */
function bestOf(role: ColumnRole, candidates: HeaderColumn[], quarter: number | undefined): HeaderColumn {
  let best = candidates[0];
  let score = preference(role, best, quarter).score;
  for (const c of candidates.slice(1)) {
    const p = preference(role, c, quarter).score;
    if (p > score) {
      best = c;
      score = p;
    }
  }
  return best;
}
