/** One-line finding messages for the indicator rules, Bahasa Indonesia and English. */
import { capaianFormulaText } from '../../indicators/capaian';
import { shortName, showNumber } from '../../indicators/text';
import type { IndicatorRow } from '../../model';
import type { Lang, Settings } from '../../settings';

/** "R / T × 100 dengan T 100 dan R 37,35" — how the expected capaian was found, so the planner can check it. */
function derivation(row: IndicatorRow, settings: Settings, lang: Lang): string {
  const formula = capaianFormulaText(row.polaritas, settings);
  const t = showNumber(row.target.value ?? 0, lang);
  const r = showNumber(row.realisasi.value ?? 0, lang);
  if (lang === 'en') {
    const pol = row.polaritas === 'negatif' ? 'negative polarity, ' : '';
    return `${pol}${formula} with T ${t} and R ${r}`;
  }
  const pol = row.polaritas === 'negatif' ? 'polaritas negatif, ' : '';
  return `${pol}${formula} dengan T ${t} dan R ${r}`;
}

export function missingCapaianMessage(row: IndicatorRow, expected: number, settings: Settings): string {
  const lang = settings.lang;
  const name = shortName(row.indikator);
  const value = showNumber(expected, lang, 2);
  if (lang === 'en') return `Capaian of "${name}" is blank; it should be ${value} % (${derivation(row, settings, lang)})`;
  return `Capaian "${name}" kosong; seharusnya ${value} % (${derivation(row, settings, lang)})`;
}

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

export function capaianUndefinedMessage(row: IndicatorRow, reason: string, lang: Lang): string {
  const name = shortName(row.indikator);
  return lang === 'en' ? `Indicator "${name}": ${reason}` : `Indikator "${name}": ${reason}`;
}
