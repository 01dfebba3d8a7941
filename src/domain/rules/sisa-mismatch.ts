/**
 * sisa-mismatch (error): Sisa Anggaran must be pagu − realisasi, and a "% Sisa" beside it (pagu − realisasi) /
 * pagu × 100. A sisa that agrees with the row's stated pagu and realisasi, or with the recomputed ones (a
 * parent's sums), is right; any other is named, with the row's own figure as the expected value.
 */
import { sameAmount } from '../budget/amounts';
import type { Finding } from '../findings';
import { a1, type Grid } from '../grid/grid';
import type { RecomputedTable } from '../model';
import { readCell } from '../parse/cell';
import { formatPercent, formatRupiah } from '../parse/format';
import { percentAgrees } from '../parse/agreement';
import type { Lang } from '../settings';
import { rowCell, type ExtraColumns } from './budget/extra-columns';
import { defineRule } from './rule';

export const sisaMismatch = defineRule({
  id: 'sisa-mismatch',
  severity: 'error',
  label: { id: 'Sisa anggaran tidak sesuai', en: 'Remaining budget does not match' },
  meaning: {
    id: 'Sisa Anggaran yang tidak sama dengan pagu − realisasi, atau % Sisa yang tidak sama dengan (pagu − realisasi) / pagu × 100',
    en: 'a Sisa Anggaran that is not pagu − realisasi, or a % Sisa that is not (pagu − realisasi) / pagu × 100',
  },
  /** Found where its cells are read (analysis-steps/read-tables.ts calls it with the grid). */
  source: { over: 'read' },
});

export function sisaFindings(recomputed: RecomputedTable, grid: Grid, columns: ExtraColumns, lang: Lang): Finding[] {
  const out = sisaPercentFindings(recomputed, grid, columns, lang);
  const col = columns.sisa;
  if (col === undefined) return out;
  for (const r of recomputed.rows) {
    const { pagu, realisasi } = r.source;
    if (pagu.invalid || realisasi.invalid || pagu.value === null || realisasi.value === null) continue;
    const reading = readCell(rowCell(grid, r.source.row, col), a1(r.source.row - 1, col), 'amount');
    const sisa = reading.amount;
    if (sisa.invalid || sisa.value === null) continue;
    const stated = pagu.value - realisasi.value;
    if (sameAmount(sisa.value, stated) || sameAmount(sisa.value, r.pagu - r.realisasi)) continue;
    const expected = formatRupiah(stated);
    out.push({
      rule: sisaMismatch.id,
      severity: sisaMismatch.severity,
      sheet: recomputed.table.sheet,
      cell: sisa.cell,
      message:
        lang === 'en'
          ? `Remaining budget ${formatRupiah(sisa.value)} is not pagu − realisasi = ${formatRupiah(pagu.value)} − ${formatRupiah(realisasi.value)} = ${expected}`
          : `Sisa anggaran ${formatRupiah(sisa.value)} tidak sama dengan pagu − realisasi = ${formatRupiah(pagu.value)} − ${formatRupiah(realisasi.value)} = ${expected}`,
      expected,
      actual: sisa.raw,
      suggestion: expected,
    });
  }
  return out;
}

/**
 * "% Sisa" beside the sisa: (pagu − realisasi) / pagu × 100, agreeing as a stated capaian does (rounded, truncated
 * or within 0,01 points) with the row's stated amounts or its recomputed ones. A row without pagu is not asked.
 */
function sisaPercentFindings(recomputed: RecomputedTable, grid: Grid, columns: ExtraColumns, lang: Lang): Finding[] {
  const col = columns.sisaPercent;
  if (col === undefined) return [];
  const out: Finding[] = [];
  for (const r of recomputed.rows) {
    const { pagu, realisasi } = r.source;
    if (pagu.invalid || realisasi.invalid || pagu.value === null || realisasi.value === null || pagu.value === 0) continue;
    const reading = readCell(rowCell(grid, r.source.row, col), a1(r.source.row - 1, col), 'percent');
    const stated = reading.amount;
    if (stated.invalid || stated.value === null) continue;
    const decimals = reading.decimals ?? 2;
    const own = ((pagu.value - realisasi.value) / pagu.value) * 100;
    if (percentAgrees(stated.value, decimals, own)) continue;
    if (r.pagu !== 0 && percentAgrees(stated.value, decimals, ((r.pagu - r.realisasi) / r.pagu) * 100)) continue;
    const shown = Math.max(2, Math.min(4, decimals));
    const expected = formatPercent(own, shown);
    const sisa = formatRupiah(pagu.value - realisasi.value);
    out.push({
      rule: sisaMismatch.id,
      severity: sisaMismatch.severity,
      sheet: recomputed.table.sheet,
      cell: stated.cell,
      message:
        lang === 'en'
          ? `Remaining ${formatPercent(stated.value, decimals)} % is not (pagu − realisasi) / pagu × 100 = ${sisa} / ${formatRupiah(pagu.value)} × 100 = ${expected} %`
          : `Sisa ${formatPercent(stated.value, decimals)} % tidak sama dengan (pagu − realisasi) / pagu × 100 = ${sisa} / ${formatRupiah(pagu.value)} × 100 = ${expected} %`,
      expected,
      actual: stated.raw,
      suggestion: expected,
    });
  }
  return out;
}
