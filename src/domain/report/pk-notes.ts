/**
 * The Catatan of a Capaian PK row: one phrase per fault, each naming its column and why ("Realisasi ditulis dengan
 * pemisah gaya Inggris", "Capaian tertulis 100, hasil hitung ulang 13,36", "Capaian tidak dapat dihitung: realisasi
 * kosong"), never a bare rule name a planner has to look up.
 */
import type { Finding } from '../findings';
import type { IndicatorResult } from '../model';
import { formatPercent } from '../parse/format';
import type { Lang } from '../settings';
import { columnPhrase } from './column-notes';
import type { ReportLabels } from './labels';
import { columnsOfRow } from './red-notes';
import { percentAgrees } from './stated-values';

/** The stated capaian as written, where it disagrees with the recomputed one; '' where it agrees or is blank. */
function disagreeingCapaian(res: IndicatorResult, tolerance: number): string {
  const stated = res.source.capaian;
  if (!stated) return '';
  if (stated.invalid) return stated.raw.trim();
  if (stated.value === null) return '';
  const agrees = res.capaian === null ? stated.value === 0 : percentAgrees(stated.value, res.capaian, res.source.capaianDecimals, tolerance);
  return agrees ? '' : formatPercent(stated.value, res.source.capaianDecimals ?? 2);
}

export function pkNote(res: IndicatorResult, found: Finding[] | undefined, labels: ReportLabels, lang: Lang, tolerance: number): string {
  const columnOf = columnsOfRow(res.source, lang);
  const parts: string[] = [];
  const byLabel = new Map<string, Finding[]>();
  for (const f of found ?? []) {
    // Said below in their own sentences: the stated capaian against the recomputed one, and why there is none.
    if (f.rule === 'capaian-mismatch' || f.rule === 'capaian-undefined') continue;
    const label = labels.rule(f.rule);
    byLabel.set(label, [...(byLabel.get(label) ?? []), f]);
  }
  for (const [label, fs] of byLabel) {
    const columns = fs.map((f) => columnOf(f.cell));
    const known = columns.every((c) => c !== undefined) && fs.every((f) => f.rule === fs[0].rule);
    parts.push(known ? columnPhrase(fs[0].rule, label, columns.filter((c): c is string => c !== undefined), lang) : label);
  }
  if (res.undefinedReason) parts.push(undefinedSentence(res.undefinedReason, lang));
  const stated = disagreeingCapaian(res, tolerance);
  if (stated) {
    const shown = res.capaian === null ? '-' : formatPercent(res.capaian);
    parts.push(lang === 'en' ? `Capaian stated ${stated}, recomputed ${shown}` : `Capaian tertulis ${stated}, hasil hitung ulang ${shown}`);
  } else if (found?.some((f) => f.rule === 'capaian-mismatch')) {
    parts.push(labels.rule('capaian-mismatch'));
  }
  return parts.join('; ');
}

/** "Capaian tidak dapat dihitung: realisasi kosong", whether or not the reason already says what it is about. */
function undefinedSentence(reason: string, lang: Lang): string {
  const sentence = /capaian/i.test(reason) ? reason : `${lang === 'en' ? 'capaian cannot be computed' : 'capaian tidak dapat dihitung'}: ${reason}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
