/**
 * No red value without its reason: a stated value shown beside the recomputed one (red, "Tertulis di sumber") gets a
 * sentence in the row's Catatan naming the column, unless the Catatan already speaks of that column.
 */
import type { Amount } from '../model';
import { formatPercent, formatRupiah } from '../parse/format';
import type { Lang } from '../settings';
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

/** `note` with a sentence added for each red stated cell whose column it does not yet name. */
export function redNotes(note: string, lang: Lang, stated: [Column, PlanCell | null | undefined, Amount | undefined, number | null][]): string {
  const parts = note ? [note] : [];
  for (const [column, cell, source, shown] of stated) {
    if (!cell || cell.style !== 'stated' || !source) continue;
    const word = WORD[column][lang];
    if (parts.some((p) => p.toLowerCase().includes(word.toLowerCase()))) continue;
    const raw = source.raw.trim() || shownText(column, source.value);
    if (source.invalid) {
      parts.push(lang === 'en'
        ? `${word}: the cell reads "${raw}", not a number; ${shownText(column, shown)} is shown`
        : `${word}: sel berisi "${raw}", bukan angka yang terbaca; ditampilkan ${shownText(column, shown)}`);
    } else {
      parts.push(lang === 'en'
        ? `${word}: stated ${raw}, recomputed ${shownText(column, shown)}`
        : `${word}: tertulis ${raw}, hasil hitung ${shownText(column, shown)}`);
    }
  }
  return parts.join('; ');
}
