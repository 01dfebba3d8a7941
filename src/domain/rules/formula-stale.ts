/**
 * formula-stale (warning): a formula whose saved value is not what its cells give now — the workbook was
 * saved by a script or an exporter that did not recalculate, or calculation was set to manual. Excel shows
 * the saved value until it recalculates; Lapkin checks with the recomputed one and names the cell, so the
 * planner knows which printed figure is out of date.
 */
import type { StaleFormula } from '../formula/grid-formulas';
import type { Finding } from '../findings';
import { a1 } from '../grid/grid';
import type { CellValue } from '../grid/grid';
import { formatRupiah } from '../parse/format';
import type { Lang } from '../settings';
import { defineRule } from './rule';

export const formulaStale = defineRule({
  id: 'formula-stale',
  severity: 'warning',
  label: { id: 'Nilai rumus usang', en: 'Stale formula value' },
  meaning: {
    id: 'nilai tersimpan sebuah rumus yang tidak sama dengan hasil hitung ulang sel-selnya (berkas disimpan tanpa dihitung ulang); Lapkin memeriksa dengan nilai hasil hitung ulang',
    en: 'a formula whose saved value is not what its cells give now (a file saved without recalculating); Lapkin checks with the recomputed value',
  },
  /** Found where the formulas are worked out (analysis-steps/read-grids.ts). */
  source: { over: 'read' },
});

function shown(v: CellValue | number | string | boolean): string {
  if (typeof v === 'number') return Number.isInteger(v) || Math.abs(v) >= 100 ? formatRupiah(v) : String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v === null ? '' : `"${v}"`;
}

export function formulaStaleFindings(stale: StaleFormula[], lang: Lang): Finding[] {
  return stale.map((s) => {
    const cached = shown(s.cached);
    const computed = shown(s.computed);
    const message =
      lang === 'en'
        ? `The saved value ${cached} of =${s.formula} is not what its cells give now (${computed}); checked with ${computed} — recalculate the workbook (F9) and save`
        : `Nilai tersimpan ${cached} dari rumus =${s.formula} tidak sama dengan hasil hitung ulang sel-selnya (${computed}); diperiksa dengan ${computed} — hitung ulang workbook (F9) lalu simpan`;
    return {
      rule: formulaStale.id,
      severity: formulaStale.severity,
      sheet: s.sheet,
      cell: a1(s.row, s.col),
      message,
      expected: computed,
      actual: cached,
    };
  });
}
