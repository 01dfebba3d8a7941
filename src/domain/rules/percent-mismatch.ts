/**
 * percent-mismatch: a stated capaian % of a budget row that agrees neither with its own stated
 * realisasi / pagu nor with the recomputed one. Written once (`expectedCapaian`) and used two ways:
 * over a table's columns by the check, and on one row by cross-table-mismatch, which leaves a
 * capaian this rule names alone.
 *
 * A capaian is right when it agrees with the row's own stated amounts, or with its recomputed
 * amounts. When a parent's stated amount is wrong but its % was computed from that amount, the
 * % merely repeats the amount's fault: only the amount cell is named (by sum-mismatch).
 */
import { usable } from '../budget/amounts';
import { INVALID, PRESENT } from '../budget/table';
import { capaianOf, recalculationOf } from '../budget/recalculate';
import type { Finding } from '../findings';
import type { Amount, RecomputedRow, RecomputedTable } from '../model';
import { percentAgrees } from '../parse/agreement';
import { formatPercent, formatRupiah } from '../parse/format';
import type { Lang, Settings } from '../settings';
import { defineRule } from './rule';

export const percentMismatch = defineRule({
  id: 'percent-mismatch',
  severity: 'error',
  label: { id: 'Persentase tidak sesuai', en: 'Percentage does not match' },
  meaning: {
    id: 'capaian % tertulis yang tidak sesuai dengan realisasi / pagu (dibulatkan, dipotong, atau dalam 0,01 poin)',
    en: 'a stated capaian % that does not agree with realisasi / pagu (rounded, truncated, or within 0,01 points)',
  },
  source: { over: 'budget-table', check: (recomputed: RecomputedTable, settings: Settings) => checkPercent(recomputed, settings) },
});

export function percentMismatchMessage(lang: Lang, stated: string, computed: string, realisasi: string, pagu: string): string {
  return lang === 'en'
    ? `Capaian ${stated} % does not agree with realisasi / pagu × 100 = ${realisasi} / ${pagu} × 100 = ${computed} %`
    : `Capaian ${stated} % tidak sesuai dengan realisasi / pagu × 100 = ${realisasi} / ${pagu} × 100 = ${computed} %`;
}

/** Decimals to show an expected percentage with: as many as the planner wrote, at least two. */
function shownDecimals(row: RecomputedRow): number {
  return Math.max(2, Math.min(4, row.source.capaianDecimals ?? 2));
}

/** The capaian a row's own stated amounts (usable values) give; null where one is missing or pagu is 0. */
function ownCapaian(pagu: number | null, realisasi: number | null): number | null {
  return pagu === null || realisasi === null ? null : capaianOf(pagu, realisasi);
}

/**
 * The rule itself. For a stated, readable capaian (`stated`, written with `decimals` decimals): the capaian
 * it should state, or undefined when it agrees with its own amounts' capaian or with the recomputed one.
 * Nearly every stated capaian agrees with its own row's amounts, so the recomputed capaian is asked for
 * (`recomputedAt(at)`) only when that fails.
 */
function expectedCapaian(
  stated: number,
  decimals: number,
  pagu: number | null,
  realisasi: number | null,
  tolerance: number,
  recomputedAt: (at: number) => number | null,
  at: number,
): number | undefined {
  const own = ownCapaian(pagu, realisasi);
  if (own === null || percentAgrees(stated, decimals, own, tolerance)) return undefined;
  const recomputed = recomputedAt(at);
  if (recomputed !== null && percentAgrees(stated, decimals, recomputed, tolerance)) return undefined;
  return recomputed ?? own;
}

/**
 * The capaian the row should state, when percent-mismatch names its stated one; undefined when the
 * stated capaian is fine, blank, unreadable or undefined.
 */
export function wrongStatedCapaian(row: RecomputedRow, tolerance: number): number | undefined {
  const { source } = row;
  const stated = source.capaian?.value;
  if (stated === null || stated === undefined || source.capaian?.invalid) return undefined;
  return expectedCapaian(stated, source.capaianDecimals ?? 2, usable(source.pagu), usable(source.realisasi), tolerance, () => row.capaian, 0);
}

/** NaN (a column's "no value") as null. */
function valueOrNull(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}

export function checkPercent(recomputed: RecomputedTable, settings: Settings): Finding[] {
  const out: Finding[] = [];
  const { lang } = settings;
  const { columns, values } = recalculationOf(recomputed);
  const { capaian, capaianDecimals } = columns;
  const recomputedAt = (i: number) => values.capaian(i);
  for (let i = 0; i < columns.n; i++) {
    // A stated, readable capaian only (as wrongStatedCapaian asks).
    if ((capaian.flags[i] & (PRESENT | INVALID)) !== PRESENT || Number.isNaN(capaian.value[i])) continue;
    const decimals = capaianDecimals[i] < 0 ? 2 : capaianDecimals[i];
    const pagu = valueOrNull(columns.pagu.value[i]);
    const realisasi = valueOrNull(columns.realisasi.value[i]);
    const expected = expectedCapaian(capaian.value[i], decimals, pagu, realisasi, settings.percentTolerance, recomputedAt, i);
    if (expected === undefined) continue;
    const row = recomputed.rows[i];
    const { source } = row;
    const cell = source.capaian as Amount;
    const shown = formatPercent(expected, shownDecimals(row));
    out.push({
      rule: percentMismatch.id,
      severity: percentMismatch.severity,
      sheet: recomputed.table.sheet,
      cell: cell.cell,
      message: percentMismatchMessage(
        lang,
        formatPercent(cell.value ?? 0, source.capaianDecimals ?? 2),
        shown,
        formatRupiah(row.capaian !== null ? row.realisasi : (realisasi ?? 0)),
        formatRupiah(row.capaian !== null ? row.pagu : (pagu ?? 0)),
      ),
      expected: shown,
      actual: cell.raw,
    });
  }
  return out;
}
