/**
 * A rule's short name in a Catatan says why, but not where: "Nilai kosong" on a row with five figures leaves the
 * planner guessing. Where the finding's cell is one of the row's columns, the Catatan says the column too, in one
 * plain phrase ("Capaian kosong di sumber", "Pagu ditulis dengan pemisah gaya Inggris"), or "Kolom: alasan" for
 * the rules without a phrase of their own.
 */
import type { RuleName } from '../findings';
import type { Lang } from '../settings';

/** Phrases for the rules that fire on one figure; `{c}` is the column word(s), lowercase inside a sentence. */
const PHRASES: Partial<Record<RuleName, { id: string; en: string }>> = {
  'missing-value': { id: '{C} kosong di sumber', en: '{C} left blank in the source' },
  'separator-style': { id: '{C} ditulis dengan pemisah gaya Inggris', en: '{C} written with English separators' },
  'items-below-total': { id: 'Rincian di bawahnya hanya mencakup sebagian {c}', en: 'The line items below cover only part of the {c}' },
};

/** "Pagu dan realisasi" / "Pagu and realisasi": the columns a rule fired on, first one capitalised. */
function columnsWords(columns: string[], lang: Lang): string {
  const unique = [...new Set(columns.map((c) => c.toLowerCase()))];
  const joined = unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'dan'} ${unique[unique.length - 1]}`;
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * The Catatan phrase for a rule that fired on `columns` of a row; the bare label where no column is known or the
 * label already names one of them ("Realisasi melebihi pagu", "Kode ganda").
 */
export function columnPhrase(rule: RuleName, label: string, columns: string[], lang: Lang): string {
  if (columns.length === 0) return label;
  if (columns.some((c) => label.toLowerCase().includes(c.toLowerCase()))) return label;
  const words = columnsWords(columns, lang);
  const phrase = PHRASES[rule]?.[lang];
  if (phrase) return phrase.replace('{C}', words).replace('{c}', words.toLowerCase());
  return `${words}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/**
 * Findings for a row's Catatan, less a cross-table-mismatch on a cell whose sum-mismatch sentence is in the note: that
 * sentence already says which tables agree and which figure is off, so "Angka antar tabel berbeda" would only repeat it.
 */
export function withoutRepeatedCrossTable<F extends { rule: string; cell: string }>(found: F[] | undefined): F[] {
  const summed = new Set((found ?? []).filter((f) => f.rule === 'sum-mismatch').map((f) => f.cell));
  return (found ?? []).filter((f) => f.rule !== 'cross-table-mismatch' || !summed.has(f.cell));
}
