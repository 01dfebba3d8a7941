/**
 * One word for one thing, on every face (task pane, ribbon message, report and Temuan sheets, CLI),
 * in both languages: severities, sheet kinds, rule labels (from the rule registry) and the few words
 * every face shows beside a finding. A face takes these words from here and spells none of its own.
 */
import type { Severity } from './findings';
import type { SheetKind } from './mapping/types';
import type { ReportSheetKind } from './report/sheet-plan';
import { ruleLabel } from './rules/registry';
import type { Lang } from './settings';

type Words<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_WORDS: Words<Severity> = {
  id: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** "3 kesalahan", "1 error", "2 warnings": a count of findings of one severity, inside a sentence. */
export function severityCount(severity: Severity, count: number, lang: Lang): string {
  const word = SEVERITY_WORDS[lang][severity].toLowerCase();
  const plural = lang === 'en' && count !== 1 && severity !== 'info' ? 's' : '';
  return `${count} ${word}${plural}`;
}

/** "2 sheet tidak diperiksa", "1 sheet not checked": beside the findings' counts in every face's summary. */
export function notCheckedCount(count: number, lang: Lang): string {
  return lang === 'en' ? `${count} sheet${count === 1 ? '' : 's'} not checked` : `${count} sheet tidak diperiksa`;
}

export const SHEET_KINDS: readonly SheetKind[] = ['tabel-3.1', 'detail', 'capaian-pk', 'kegiatan', 'target-pk', 'unknown'];

export const SHEET_KIND_WORDS: Words<SheetKind> = {
  id: {
    'tabel-3.1': 'Tabel 3.1 (realisasi anggaran)',
    detail: 'Rincian sub kegiatan',
    'capaian-pk': 'Capaian Perjanjian Kinerja',
    kegiatan: 'Pelaksanaan kegiatan',
    'target-pk': 'Target Perjanjian Kinerja',
    unknown: 'Tidak dikenali',
  },
  en: {
    'tabel-3.1': 'Table 3.1 (budget realisation)',
    detail: 'Sub kegiatan detail',
    'capaian-pk': 'Perjanjian Kinerja capaian',
    kegiatan: 'Activities',
    'target-pk': 'Perjanjian Kinerja targets',
    unknown: 'Not recognised',
  },
};

/** What each sheet Lapkin writes holds, as a face lists a report's sheets: the kind it recomputes, or the findings. */
export const REPORT_SHEET_WORDS: Words<ReportSheetKind> = {
  id: {
    'tabel-3.1': SHEET_KIND_WORDS.id['tabel-3.1'], detail: SHEET_KIND_WORDS.id.detail, 'capaian-pk': SHEET_KIND_WORDS.id['capaian-pk'],
    temuan: 'Daftar temuan',
  },
  en: {
    'tabel-3.1': SHEET_KIND_WORDS.en['tabel-3.1'], detail: SHEET_KIND_WORDS.en.detail, 'capaian-pk': SHEET_KIND_WORDS.en['capaian-pk'],
    temuan: 'List of findings',
  },
};

/** A rule's short label (rules/registry.ts); an id no rule has shows as itself. */
export function ruleWord(rule: string, lang: Lang): string {
  return ruleLabel(rule)[lang];
}

/** The words shown beside a finding's message. */
export const FINDING_WORDS: Words<'stated' | 'expected' | 'suggestion' | 'blank' | 'finding'> = {
  id: { stated: 'tertulis', expected: 'seharusnya', suggestion: 'saran', blank: '(kosong)', finding: 'temuan' },
  en: { stated: 'stated', expected: 'expected', suggestion: 'suggestion', blank: '(blank)', finding: 'findings' },
};

export { periodWords, quarterRoman } from './period-words';
