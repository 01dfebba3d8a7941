/**
 * Recalculation: rows with coded or numbered children become the sum of those children, bottom-up;
 * every capaian is realisasi / pagu × 100; the grand total is the sum of the roots.
 *
 * Line items never replace their sub kegiatan's amounts: detail tables list only some items, so a
 * sub kegiatan keeps what it states (the rules report items above or below it).
 * A totals row ("JUMLAH") takes the sum of the roots it covers, not its own stated values.
 */
import type { BudgetTable, RecomputedRow, RecomputedTable } from '../model';
import { amountOf, rootRows, summingChildren, totalScope, usable, type AmountColumn } from './amounts';

interface Sums {
  pagu: number;
  target?: number;
  realisasi: number;
}

export function capaianOf(pagu: number, realisasi: number): number | null {
  return pagu === 0 ? null : (realisasi / pagu) * 100;
}

export function recalculate(table: BudgetTable): RecomputedTable {
  const hasTarget = table.columns.target !== undefined || table.rows.some((r) => r.target !== undefined);
  const memo = new Map<number, { sums: Sums; summed: boolean }>();

  const stated = (i: number, column: AmountColumn): number => usable(amountOf(table.rows[i], column)) ?? 0;

  const sumOver = (indices: number[]): Sums => {
    const sums: Sums = { pagu: 0, realisasi: 0, ...(hasTarget ? { target: 0 } : {}) };
    for (const c of indices) {
      const v = valuesOf(c).sums;
      sums.pagu += v.pagu;
      sums.realisasi += v.realisasi;
      if (sums.target !== undefined) sums.target += v.target ?? 0;
    }
    return sums;
  };

  // Children always sit in the table after their parent, but a recursive walk with a memo does not rely on it.
  const valuesOf = (i: number): { sums: Sums; summed: boolean } => {
    const known = memo.get(i);
    if (known) return known;
    const row = table.rows[i];
    const children = row.level === 'total' ? totalScope(table, i) : summingChildren(table, i);
    const result =
      children.length > 0
        ? { sums: sumOver(children), summed: true }
        : {
            sums: {
              pagu: stated(i, 'pagu'),
              realisasi: stated(i, 'realisasi'),
              ...(hasTarget ? { target: stated(i, 'target') } : {}),
            },
            summed: false,
          };
    memo.set(i, result);
    return result;
  };

  const rows: RecomputedRow[] = table.rows.map((source, i) => {
    const { sums, summed } = valuesOf(i);
    return {
      source,
      pagu: sums.pagu,
      ...(sums.target !== undefined ? { target: sums.target } : {}),
      realisasi: sums.realisasi,
      capaian: capaianOf(sums.pagu, sums.realisasi),
      summed,
    };
  });

  const totalSums = sumOver(rootRows(table));
  return {
    table,
    rows,
    total: {
      pagu: totalSums.pagu,
      ...(totalSums.target !== undefined ? { target: totalSums.target } : {}),
      realisasi: totalSums.realisasi,
      capaian: capaianOf(totalSums.pagu, totalSums.realisasi),
    },
  };
}
