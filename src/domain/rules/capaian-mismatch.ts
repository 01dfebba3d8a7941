/** capaian-mismatch: a stated PK capaian that does not agree with the one recomputed from target, realisasi and polarity. */
import { shortName, showNumber } from '../indicators/text';
import type { IndicatorRow } from '../model';
import type { Settings } from '../settings';
import { derivation } from './indicators/derivation';
import { defineRule } from './rule';

export const capaianMismatch = defineRule({
  id: 'capaian-mismatch',
  severity: 'error',
  label: { id: 'Capaian tidak sesuai', en: 'Capaian does not match' },
  meaning: {
    id: 'capaian PK tertulis yang tidak sesuai dengan target, realisasi dan polaritasnya',
    en: 'a stated PK capaian that does not agree with target, realisasi and polarity',
  },
  source: { over: 'indicators' },
});

export function capaianMismatchMessage(row: IndicatorRow, stated: number, expected: number, settings: Settings): string {
  const lang = settings.lang;
  const name = shortName(row.indikator);
  const statedText = showNumber(stated, lang, row.capaianDecimals ?? undefined);
  const value = showNumber(expected, lang, 2);
  if (lang === 'en') {
    return `Capaian of "${name}" is stated as ${statedText} %, but ${derivation(row, settings, lang)} gives ${value} %`;
  }
  return `Capaian "${name}" tertulis ${statedText} %, padahal ${derivation(row, settings, lang)} menghasilkan ${value} %`;
}
