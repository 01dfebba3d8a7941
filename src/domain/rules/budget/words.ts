/** Words the budget rules' messages share: the amount columns and the row levels, in both languages. */
import type { AmountColumn } from '../../budget/amounts';
import type { BudgetLevel } from '../../model';
import type { Lang } from '../../settings';
import type { Text } from '../rule';

export const COLUMN: Record<AmountColumn, Text> = {
  pagu: { id: 'Pagu', en: 'Pagu (allocation)' },
  target: { id: 'Target', en: 'Target' },
  realisasi: { id: 'Realisasi', en: 'Realisasi' },
};

const LEVEL: Record<BudgetLevel, Text> = {
  total: { id: 'baris total', en: 'totals rows' },
  unit: { id: 'unit', en: 'units' },
  program: { id: 'program', en: 'programs' },
  kegiatan: { id: 'kegiatan', en: 'kegiatan' },
  subKegiatan: { id: 'sub kegiatan', en: 'sub kegiatan' },
  rincian: { id: 'rincian', en: 'line items' },
};

/** "3 sub kegiatan" / "2 baris" when the addends are of mixed levels. */
export function addendsText(levels: BudgetLevel[], lang: Lang): string {
  const same = levels.every((l) => l === levels[0]);
  const noun = same && levels.length > 0 ? LEVEL[levels[0]][lang] : lang === 'en' ? 'rows' : 'baris';
  return `${levels.length} ${noun}`;
}
