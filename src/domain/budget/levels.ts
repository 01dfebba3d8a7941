/**
 * Budget levels as small numbers, for the per-row columns of a table (placements, budget columns): a
 * typed array of codes instead of an array of strings, compared by number.
 */
import type { BudgetLevel } from '../model';

export const LEVEL = { total: 0, unit: 1, program: 2, kegiatan: 3, subKegiatan: 4, rincian: 5 } as const satisfies Record<BudgetLevel, number>;

/** LEVEL's inverse: the level a code stands for. */
export const LEVEL_NAMES: readonly BudgetLevel[] = ['total', 'unit', 'program', 'kegiatan', 'subKegiatan', 'rincian'];

export function levelCode(level: BudgetLevel): number {
  switch (level) {
    case 'total':
      return LEVEL.total;
    case 'unit':
      return LEVEL.unit;
    case 'program':
      return LEVEL.program;
    case 'kegiatan':
      return LEVEL.kegiatan;
    case 'subKegiatan':
      return LEVEL.subKegiatan;
    default:
      return LEVEL.rincian;
  }
}
