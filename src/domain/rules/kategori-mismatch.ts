/**
 * kategori-mismatch (error): a Kategori (or Predikat) column whose label is not the band of the row's
 * capaian. PK indicators are banded by the evaluation bands in the settings (Permendagri 86/2017 by
 * default); a budget row by the quarter's cumulative absorption bands (SIMONEV), or by the evaluation
 * bands, since units use both for realisasi anggaran.
 * A label that fits the stated capaian is not reported even where that capaian is wrong: the capaian's
 * own finding names the fault, and the label follows from it. Text that names no band ("Baik",
 * "Tercapai") is not a category and is left alone.
 */
import { absorptionCategory, categorize } from '../indicators/category';
import type { Finding } from '../findings';
import { a1, type Grid } from '../grid/grid';
import type { MappedRow } from '../mapping/types';
import type { IndicatorResult, RecomputedTable } from '../model';
import { labelText } from '../parse/display';
import { formatPercent } from '../parse/format';
import type { Lang, Period, Settings } from '../settings';
import { rowCell, type ExtraColumns } from './budget/extra-columns';
import { defineRule } from './rule';

export const kategoriMismatch = defineRule({
  id: 'kategori-mismatch',
  severity: 'error',
  label: { id: 'Kategori tidak sesuai', en: 'Category does not match' },
  meaning: {
    id: 'Kategori tertulis yang bukan rentang capaiannya (rentang evaluasi untuk PK; rentang serapan triwulan, atau rentang evaluasi, untuk anggaran)',
    en: 'a stated Kategori that is not the band of the capaian (Permendagri 86/2017 bands for PK; the quarter\'s absorption bands, or the evaluation bands, for budget rows)',
  },
  /** Found where its cells are read (analysis-steps/read-tables.ts calls it with the grid). */
  source: { over: 'read' },
});

const key = (label: string): string => label.toLowerCase().replace(/\s+/g, ' ').trim();

function knownLabels(settings: Settings): Set<string> {
  return new Set([...settings.categoryBands.map((b) => key(b.label)), 'sangat tinggi', 'tinggi', 'sedang', 'rendah', 'sangat rendah']);
}

function message(lang: Lang, stated: string, capaian: number, expected: string, what: { id: string; en: string }): string {
  const pct = `${formatPercent(capaian, 2)} %`;
  return lang === 'en'
    ? `Category "${stated}" does not fit capaian ${pct}, which falls in "${expected}" (${what.en})`
    : `Kategori "${stated}" tidak sesuai dengan capaian ${pct}, yang termasuk "${expected}" (${what.id})`;
}

const PK_BANDS = { id: 'rentang evaluasi kinerja', en: 'performance evaluation bands' };
const ABSORPTION = { id: 'rentang serapan anggaran triwulan', en: "the quarter's budget absorption bands" };

export function budgetKategoriFindings(
  recomputed: RecomputedTable,
  grid: Grid,
  columns: ExtraColumns,
  settings: Settings,
  period: Period | undefined,
): Finding[] {
  const col = columns.kategori;
  if (col === undefined) return [];
  const known = knownLabels(settings);
  const out: Finding[] = [];
  for (const r of recomputed.rows) {
    const stated = labelText(rowCell(grid, r.source.row, col));
    if (!known.has(key(stated)) || r.capaian === null) continue;
    const statedCapaian = r.source.capaian && !r.source.capaian.invalid ? r.source.capaian.value : null;
    const fits = new Set<string>();
    for (const c of [r.capaian, statedCapaian]) {
      if (c === null) continue;
      const banded = categorize(c, settings.categoryBands);
      if (banded) fits.add(key(banded));
      const absorbed = period ? absorptionCategory(c, period.quarter) : null;
      if (absorbed) fits.add(key(absorbed));
    }
    if (fits.has(key(stated))) continue;
    const expected = (period ? absorptionCategory(r.capaian, period.quarter) : categorize(r.capaian, settings.categoryBands)) ?? '';
    out.push({
      rule: kategoriMismatch.id,
      severity: kategoriMismatch.severity,
      sheet: recomputed.table.sheet,
      cell: a1(r.source.row - 1, col),
      message: message(settings.lang, stated, r.capaian, expected, period ? ABSORPTION : PK_BANDS),
      expected,
      actual: stated,
      suggestion: expected,
    });
  }
  return out;
}

export function indicatorKategoriFindings(sheet: string, results: IndicatorResult[], rows: MappedRow[], settings: Settings): Finding[] {
  const known = knownLabels(settings);
  const byRow = new Map(rows.map((r) => [r.row, r.cells.kategori]));
  const out: Finding[] = [];
  for (const result of results) {
    const mc = byRow.get(result.source.row);
    const stated = labelText(mc?.cell);
    if (!mc || !known.has(key(stated)) || result.capaian === null || result.kategori === null) continue;
    const statedCapaian = result.source.capaian && !result.source.capaian.invalid ? result.source.capaian.value : null;
    const fitsStated = statedCapaian !== null && key(categorize(statedCapaian, settings.categoryBands) ?? '') === key(stated);
    if (key(result.kategori) === key(stated) || fitsStated) continue;
    out.push({
      rule: kategoriMismatch.id,
      severity: kategoriMismatch.severity,
      sheet,
      cell: mc.address,
      message: message(settings.lang, stated, result.capaian, result.kategori, PK_BANDS),
      expected: result.kategori,
      actual: stated,
      suggestion: result.kategori,
    });
  }
  return out;
}
