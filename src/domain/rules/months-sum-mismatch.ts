/**
 * months-sum-mismatch (error): realisasi kept per month (Januari … Juni) beside the cumulative "Realisasi
 * s.d. TW II" must add up to it — realisasi is cumulative from 1 Januari. The finding sits on the
 * cumulative cell, with the months' sum as the expected value. A row whose cumulative realisasi already
 * disagrees with its children is left to sum-mismatch, which names that cell.
 */
import { sameAmount } from '../budget/amounts';
import type { Finding } from '../findings';
import { a1, type Grid } from '../grid/grid';
import type { RecomputedTable } from '../model';
import { readCell } from '../parse/cell';
import { formatRupiah } from '../parse/format';
import type { Lang } from '../settings';
import { rowCell, type ExtraColumns } from './budget/extra-columns';
import { defineRule } from './rule';

export const monthsSumMismatch = defineRule({
  id: 'months-sum-mismatch',
  severity: 'error',
  label: { id: 'Jumlah bulanan tidak sesuai', en: 'Months do not add up' },
  meaning: {
    id: 'realisasi per bulan (Januari … Juni) yang jumlahnya tidak sama dengan realisasi kumulatif di sampingnya ("s.d. TW II")',
    en: 'realisasi per month (Januari … Juni) that does not add up to the cumulative realisasi beside it ("s.d. TW II")',
  },
  /** Found where its cells are read (analysis-steps/read-tables.ts calls it with the grid). */
  source: { over: 'read' },
});

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The months' sum for a table row; undefined when every month is blank or one cannot be read. */
function monthsSum(grid: Grid, row: number, columns: ExtraColumns): number | undefined {
  let sum = 0;
  let any = false;
  for (const m of columns.months) {
    const reading = readCell(rowCell(grid, row, m.col), a1(row - 1, m.col), 'amount');
    if (reading.amount.invalid) return undefined;
    if (reading.amount.value === null) continue;
    any = true;
    sum += reading.amount.value;
  }
  return any ? sum : undefined;
}

export function monthsSumFindings(recomputed: RecomputedTable, grid: Grid, columns: ExtraColumns, lang: Lang): Finding[] {
  if (columns.months.length < 2) return [];
  const names = lang === 'en' ? MONTHS_EN : BULAN;
  const span = `${names[columns.months[0].month - 1]}–${names[columns.months[columns.months.length - 1].month - 1]}`;
  const out: Finding[] = [];
  for (const r of recomputed.rows) {
    const stated = r.source.realisasi;
    if (stated.invalid || stated.value === null) continue;
    if (r.summed && !sameAmount(stated.value, r.realisasi)) continue;
    const sum = monthsSum(grid, r.source.row, columns);
    if (sum === undefined || sameAmount(sum, stated.value)) continue;
    const shownSum = formatRupiah(sum);
    const diff = formatRupiah(Math.abs(stated.value - sum));
    out.push({
      rule: monthsSumMismatch.id,
      severity: monthsSumMismatch.severity,
      sheet: recomputed.table.sheet,
      cell: stated.cell,
      message:
        lang === 'en'
          ? `Cumulative realisasi ${formatRupiah(stated.value)} does not equal the sum of the months ${span} (${shownSum}); difference ${diff}`
          : `Realisasi kumulatif ${formatRupiah(stated.value)} tidak sama dengan jumlah realisasi bulan ${span} (${shownSum}); selisih ${diff}`,
      expected: shownSum,
      actual: stated.raw,
    });
  }
  return out;
}
