/** Indicator polarity as planners write it in a Polaritas column. */
import type { Polarity } from '../model';

const POSITIVE = new Set(['positif', 'positive', '+', 'maksimal', 'maksimalkan', 'maximize', 'maximise', 'max']);
const NEGATIVE = new Set(['negatif', 'negative', '-', '−', '–', 'minimal', 'minimalkan', 'minimize', 'minimise', 'min']);

export interface PolarityReading {
  polaritas: Polarity;
  /** false when the text was blank or not recognised, so the default (positive) applies. */
  stated: boolean;
}

/**
 * "Positif", "Negatif", "+", "-", "Maksimal"/"Maximize", "Minimal"/"Minimize", any case, optionally
 * in parentheses ("(+)"); anything else falls back to positive, the polarity of most PK indicators.
 */
export function parsePolaritas(text: string | undefined): PolarityReading {
  const key = (text ?? '').trim().replace(/^\((.*)\)$/, '$1').trim().toLowerCase();
  if (POSITIVE.has(key)) return { polaritas: 'positif', stated: true };
  if (NEGATIVE.has(key)) return { polaritas: 'negatif', stated: true };
  return { polaritas: 'positif', stated: false };
}
