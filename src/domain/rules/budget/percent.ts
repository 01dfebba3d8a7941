/**
 * percent-mismatch and missing-value: the stated capaian against realisasi / pagu × 100.
 *
 * A capaian is right when it agrees with the row's own stated amounts, or with its recomputed
 * amounts. When a parent's stated amount is wrong but its % was computed from that amount, the
 * % merely repeats the amount's fault: only the amount cell is named (by sum-mismatch).
 */
import { usable } from '../../budget/amounts';
import { capaianOf } from '../../budget/recalculate';
import type { Finding } from '../../findings';
import type { RecomputedRow, RecomputedTable } from '../../model';
import { percentAgrees } from '../../parse/agreement';
import { formatPercent, formatRupiah } from '../../parse/format';
import type { Settings } from '../../settings';
import { missingCapaianMessage, percentMismatchMessage } from './messages';

/** Decimals to show an expected percentage with: as many as the planner wrote, at least two. */
function shownDecimals(row: RecomputedRow): number {
  return Math.max(2, Math.min(4, row.source.capaianDecimals ?? 2));
}

/**
 * The capaian the row should state, when its stated one agrees with neither its stated nor its
 * recomputed amounts; undefined when the stated capaian is fine, blank, unreadable or undefined.
 */
export function wrongStatedCapaian(row: RecomputedRow, tolerance: number): number | undefined {
  const { source } = row;
  const stated = source.capaian?.value;
  if (stated === null || stated === undefined || source.capaian?.invalid) return undefined;
  const pagu = usable(source.pagu);
  const realisasi = usable(source.realisasi);
  if (pagu === null || realisasi === null) return undefined;
  const fromStated = capaianOf(pagu, realisasi);
  if (fromStated === null) return undefined;
  const decimals = source.capaianDecimals ?? 2;
  if (percentAgrees(stated, decimals, fromStated, tolerance)) return undefined;
  if (row.capaian !== null && percentAgrees(stated, decimals, row.capaian, tolerance)) return undefined;
  return row.capaian ?? fromStated;
}

export function checkPercent(recomputed: RecomputedTable, settings: Settings): Finding[] {
  const out: Finding[] = [];
  const { lang } = settings;
  for (const row of recomputed.rows) {
    const { source } = row;
    const capaian = source.capaian;
    if (!capaian) continue;
    const expected = wrongStatedCapaian(row, settings.percentTolerance);
    if (expected === undefined) continue;
    const shown = formatPercent(expected, shownDecimals(row));
    out.push({
      rule: 'percent-mismatch',
      severity: 'error',
      sheet: recomputed.table.sheet,
      cell: capaian.cell,
      message: percentMismatchMessage(
        lang,
        formatPercent(capaian.value ?? 0, source.capaianDecimals ?? 2),
        shown,
        formatRupiah(row.capaian !== null ? row.realisasi : (usable(source.realisasi) ?? 0)),
        formatRupiah(row.capaian !== null ? row.pagu : (usable(source.pagu) ?? 0)),
      ),
      expected: shown,
      actual: capaian.raw,
    });
  }
  return out;
}

/** A blank capaian where pagu and realisasi are filled in ("-" realisasi is 0, so it counts as filled). Line items are exempt: reports never state their %. */
export function checkMissingCapaian(recomputed: RecomputedTable, settings: Settings): Finding[] {
  const { table } = recomputed;
  if (table.columns.capaian === undefined && !table.rows.some((r) => r.capaian !== undefined)) return [];
  const out: Finding[] = [];
  for (const row of recomputed.rows) {
    const { source } = row;
    if (source.level === 'rincian') continue;
    if (source.capaian && (source.capaian.value !== null || source.capaian.invalid)) continue;
    const pagu = usable(source.pagu);
    const realisasi = usable(source.realisasi);
    if (pagu === null || realisasi === null) continue;
    const computed = capaianOf(pagu, realisasi);
    if (computed === null) continue;
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
