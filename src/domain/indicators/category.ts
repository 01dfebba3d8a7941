/**
 * Category labels for a capaian: the Permendagri 86/2017 evaluation bands for PK indicators,
 * and the SIMONEV-style cumulative budget-absorption bands, which depend on the quarter.
 */
import { ABSORPTION_BANDS, type CategoryBand } from '../settings';

/**
 * The label of the highest band whose lower bound the capaian reaches; null where capaian is undefined
 * or lies below every band (bands from settings need not end with −∞).
 */
export function categorize(capaian: number | null, bands: CategoryBand[]): string | null {
  if (capaian === null || Number.isNaN(capaian)) return null;
  // Sorted here rather than trusted: a planner may list the bands in any order in the settings.
  const descending = [...bands].sort((a, b) => b.min - a.min);
  for (const band of descending) if (capaian >= band.min) return band.label;
  return null;
}

const ABSORPTION_LABELS = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah'] as const;

/** Cumulative realisasi anggaran (percent of pagu) at the end of the quarter → absorption category. */
export function absorptionCategory(capaian: number | null, quarter: 1 | 2 | 3 | 4): string | null {
  if (capaian === null || Number.isNaN(capaian)) return null;
  const bounds = ABSORPTION_BANDS[quarter];
  for (let i = 0; i < bounds.length; i++) if (capaian >= bounds[i]) return ABSORPTION_LABELS[i];
  return 'Sangat Rendah';
}
