/** One-line messages of the budget rules, Bahasa Indonesia by default, English for lang 'en'. */
import type { AmountColumn } from '../../budget/amounts';
import type { BudgetLevel } from '../../model';
import type { Lang } from '../../settings';

type Text = { id: string; en: string };
const pick = (t: Text, lang: Lang): string => t[lang];

const COLUMN: Record<AmountColumn, Text> = {
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
function addendsText(levels: BudgetLevel[], lang: Lang): string {
  const same = levels.every((l) => l === levels[0]);
  const noun = same && levels.length > 0 ? pick(LEVEL[levels[0]], lang) : lang === 'en' ? 'rows' : 'baris';
  return `${levels.length} ${noun}`;
}

export function sumMismatchMessage(
  lang: Lang,
  column: AmountColumn,
  stated: string,
  sum: string,
  difference: string,
  addendLevels: BudgetLevel[],
  isTotal: boolean,
): string {
  const what = addendsText(addendLevels, lang);
  const col = pick(COLUMN[column], lang);
  if (lang === 'en') {
    const whose = isTotal ? `the ${what} it totals` : `its ${what}`;
    return `${col} ${stated} does not equal the sum of ${whose} (${sum}); difference ${difference}`;
  }
  const whose = isTotal ? `${what} yang dijumlahkannya` : `${what} di bawahnya`;
  return `${col} ${stated} tidak sama dengan jumlah ${whose} (${sum}); selisih ${difference}`;
}

export function itemsAboveMessage(lang: Lang, column: AmountColumn, stated: string, itemSum: string, count: number): string {
  const col = pick(COLUMN[column], lang);
  return lang === 'en'
    ? `${count} line items add up to ${itemSum}, more than the ${col.toLowerCase()} stated for them (${stated})`
    : `${count} rincian berjumlah ${itemSum}, melebihi ${col.toLowerCase()} yang tertulis di atasnya (${stated})`;
}

export function itemsBelowMessage(lang: Lang, column: AmountColumn, stated: string, itemSum: string, count: number): string {
  const col = pick(COLUMN[column], lang);
  return lang === 'en'
    ? `Line items listed only in part: ${count} items add up to ${itemSum} of ${col.toLowerCase()} ${stated}`
    : `Rincian hanya sebagian: ${count} rincian berjumlah ${itemSum} dari ${col.toLowerCase()} ${stated}`;
}

export function percentMismatchMessage(lang: Lang, stated: string, computed: string, realisasi: string, pagu: string): string {
  return lang === 'en'
    ? `Capaian ${stated} % does not agree with realisasi / pagu × 100 = ${realisasi} / ${pagu} × 100 = ${computed} %`
    : `Capaian ${stated} % tidak sesuai dengan realisasi / pagu × 100 = ${realisasi} / ${pagu} × 100 = ${computed} %`;
}

export function missingCapaianMessage(lang: Lang, computed: string): string {
  return lang === 'en'
    ? `Capaian is blank although pagu and realisasi are filled in; it should be ${computed} %`
    : `Capaian kosong padahal pagu dan realisasi terisi; seharusnya ${computed} %`;
}

export function overBudgetMessage(lang: Lang, realisasi: string, pagu: string, excess: string): string {
  return lang === 'en'
    ? `Realisasi ${realisasi} exceeds the pagu ${pagu} by ${excess}`
    : `Realisasi ${realisasi} melebihi pagu ${pagu} sebesar ${excess}`;
}

export function duplicateCodeMessage(lang: Lang, code: string, firstRow: number): string {
  return lang === 'en'
    ? `Code ${code} appears twice in this table (first on row ${firstRow})`
    : `Kode ${code} tercantum dua kali dalam tabel ini (pertama di baris ${firstRow})`;
}

export type CrossColumn = AmountColumn | 'capaian';
const CROSS_COLUMN: Record<CrossColumn, Text> = { ...COLUMN, capaian: { id: 'Capaian', en: 'Capaian' } };

export function crossTableMessage(lang: Lang, column: CrossColumn, name: string, here: string, there: string, otherSheet: string, otherCell: string): string {
  const col = pick(CROSS_COLUMN[column], lang);
  return lang === 'en'
    ? `${col} of "${name}" is ${here} here but ${there} in ${otherSheet} (${otherCell})`
    : `${col} "${name}" di sini ${here}, sedangkan di ${otherSheet} (${otherCell}) ${there}`;
}
