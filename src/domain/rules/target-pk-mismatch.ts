/**
 * target-pk-mismatch (warning): the Capaian PK table scores an indicator against a target other than the one its
 * Perjanjian Kinerja sets for the report year (the 'target-pk' table, Tabel 2.2). Indicators are matched by name
 * (case, spacing and punctuation aside) and only where one indicator of the PK has that name; values are compared
 * where both read as numbers, or as the same kind of qualitative value. The finding sits on the Capaian PK's
 * target: the signed PK is the source the capaian table copies.
 */
import type { Finding } from '../findings';
import type { TargetRow, TargetTable } from '../indicators/targets';
import { shortName } from '../indicators/text';
import type { PkValue } from '../indicators/pk-value';
import type { IndicatorRow, IndicatorTable } from '../model';
import type { Lang } from '../settings';
import { defineRule } from './rule';

export const targetPkMismatch = defineRule({
  id: 'target-pk-mismatch',
  severity: 'warning',
  label: { id: 'Target PK berbeda', en: 'PK target differs' },
  meaning: {
    id: 'target tahun laporan di tabel Capaian PK tidak sama dengan target Perjanjian Kinerja (tabel target per tahun) untuk indikator yang sama',
    en: "the report year's target in the Capaian PK table is not the Perjanjian Kinerja's target (the table of targets by year) for the same indicator",
  },
  source: { over: 'read' },
});

/** An indicator's name as compared: lower case, letters and digits only, single spaces. */
export function indicatorKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function sameQualitative(a: PkValue, b: PkValue): boolean | undefined {
  if (a.kind !== b.kind) return undefined;
  switch (a.kind) {
    case 'grade':
      return b.kind === 'grade' && a.grade === b.grade;
    case 'availability':
      return b.kind === 'availability' && a.present === b.present;
    case 'number':
      return b.kind === 'number' && a.unit === b.unit ? near(a.value, b.value) : undefined;
    case 'text':
      return b.kind === 'text' && indicatorKey(a.text) === indicatorKey(b.text);
  }
}

/** Whether two targets agree; undefined where they cannot be compared (a blank, a number beside a grade). */
function sameTarget(pk: TargetRow, capaian: IndicatorRow): boolean | undefined {
  if (pk.targetValue && capaian.targetValue) return sameQualitative(pk.targetValue, capaian.targetValue);
  if (pk.targetValue || capaian.targetValue) return undefined;
  const a = pk.target.value;
  const b = capaian.target.value;
  if (a === null || b === null || pk.target.invalid || capaian.target.invalid) return undefined;
  return near(a, b);
}

function message(pk: TargetRow, pkSheet: string, capaian: IndicatorRow, lang: Lang): string {
  const name = shortName(capaian.indikator);
  const where = `${pkSheet}!${pk.target.cell}`;
  return lang === 'en'
    ? `The target of "${name}" is ${capaian.target.raw} here, but the Perjanjian Kinerja sets ${pk.target.raw} (${where}): copy the signed PK's target`
    : `Target "${name}" tertulis ${capaian.target.raw}, sedangkan Perjanjian Kinerja menetapkan ${pk.target.raw} (${where}): samakan dengan target PK yang ditandatangani`;
}

/** Every Capaian PK target that differs from the PK's own for the same indicator. */
export function targetPkFindings(targets: readonly TargetTable[], indicators: readonly IndicatorTable[], lang: Lang): Finding[] {
  const byName = new Map<string, { row: TargetRow; sheet: string } | null>();
  for (const table of targets) {
    for (const row of table.rows) {
      const key = indicatorKey(row.indikator);
      // Two PK indicators of one name: which one the capaian table means is not known, so neither is compared.
      byName.set(key, byName.has(key) ? null : { row, sheet: table.sheet });
    }
  }
  const out: Finding[] = [];
  for (const table of indicators) {
    // A table scored against a quarter's target is not the year's: nothing to compare.
    if (table.targetQuarter !== undefined) continue;
    for (const row of table.rows) {
      const pk = byName.get(indicatorKey(row.indikator));
      if (!pk || row.target.cell === '' || sameTarget(pk.row, row) !== false) continue;
      out.push({
        rule: targetPkMismatch.id,
        severity: targetPkMismatch.severity,
        sheet: table.sheet,
        cell: row.target.cell,
        message: message(pk.row, pk.sheet, row, lang),
        expected: pk.row.target.raw,
        actual: row.target.raw,
      });
    }
  }
  return out;
}
