/** capaian-undefined: a PK capaian that cannot be computed (target 0 or blank, realisasi blank); a note, not a fault. */
import type { LocalizedText } from '../indicators/capaian';
import { shortName } from '../indicators/text';
import type { IndicatorRow } from '../model';
import type { Lang } from '../settings';
import { defineRule } from './rule';

export const capaianUndefined = defineRule({
  id: 'capaian-undefined',
  severity: 'info',
  label: { id: 'Capaian tidak terdefinisi', en: 'Capaian undefined' },
  meaning: {
    id: 'capaian PK yang tidak dapat dihitung (target 0 atau kosong, realisasi kosong)',
    en: 'a PK capaian that cannot be computed (target 0 or blank, realisasi blank)',
  },
  source: { over: 'indicators' },
});

/** Why capaian is not computed when a cell it needs could not be read (that cell has its number-format finding). */
export const UNREADABLE_TARGET: LocalizedText = {
  id: 'capaian tidak dapat dihitung: target tidak terbaca sebagai angka',
  en: 'capaian cannot be computed: the target cannot be read as a number',
};
export const UNREADABLE_REALISASI: LocalizedText = {
  id: 'capaian tidak dapat dihitung: realisasi tidak terbaca sebagai angka',
  en: 'capaian cannot be computed: the realisasi cannot be read as a number',
};

export function capaianUndefinedMessage(row: IndicatorRow, reason: string, lang: Lang): string {
  const name = shortName(row.indikator);
  return lang === 'en' ? `Indicator "${name}": ${reason}` : `Indikator "${name}": ${reason}`;
}
