/**
 * missing-value: a capaian left blank while the numbers it is computed from are there. The check
 * here covers budget tables; PK tables are checked by rules/indicators/check.ts with the message below.
 */
import { INVALID, PRESENT } from '../budget/table';
import { LEVEL } from '../budget/levels';
import { capaianOf, recalculationOf } from '../budget/recalculate';
import type { Finding } from '../findings';
import { shortName, showNumber } from '../indicators/text';
import type { IndicatorRow, RecomputedTable } from '../model';
import { formatPercent } from '../parse/format';
import type { Lang, Settings } from '../settings';
import { derivation } from './indicators/derivation';
import { defineRule } from './rule';

export const missingValue = defineRule({
  id: 'missing-value',
  severity: 'warning',
  label: { id: 'Nilai kosong', en: 'Missing value' },
  meaning: {
    id: 'capaian dibiarkan kosong padahal angkanya ada',
    en: 'a capaian left blank while its numbers are there',
  },
  source: { over: 'budget-table', check: (recomputed: RecomputedTable, settings: Settings) => checkMissingCapaian(recomputed, settings) },
});

export function missingCapaianMessage(lang: Lang, computed: string): string {
  return lang === 'en'
    ? `Capaian is blank although pagu and realisasi are filled in; it should be ${computed} %`
    : `Capaian kosong padahal pagu dan realisasi terisi; seharusnya ${computed} %`;
}

export function missingIndicatorCapaianMessage(row: IndicatorRow, expected: number, settings: Settings): string {
  const lang = settings.lang;
  const name = shortName(row.indikator);
  const value = showNumber(expected, lang, 2);
  if (lang === 'en') return `Capaian of "${name}" is blank; it should be ${value} % (${derivation(row, settings, lang)})`;
  return `Capaian "${name}" kosong; seharusnya ${value} % (${derivation(row, settings, lang)})`;
}

/** A blank capaian where pagu and realisasi are filled in ("-" realisasi is 0, so it counts as filled). Line items are exempt: reports never state their %. */
export function checkMissingCapaian(recomputed: RecomputedTable, settings: Settings): Finding[] {
  const { table } = recomputed;
  const { columns } = recalculationOf(recomputed);
  const { capaian, level } = columns;
  if (table.columns.capaian === undefined && !capaian.flags.some((f) => (f & PRESENT) !== 0)) return [];
  const out: Finding[] = [];
  for (let i = 0; i < columns.n; i++) {
    if (level[i] === LEVEL.rincian) continue;
    const flags = capaian.flags[i];
    if ((flags & PRESENT) !== 0 && (!Number.isNaN(capaian.value[i]) || (flags & INVALID) !== 0)) continue;
    const pagu = columns.pagu.value[i];
    const realisasi = columns.realisasi.value[i];
    if (Number.isNaN(pagu) || Number.isNaN(realisasi)) continue;
    const computed = capaianOf(pagu, realisasi);
    if (computed === null) continue;
    const { source } = recomputed.rows[i];
    const shown = formatPercent(computed);
    out.push({
      rule: missingValue.id,
      severity: missingValue.severity,
      sheet: table.sheet,
      cell: source.capaian?.cell || `${table.columns.capaian ?? ''}${source.row}`,
      message: missingCapaianMessage(settings.lang, shown),
      expected: shown,
      actual: source.capaian?.raw ?? '',
    });
  }
  return out;
}
