/**
 * Capaian of a Perjanjian Kinerja indicator, in percent.
 *
 * Positive polarity (higher is better): R / T × 100.
 * Negative polarity (lower is better): (2T − R) / T × 100 by default (PermenPAN-RB), or T / R × 100
 * where the planner's local system uses it (settings.negativeFormula = 'T/R').
 *
 * Results are kept as computed: capaian above 100 is not capped, and (2T − R) / T may go below zero —
 * that is the rule, and capping would hide an over- or under-achievement the planner must report.
 */
import type { Polarity } from '../model';
import type { Settings } from '../settings';

export interface LocalizedText {
  id: string;
  en: string;
}

export interface CapaianResult {
  /** Percent, null where it cannot be computed. */
  capaian: number | null;
  /** Why capaian is null. */
  reason?: LocalizedText;
}

const TARGET_BLANK: LocalizedText = {
  id: 'capaian tidak dapat dihitung: target kosong',
  en: 'capaian cannot be computed: the target is blank',
};
const TARGET_ZERO: LocalizedText = {
  id: 'capaian tidak dapat dihitung: target 0 (tidak dapat dibagi dengan nol)',
  en: 'capaian cannot be computed: the target is 0 (no division by zero)',
};
const REALISASI_BLANK: LocalizedText = {
  id: 'capaian tidak dapat dihitung: realisasi kosong',
  en: 'capaian cannot be computed: the realisasi is blank',
};
const REALISASI_ZERO_T_OVER_R: LocalizedText = {
  id: 'capaian tidak dapat dihitung: realisasi 0 pada rumus polaritas negatif T / R',
  en: 'capaian cannot be computed: realisasi is 0 under the negative-polarity formula T / R',
};

export function computeCapaian(
  target: number | null,
  realisasi: number | null,
  polaritas: Polarity,
  settings: Settings,
): CapaianResult {
  if (target === null || !Number.isFinite(target)) return { capaian: null, reason: TARGET_BLANK };
  if (target === 0) return { capaian: null, reason: TARGET_ZERO };
  if (realisasi === null || !Number.isFinite(realisasi)) return { capaian: null, reason: REALISASI_BLANK };

  if (polaritas === 'positif') return { capaian: (realisasi / target) * 100 };
  if (settings.negativeFormula === 'T/R') {
    if (realisasi === 0) return { capaian: null, reason: REALISASI_ZERO_T_OVER_R };
    return { capaian: (target / realisasi) * 100 };
  }
  return { capaian: ((2 * target - realisasi) / target) * 100 };
}

/** The formula in words, for messages that show the planner how the expected value was found. */
export function capaianFormulaText(polaritas: Polarity, settings: Pick<Settings, 'negativeFormula'>): string {
  if (polaritas === 'positif') return 'R / T × 100';
  return settings.negativeFormula === 'T/R' ? 'T / R × 100' : '(2T − R) / T × 100';
}
