/** Words the settlement's messages are made of, Bahasa Indonesia by default, English for lang 'en'. */
import type { BudgetLevel } from '../../model';
import type { Lang } from '../../settings';

const LEVEL: Record<BudgetLevel, { id: string; en: string }> = {
  total: { id: 'baris total', en: 'totals row' },
  unit: { id: 'unit', en: 'unit' },
  program: { id: 'program', en: 'programme' },
  kegiatan: { id: 'kegiatan', en: 'kegiatan' },
  subKegiatan: { id: 'sub kegiatan', en: 'sub kegiatan' },
  rincian: { id: 'rincian', en: 'line item' },
};

export function levelWord(level: BudgetLevel, lang: Lang): string {
  return LEVEL[level][lang];
}

/** The level word the rows share, singular ("sub kegiatan", "programme"); "baris" / "row" when they are mixed. */
export function levelOfRows(rows: { level: string }[], lang: Lang): string {
  const levels = new Set(rows.map((r) => r.level));
  return levels.size === 1 ? [...levels][0] : lang === 'en' ? 'row' : 'baris';
}

/** How an observation's place is named: "baris Biro Organisasi", "tabel Kelembagaan", "daftar Rencana Kerja". */
export function sourceLabel(kind: 'unit' | 'detail' | 'rencana' | 'detailTotal' | 'pk', lang: Lang, name: string): string {
  const n = name.trim();
  switch (kind) {
    case 'pk':
      return lang === 'en' ? 'the Perjanjian Kinerja' : 'Perjanjian Kinerja';
    case 'unit':
      return lang === 'en' ? `the ${n} row` : `baris ${n}`;
    case 'rencana':
      return lang === 'en' ? 'the Rencana Kerja list' : 'daftar Rencana Kerja';
    // A sheet already named "Tabel 3.2" is not called "tabel Tabel 3.2".
    case 'detailTotal':
      return lang === 'en' ? `the Total of ${tableWord(n, 'table')}` : `Total ${tableWord(n, 'tabel')}`;
    default:
      return tableWord(n, lang === 'en' ? 'table' : 'tabel');
  }
}

function tableWord(name: string, word: string): string {
  return /^tabel\b/i.test(name) ? name : `${word} ${name}`;
}

/** "a, b dan c" / "a, b and c". */
export function listWords(items: string[], lang: Lang): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'dan'} ${unique[unique.length - 1]}`;
}
