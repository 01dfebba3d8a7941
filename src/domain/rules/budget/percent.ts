/**
 * percent-mismatch and missing-value: the stated capaian against realisasi / pagu × 100.
 *
 * A capaian is right when it agrees with the row's own stated amounts, or with its recomputed
 * amounts. When a parent's stated amount is wrong but its % was computed from that amount, the
 * % merely repeats the amount's fault: only the amount cell is named (by sum-mismatch).
 */
import { usable } from '../../budget/amounts';
import { INVALID, PRESENT } from '../../budget/table';
import { LEVEL } from '../../budget/levels';
import { capaianOf, recalculationOf } from '../../budget/recalculate';
import type { Finding } from '../../findings';
import type { Amount, RecomputedRow, RecomputedTable } from '../../model';
import { percentAgrees } from '../../parse/agreement';
import { formatPercent, formatRupiah } from '../../parse/format';
import type { Settings } from '../../settings';
import { missingCapaianMessage, percentMismatchMessage } from './messages';

/** Decimals to show an expected percentage with: as many as the planner wrote, at least two. */
function shownDecimals(row: RecomputedRow): number {
  return Math.max(2, Math.min(4, row.source.capaianDecimals ?? 2));
}

/** The capaian a row's own stated amounts (usable values) give; null where one is missing or pagu is 0. */
function ownCapaian(pagu: number | null, realisasi: number | null): number | null {
  return pagu === null || realisasi === null ? null : capaianOf(pagu, realisasi);
}

/**
 * For a stated capaian that does not agree with its own amounts' (`own`): the capaian it should state, or
 * undefined when it agrees with the recomputed one instead.
 */
function expectedBesidesOwn(stated: number, decimals: number, own: number, recomputed: number | null, tolerance: number): number | undefined {
  if (recomputed !== null && percentAgrees(stated, decimals, recomputed, tolerance)) return undefined;
  return recomputed ?? own;
}

/**
 * The capaian the row should state, when its stated one agrees with neither its stated nor its
 * recomputed amounts; undefined when the stated capaian is fine, blank, unreadable or undefined.
 */
export function wrongStatedCapaian(row: RecomputedRow, tolerance: number): number | undefined {
  const { source } = row;
  const stated = source.capaian?.value;
  if (stated === null || stated === undefined || source.capaian?.invalid) return undefined;
  const decimals = source.capaianDecimals ?? 2;
  const own = ownCapaian(usable(source.pagu), usable(source.realisasi));
  if (own === null || percentAgrees(stated, decimals, own, tolerance)) return undefined;
  return expectedBesidesOwn(stated, decimals, own, row.capaian, tolerance);
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
  for (let i = 0; i < columns.n; i++) {
    // wrongStatedCapaian over the columns: a stated, readable capaian only.
    if ((capaian.flags[i] & (PRESENT | INVALID)) !== PRESENT || Number.isNaN(capaian.value[i])) continue;
    const decimals = capaianDecimals[i] < 0 ? 2 : capaianDecimals[i];
    const pagu = valueOrNull(columns.pagu.value[i]);
    const realisasi = valueOrNull(columns.realisasi.value[i]);
    // wrongStatedCapaian's steps; nearly every stated capaian agrees with its own row's amounts, settled
    // before the recomputed capaian is asked for.
    const own = ownCapaian(pagu, realisasi);
    if (own === null || percentAgrees(capaian.value[i], decimals, own, settings.percentTolerance)) continue;
    const expected = expectedBesidesOwn(capaian.value[i], decimals, own, values.capaian(i), settings.percentTolerance);
    if (expected === undefined) continue;
    const row = recomputed.rows[i];
    const { source } = row;
    const cell = source.capaian as Amount;
    const shown = formatPercent(expected, shownDecimals(row));
    out.push({
      rule: 'percent-mismatch',
      severity: 'error',
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
      rule: 'missing-value',
      severity: 'warning',
      sheet: table.sheet,
      cell: source.capaian?.cell || `${table.columns.capaian ?? ''}${source.row}`,
      message: missingCapaianMessage(settings.lang, shown),
      expected: shown,
      actual: source.capaian?.raw ?? '',
    });
  }
  return out;
}
