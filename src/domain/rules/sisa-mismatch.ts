/**
 * sisa-mismatch (error): Sisa Anggaran must be pagu − realisasi. A sisa that agrees with the row's
 * stated pagu and realisasi, or with the recomputed ones (a parent's sums), is right; any other is named,
 * with pagu − realisasi as the expected value.
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

export const sisaMismatch = defineRule({
  id: 'sisa-mismatch',
  severity: 'error',
  label: { id: 'Sisa anggaran tidak sesuai', en: 'Remaining budget does not match' },
  meaning: {
    id: 'Sisa Anggaran yang tidak sama dengan pagu − realisasi',
    en: 'a Sisa Anggaran that is not pagu − realisasi',
  },
  /** Found where its cells are read (analysis-steps/read-tables.ts calls it with the grid). */
  source: { over: 'read' },
});

export function sisaFindings(recomputed: RecomputedTable, grid: Grid, columns: ExtraColumns, lang: Lang): Finding[] {
  const col = columns.sisa;
  if (col === undefined) return [];
  const out: Finding[] = [];
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
