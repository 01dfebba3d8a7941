/** The readable form of an analysis for the terminal: sheets, then findings grouped by sheet, then a summary line. */
import type { Analysis } from '../domain/analysis';
import { unitTotals } from '../domain/budget/settle';
import { findingText, sheetsNotChecked, type AdviceWords, type Finding, type Severity } from '../domain/findings';
import { FINDING_WORDS, notCheckedCount, periodWords, ruleWord, severityCount, SEVERITY_WORDS, SHEET_KIND_WORDS } from '../domain/glossary';
import { formatPercent, formatRupiah } from '../domain/parse/format';
import { RULES } from '../domain/rules/registry';
import type { Lang } from '../domain/settings';
import { terminalSafe, type Paint } from './terminal-text';

/** Every text that comes from the workbook is printed through terminalSafe, on one line. */
const t = (text: string): string => terminalSafe(text, true);
const plain: Paint = (_severity, text) => text;

/** Width of the severity and rule columns: the longest word of each, in the run's language. */
function widths(lang: Lang): { severity: number; rule: number } {
  return {
    severity: Math.max(...Object.values(SEVERITY_WORDS[lang]).map((w) => w.length)),
    rule: Math.max(...RULES.map((r) => r.label[lang].length)),
  };
}


export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  /** Sheets with a table Lapkin could not map (each has a sheet-not-checked finding). */
  sheetsNotChecked: number;
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
    sheetsNotChecked: sheetsNotChecked(analysis.findings),
    period: analysis.period,
    tabel31: first ? unitTotals(analysis.settlement, first) : undefined,
  };
}

/** What a planner at the terminal does about a finding: map the sheet with the CLI's own commands. */
export const CLI_ADVICE: Record<Lang, AdviceWords> = {
  id: {
    'map-sheet': 'Petakan dengan `lapkin map` (simpan ke berkas JSON dan sunting), lalu `lapkin check --mapping`.',
    'change-mapping': 'Bila keliru, ubah perannya dengan `lapkin map` (simpan ke berkas JSON dan sunting), lalu `lapkin check --mapping`.',
  },
  en: {
    'map-sheet': 'Map it with `lapkin map` (save it to a JSON file and edit it), then `lapkin check --mapping`.',
    'change-mapping': 'If wrong, change its role with `lapkin map` (save it to a JSON file and edit it), then `lapkin check --mapping`.',
  },
};

/** A finding as the terminal shows it: the glossary's severity word and the rule's label (its id is in --json). */
function findingLine(f: Finding, lang: Lang, paint: Paint): string {
  const w = widths(lang);
  const words = FINDING_WORDS[lang];
  const label = paint(f.severity, SEVERITY_WORDS[lang][f.severity].toUpperCase().padEnd(w.severity));
  const parts = [`  ${label} ${t(f.cell).padEnd(6)} ${ruleWord(f.rule, lang).padEnd(w.rule)} ${t(findingText(f, CLI_ADVICE[lang]))}`];
  const detail: string[] = [];
  if (f.actual !== undefined) detail.push(`${words.stated}: ${f.actual === '' ? words.blank : t(f.actual)}`);
  if (f.expected !== undefined) detail.push(`${words.expected}: ${t(f.expected)}`);
  // A suggestion that only repeats the expected value adds nothing to read.
  if (f.suggestion !== undefined && f.suggestion !== f.expected) detail.push(`${words.suggestion}: ${t(f.suggestion)}`);
  if (detail.length > 0) parts.push(`  ${' '.repeat(w.severity)} ${' '.repeat(6)} ${' '.repeat(w.rule)} (${detail.join('; ')})`);
  return parts.join('\n');
}

/** The analysis as terminal text; `paint` colours the severity labels (plain by default, as in a pipe). */
export function formatAnalysis(analysis: Analysis, fileLabel: string, lang: Lang, paint: Paint = plain): string {
  const out: string[] = [];
  const period = periodWords(analysis.period, lang);
  out.push(`Lapkin — ${t(fileLabel)} — ${period}`, '');
  out.push(lang === 'en' ? 'Sheets:' : 'Sheet:');
  const width = Math.max(0, ...analysis.sheets.map((s) => t(s.name).length));
  for (const s of analysis.sheets) out.push(`  ${t(s.name).padEnd(width)}  ${SHEET_KIND_WORDS[lang][s.kind]}`);
  out.push('');
  const bySheet = new Map<string, Finding[]>();
  for (const f of analysis.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, list] of bySheet) {
    out.push(`${t(sheet)} (${list.length})`);
    for (const f of list) out.push(findingLine(f, lang, paint));
    out.push('');
  }
  const s = summarize(analysis);
  if (s.tabel31) {
    const cap = s.tabel31.capaian === null ? '-' : `${formatPercent(s.tabel31.capaian)} %`;
    out.push(
      lang === 'en'
        ? `Table 3.1 recalculated: pagu ${formatRupiah(s.tabel31.pagu)}, realisasi ${formatRupiah(s.tabel31.realisasi)}, capaian ${cap}`
        : `Tabel 3.1 dihitung ulang: pagu ${formatRupiah(s.tabel31.pagu)}, realisasi ${formatRupiah(s.tabel31.realisasi)}, capaian ${cap}`,
    );
  }
  const total = analysis.findings.length;
  const unchecked = s.sheetsNotChecked > 0 ? `; ${notCheckedCount(s.sheetsNotChecked, lang)}` : '';
  out.push(
    lang === 'en'
      ? `${total} findings: ${severityCount('error', s.errors, lang)}, ${severityCount('warning', s.warnings, lang)}, ${severityCount('info', s.infos, lang)}${unchecked}`
      : `${total} temuan: ${severityCount('error', s.errors, lang)}, ${severityCount('warning', s.warnings, lang)}, ${severityCount('info', s.infos, lang)}${unchecked}`,
  );
  return out.join('\n') + '\n';
}
