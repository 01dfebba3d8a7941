/** How an expected PK capaian was found ("R / T × 100 dengan T 100 dan R 37,35"), for the indicator rules' messages. */
import { capaianFormulaText } from '../../indicators/capaian';
import { showNumber } from '../../indicators/text';
import type { IndicatorRow } from '../../model';
import type { Lang, Settings } from '../../settings';

export function derivation(row: IndicatorRow, settings: Settings, lang: Lang): string {
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
