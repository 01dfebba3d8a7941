/**
 * The indicator rules over a built PK table: recompute every capaian from target, realisasi and polarity,
 * categorize it, and flag what the planner's table says differently.
 *
 * - capaian-mismatch (error): a stated capaian that does not agree with the recomputed one.
 * - missing-value (warning): capaian blank while target and realisasi are there.
 * - capaian-undefined (info): target 0 or blank, or realisasi blank — capaian cannot be computed.
 * Cells that could not be read were reported when the table was built; they are not reported twice.
 */
import { computeCapaian } from '../../indicators/capaian';
import { categorize } from '../../indicators/category';
import { capaianOfValues } from '../../indicators/qualitative';
import { decimalsOf, showNumber } from '../../indicators/text';
import type { Finding } from '../../findings';
import type { Amount, IndicatorResult, IndicatorRow, IndicatorTable } from '../../model';
import { percentAgrees } from '../../parse/agreement';
import type { Settings } from '../../settings';
import { capaianMismatch, capaianMismatchMessage } from '../capaian-mismatch';
import { capaianUndefined, capaianUndefinedMessage, UNREADABLE_REALISASI, UNREADABLE_TARGET } from '../capaian-undefined';
import { missingIndicatorCapaianMessage, missingValue } from '../missing-value';

export function checkIndicators(
  table: IndicatorTable,
  settings: Settings,
): { results: IndicatorResult[]; findings: Finding[] } {
  const results: IndicatorResult[] = [];
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const { result, finding } = checkRow(table.sheet, row, settings);
    results.push(result);
    if (finding) findings.push(finding);
  }
  return { results, findings };
}

function checkRow(sheet: string, row: IndicatorRow, settings: Settings): { result: IndicatorResult; finding?: Finding } {
  const lang = settings.lang;
  // An unreadable cell already has its number-format error; "target kosong" would misstate why.
  const unreadable = row.target.invalid ? UNREADABLE_TARGET : row.realisasi.invalid ? UNREADABLE_REALISASI : undefined;
  const computed = unreadable
    ? { capaian: null, reason: unreadable }
    : row.targetValue || row.realisasiValue
      ? capaianOfValues(row, settings)
      : computeCapaian(row.target.value, row.realisasi.value, row.polaritas, settings);

  const result: IndicatorResult = {
    source: row,
    capaian: computed.capaian,
    kategori: categorize(computed.capaian, settings.categoryBands),
  };
  if (computed.reason) result.undefinedReason = computed.reason[lang];

  if (computed.capaian === null) {
    if (unreadable || !computed.reason) return { result };
    const cause = causeCell(row);
    // A table with no realisasi (or target) column at all, such as the Renstra targets of Tabel 2.2,
    // is not missing a value in any one cell: nothing to point the planner at.
    if (cause.cell === '') return { result };
    return {
      result,
      finding: {
        rule: capaianUndefined.id,
        severity: capaianUndefined.severity,
        sheet,
        cell: cause.cell,
        message: capaianUndefinedMessage(row, computed.reason[lang], lang),
        actual: cause.raw,
      },
    };
  }

  const stated = row.capaian;
  if (!stated || stated.invalid) return { result };
  const expected = showNumber(computed.capaian, 'id', 2);
  if (stated.value === null) {
    return {
      result,
      finding: {
        rule: missingValue.id,
        severity: missingValue.severity,
        sheet,
        cell: stated.cell,
        message: missingIndicatorCapaianMessage(row, computed.capaian, settings),
        expected,
        actual: stated.raw,
      },
    };
  }
  const decimals = row.capaianDecimals ?? decimalsOf(stated.value);
  if (percentAgrees(stated.value, decimals, computed.capaian, settings.percentTolerance)) return { result };
  return {
    result,
    finding: {
      rule: capaianMismatch.id,
      severity: capaianMismatch.severity,
      sheet,
      cell: stated.cell,
      message: capaianMismatchMessage(row, stated.value, computed.capaian, settings),
      expected,
      actual: stated.raw,
      suggestion: expected,
    },
  };
}

/** The cell that keeps capaian from being computed: a blank or zero target first, else the blank realisasi. */
function causeCell(row: IndicatorRow): Amount {
  return row.target.value === null || row.target.value === 0 ? row.target : row.realisasi;
}
