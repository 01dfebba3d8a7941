/** The readable form of an analysis for the terminal: sheets, then findings grouped by sheet, then a summary line. */
import type { Analysis } from '../domain/analysis';
import { unitTotals } from '../domain/budget/settle';
import type { Finding, Severity } from '../domain/findings';
import { formatPercent, formatRupiah } from '../domain/parse/format';
import type { Lang } from '../domain/settings';

const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  id: { error: 'ERROR', warning: 'PERINGATAN', info: 'INFO' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
};

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  period?: { year: number; quarter: number };
  /** Recomputed totals of the first Tabel 3.1, where the workbook has one. */
  tabel31?: { pagu: number; realisasi: number; capaian: number | null };
}

export function summarize(analysis: Analysis): Summary {
  const count = (s: Severity) => analysis.findings.filter((f) => f.severity === s).length;
  const first = analysis.budgets.find((b) => b.table.kind === 'tabel-3.1');
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    period: analysis.period,
    tabel31: first ? unitTotals(analysis.settlement, first) : undefined,
  };
}

function findingLine(f: Finding, lang: Lang): string {
  const label = SEVERITY_LABEL[lang][f.severity].padEnd(10);
  const parts = [`  ${label} ${f.cell.padEnd(6)} ${f.rule.padEnd(20)} ${f.message}`];
  const detail: string[] = [];
  if (f.actual !== undefined) {
    const shown = f.actual === '' ? (lang === 'en' ? '(blank)' : '(kosong)') : f.actual;
    detail.push(`${lang === 'en' ? 'stated' : 'tertulis'}: ${shown}`);
  }
  if (f.expected !== undefined) detail.push(`${lang === 'en' ? 'expected' : 'seharusnya'}: ${f.expected}`);
  // A suggestion that only repeats the expected value adds nothing to read.
  if (f.suggestion !== undefined && f.suggestion !== f.expected) detail.push(`${lang === 'en' ? 'suggestion' : 'saran'}: ${f.suggestion}`);
  if (detail.length > 0) parts.push(`  ${' '.repeat(10)} ${' '.repeat(6)} ${' '.repeat(20)} (${detail.join('; ')})`);
  return parts.join('\n');
}

export function formatAnalysis(analysis: Analysis, fileLabel: string, lang: Lang): string {
  const out: string[] = [];
  const p = analysis.period;
  const period = p ? `${lang === 'en' ? 'Quarter' : 'Triwulan'} ${ROMAN[p.quarter]} ${p.year}` : lang === 'en' ? 'period unknown' : 'periode tidak diketahui';
  out.push(`Lapkin — ${fileLabel} — ${period}`, '');
  out.push(lang === 'en' ? 'Sheets:' : 'Sheet:');
  for (const s of analysis.sheets) out.push(`  ${s.name.padEnd(28)} ${s.kind}`);
  out.push('');
  const bySheet = new Map<string, Finding[]>();
  for (const f of analysis.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, list] of bySheet) {
    out.push(`${sheet} (${list.length})`);
    for (const f of list) out.push(findingLine(f, lang));
    out.push('');
  }
  const s = summarize(analysis);
  if (s.tabel31) {
    const cap = s.tabel31.capaian === null ? '-' : `${formatPercent(s.tabel31.capaian)} %`;
    out.push(
      lang === 'en'
        ? `Tabel 3.1 recomputed: pagu ${formatRupiah(s.tabel31.pagu)}, realisasi ${formatRupiah(s.tabel31.realisasi)}, capaian ${cap}`
        : `Tabel 3.1 dihitung ulang: pagu ${formatRupiah(s.tabel31.pagu)}, realisasi ${formatRupiah(s.tabel31.realisasi)}, capaian ${cap}`,
    );
  }
  const total = analysis.findings.length;
  out.push(
    lang === 'en'
      ? `${total} findings: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} info`
      : `${total} temuan: ${s.errors} error, ${s.warnings} peringatan, ${s.infos} info`,
  );
  return out.join('\n') + '\n';
}
