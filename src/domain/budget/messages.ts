/** The budget builder's own words: how a refused cell's value was chosen for the sums. */
import type { Lang } from '../settings';
import type { CandidateChoice } from './candidates';

const BECAUSE: Record<CandidateChoice['because'], { id: string; en: string }> = {
  children: { id: 'nilai ini sama dengan jumlah baris yang dijumlahkannya', en: 'it equals the sum of the rows it adds up' },
  parent: { id: 'dengan nilai ini jumlahnya sama dengan baris induk', en: 'with it the rows add up to their parent' },
  total: { id: 'dengan nilai ini jumlahnya sama dengan baris total', en: 'with it the rows add up to the totals row' },
  items: { id: 'nilai ini sama dengan jumlah rincian belanjanya', en: 'it equals the sum of its line items' },
  first: { id: 'kemungkinan pertama, tidak ada jumlah yang memastikannya — periksa kembali', en: 'the first likely value; no sum confirms it — please check' },
};

/** "Dipakai 375.000.000 untuk perhitungan: …" appended to the parser's explanation. */
export function choiceNote(shown: string, choice: CandidateChoice, lang: Lang): string {
  const why = BECAUSE[choice.because][lang];
  return lang === 'en' ? `Computed with ${shown}: ${why}.` : `Dipakai ${shown} untuk perhitungan: ${why}.`;
}
