/**
 * What a one-click ribbon button does, without any office-js: read the workbook, take the mapping and
 * settings saved in it (or detect the mapping when none was saved), analyse, and write the one report
 * sheet the button is for. Returns the line the planner is shown; never throws.
 */
import type { Analysis } from '../domain/analysis';
import { analyzeWorkbook } from '../domain/analyze';
import type { AnalyzeOptions } from '../domain/analyze';
import { oneLine } from '../domain/errors';
import { sheetsNotChecked } from '../domain/findings';
import { notCheckedCount, REPORT_SHEET_WORDS, severityCount } from '../domain/glossary';
import type { Grid } from '../domain/grid/grid';
import type { WorkbookHost, WrittenSheet } from '../domain/ports';
import { buildReportPlans } from '../domain/report/build-report';
import type { SheetPlan } from '../domain/report/sheet-plan';
import type { Lang } from '../domain/settings';

/** The report sheet kinds the ribbon writes in one click. */
export type RibbonAction = 'tabel-3.1' | 'capaian-pk';

export interface RibbonCore {
  analyze(grids: Grid[], options: AnalyzeOptions): Analysis;
  buildPlans(analysis: Analysis): SheetPlan[];
}

export const REAL_CORE: RibbonCore = { analyze: analyzeWorkbook, buildPlans: buildReportPlans };

export interface RibbonResult {
  ok: boolean;
  /** one line for the planner, in the workbook's saved language */
  message: string;
  lang: Lang;
  written: WrittenSheet[];
}

const TEXT = {
  none: {
    'tabel-3.1': {
      id: 'Tidak ada sheet Tabel 3.1 (realisasi anggaran per kode) yang dikenali: klik Buka Lapkin untuk memetakan sheet.',
      en: 'No Table 3.1 sheet (budget realisation by code) was recognised: click Open Lapkin to map the sheets.',
    },
    'capaian-pk': {
      id: 'Tidak ada sheet Perjanjian Kinerja (indikator, target, realisasi) yang dikenali: klik Buka Lapkin untuk memetakan sheet.',
      en: 'No Perjanjian Kinerja sheet (indicators, target, realisasi) was recognised: click Open Lapkin to map the sheets.',
    },
  },
  failed: { id: 'Lapkin gagal', en: 'Lapkin failed' },
} as const;

function summary(action: RibbonAction, written: WrittenSheet[], analysis: Analysis, lang: Lang): string {
  const sources = new Set(analysis.sheets.filter((s) => s.kind === action).map((s) => s.name));
  const findings = analysis.findings.filter((f) => sources.has(f.sheet));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const sheets = written.map((w) => `“${w.name}”`).join(', ');
  const title = REPORT_SHEET_WORDS[lang][action];
  // Sheets of the workbook Lapkin could not map: said whatever the report's own sheets hold.
  const notChecked = sheetsNotChecked(analysis.findings);
  const unchecked = notChecked > 0 ? ` ${notCheckedCount(notChecked, lang)}${lang === 'en' ? ': open Lapkin to map them.' : ': buka Lapkin untuk memetakannya.'}` : '';
  if (lang === 'en') {
    const found = findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'} (${severityCount('error', errors, lang)})`;
    return `${title} written to sheet ${sheets}: ${found}.${findings.length > 0 ? ' Open Lapkin to see each cell.' : ''}${unchecked}`;
  }
  const found = findings.length === 0 ? 'tidak ada temuan' : `${findings.length} temuan (${severityCount('error', errors, lang)})`;
  return `${title} ditulis ke sheet ${sheets}: ${found}.${findings.length > 0 ? ' Buka Lapkin untuk melihat setiap selnya.' : ''}${unchecked}`;
}

export async function runRibbonAction(host: WorkbookHost, action: RibbonAction, core: RibbonCore = REAL_CORE): Promise<RibbonResult> {
  let lang: Lang = 'id';
  try {
    const state = await host.loadState();
    lang = state?.settings?.lang ?? 'id';
    const grids = await host.readGrids();
    // No saved mapping: the core detects one, as the task pane would on first opening.
    const analysis = core.analyze(grids, { settings: state?.settings, mapping: state?.mapping });
    const plans = core.buildPlans(analysis).filter((p) => p.kind === action);
    if (plans.length === 0) return { ok: false, message: TEXT.none[action][lang], lang, written: [] };
    const written = await host.writePlans(plans);
    return { ok: true, message: summary(action, written, analysis, lang), lang, written };
  } catch (e) {
    return { ok: false, message: `${TEXT.failed[lang]}: ${oneLine(e, lang)}`, lang, written: [] };
  }
}
