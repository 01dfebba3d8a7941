/**
 * No red value without its reason: a stated value shown beside the recomputed one (red, "Tertulis di sumber") gets a
 * sentence in the row's Catatan naming the column, unless the Catatan already speaks of that column.
 */
import type { Amount } from '../model';
import { formatPercent, formatRupiah } from '../parse/format';
import type { Lang } from '../settings';
import type { Finding, RuleName } from '../findings';
import { columnPhrase } from './column-notes';
import type { ReportLabels } from './labels';
import type { PlanCell } from './sheet-plan';

type Column = 'pagu' | 'target' | 'realisasi' | 'capaian';

const WORD: Record<Column, { id: string; en: string }> = {
  pagu: { id: 'Pagu', en: 'Pagu' },
  target: { id: 'Target', en: 'Target' },
  realisasi: { id: 'Realisasi', en: 'Realisasi' },
  capaian: { id: 'Capaian', en: 'Capaian' },
};

function shownText(column: Column, value: number | null): string {
  if (value === null) return '-';
  return column === 'capaian' ? formatPercent(value) : formatRupiah(value);
}

/** A rule that fired on a stated cell: its label is the "why" of that cell's sentence. */
export interface CellReason {
  cell: string;
  label: string;
  /** The finding's own sentence is already in the note: the cell needs no second one. */
  explained?: boolean;
  rule?: RuleName;
  /** The row's column the cell is in ("Pagu", "Realisasi", …), where it is one of them. */
  column?: string;
}

/**
 * `note` with one sentence added for each red stated cell whose column it does not yet name: which column, what it
 * states, what is shown instead and, where a rule fired on that cell, the rule's name as the reason (then the bare
 * label leaves the note: the sentence says it).
 */
export function redNotes(note: string, lang: Lang, stated: [Column, PlanCell | null | undefined, Amount | undefined, number | null][], reasons: CellReason[] = [], words: Partial<Record<Column, string>> = {}): string {
  let parts = note ? note.split('; ') : [];
  const added: string[] = [];
  const folded = new Set<string>();
  for (const [column, cell, source, shown] of stated) {
    if (!cell || cell.style !== 'stated' || !source) continue;
    const word = words[column] ?? WORD[column][lang];
    const named = [word, WORD[column][lang]].map((w) => w.toLowerCase());
    if ([...parts, ...added].some((p) => named.some((w) => p.toLowerCase().includes(w)))) continue;
    if (reasons.some((r) => r.cell === source.cell && r.explained)) continue;
    const raw = source.raw.trim() || shownText(column, source.value);
    const why = reasons.filter((r) => r.cell === source.cell).map((r) => r.label);
    why.forEach((l) => folded.add(l));
    const because = why.length > 0 ? ` (${why.join(', ').toLowerCase()})` : '';
    const show = shownText(column, shown);
    if (source.invalid) {
      added.push(lang === 'en'
        ? `${word} reads "${raw}", not a valid number; ${show} is shown${because}`
        : `${word} tertulis "${raw}", bukan angka yang sah; ditampilkan ${show}${because}`);
    } else if (column === 'capaian') {
      added.push(lang === 'en'
        ? `Capaian stated ${raw}, but realisasi ÷ pagu gives ${show}${because}`
        : `Capaian tertulis ${raw}, padahal realisasi ÷ pagu = ${show}${because}`);
    } else {
      added.push(lang === 'en'
        ? `${word} stated ${raw}, recomputed ${show}${because}`
        : `${word} tertulis ${raw}, hasil hitung ulang ${show}${because}`);
    }
  }
  // A label now said in a sentence goes, unless a rule of the same name fired elsewhere on the row.
  const elsewhere = new Set(reasons.filter((r) => !stated.some(([, c, s]) => c?.style === 'stated' && s?.cell === r.cell)).map((r) => r.label));
  parts = parts.filter((p) => !folded.has(p) || elsewhere.has(p));
  return [...parts.map((p) => withColumns(p, reasons, lang)), ...added].join('; ');
}

/** A bare rule label whose findings all sit in known columns becomes a phrase naming them (column-notes.ts). */
function withColumns(part: string, reasons: CellReason[], lang: Lang): string {
  const same = reasons.filter((r) => r.label === part);
  const rule = same[0]?.rule;
  if (!rule || same.some((r) => r.column === undefined || r.rule !== rule)) return part;
  return columnPhrase(rule, part, same.map((r) => r.column ?? ''), lang);
}

/** The rules that fired on a row's cells, by cell; `inNote`: the rules whose messages the note carries whole. */
export function reasonsOf(findings: Finding[] | undefined, labels: ReportLabels, inNote: string[] = [], columnOf: (cell: string) => string | undefined = () => undefined): CellReason[] {
  return (findings ?? []).map((f) => {
    const column = columnOf(f.cell);
    return { cell: f.cell, label: labels.rule(f.rule), rule: f.rule, ...(column ? { column } : {}), ...(inNote.includes(f.rule) ? { explained: true } : {}) };
  });
}

/** The column word of each of a row's stated cells, for reasonsOf. */
export function columnsOfRow(row: { pagu?: Amount; target?: Amount; realisasi?: Amount; capaian?: Amount } | undefined, lang: Lang, words: Partial<Record<Column, string>> = {}): (cell: string) => string | undefined {
  return (cell) => {
    if (!row || !cell) return undefined;
    for (const column of ['pagu', 'target', 'realisasi', 'capaian'] as const) {
      if (row[column]?.cell === cell) return words[column] ?? WORD[column][lang];
    }
    return undefined;
  };
}
