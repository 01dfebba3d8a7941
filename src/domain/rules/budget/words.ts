/** Words the budget rules' messages share: the amount columns and the row levels, in both languages. */
import type { AmountColumn } from '../../budget/amounts';
import { levelWord } from '../../budget/settle/words';
import { countOf } from '../../count-words';
import type { BudgetLevel } from '../../model';
import type { Lang } from '../../settings';
import type { Text } from '../rule';

export const COLUMN: Record<AmountColumn, Text> = {
  pagu: { id: 'Pagu', en: 'Pagu (allocation)' },
  target: { id: 'Target', en: 'Target' },
  realisasi: { id: 'Realisasi', en: 'Realisasi' },
};

/** "tiga sub kegiatan" / "dua baris" when the addends are of mixed levels / "two programmes" (count-words.ts). */
export function addendsText(levels: BudgetLevel[], lang: Lang): string {
  return countOf(levels.length, levelsNoun(levels, lang), lang);
}

/** The one level word of rows of the same level, singular; "baris" / "row" for rows of mixed levels. */
export function levelsNoun(levels: BudgetLevel[], lang: Lang): string {
  const same = levels.every((l) => l === levels[0]);
  return same && levels.length > 0 ? levelWord(levels[0], lang) : lang === 'en' ? 'row' : 'baris';
}
