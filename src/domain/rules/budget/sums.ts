/**
 * sum-mismatch and items-below-total.
 *
 * A parent, unit or totals row is compared with its addends twice: with the sum of their stated
 * values and with the sum of their recomputed values. It is reported only when it agrees with
 * neither. So a fault is named once, where the arithmetic first breaks: in the seed, kegiatan
 * 4.01.02.1.02 states 654.595.077 over sub kegiatan that add up to 654.495.077 — that cell is
 * reported; programme 4.01.02 (838.526.327) does add up its kegiatan as stated, so it is not, even
 * though its recomputed value becomes 838.426.327 (the recomputed table carries that).
 * The expected value given is always the recomputed sum: what the cell should hold.
 *
 * Line items are compared with their sub kegiatan only: more than it is an error (sum-mismatch),
 * less is a note (items-below-total), because detail tables list only some items.
 */
import { AMOUNT_COLUMNS, addendsLister, amountOf, itemChildren, sameAmount, usable, type AmountColumn } from '../../budget/amounts';
import type { Finding } from '../../findings';
import type { RecomputedRow, RecomputedTable } from '../../model';
import { formatRupiah } from '../../parse/format';
import type { Lang } from '../../settings';
import { itemsAboveMessage, itemsBelowMessage, sumMismatchMessage } from './messages';

function recomputedValue(row: RecomputedRow, column: AmountColumn): number | undefined {
  return column === 'target' ? row.target : row[column];
}

export function checkSums(recomputed: RecomputedTable, lang: Lang): Finding[] {
  const { table } = recomputed;
  const out: Finding[] = [];
  const addendsOf = addendsLister(table);
  table.rows.forEach((row, i) => {
    const parts = addendsOf(i);
    if (parts.length === 0) return;
    for (const column of AMOUNT_COLUMNS) {
      const amount = amountOf(row, column);
      const stated = usable(amount);
      if (!amount || stated === null || amount.invalid) continue;
      const statedValues = parts.map((p) => usable(amountOf(table.rows[p], column))).filter((v): v is number => v !== null);
      if (statedValues.length === 0) continue;
      const statedSum = statedValues.reduce((a, b) => a + b, 0);
      const recomputedSum = parts.reduce((a, p) => a + (recomputedValue(recomputed.rows[p], column) ?? 0), 0);
      if (sameAmount(stated, statedSum) || sameAmount(stated, recomputedSum)) continue;
      out.push({
        rule: 'sum-mismatch',
        severity: 'error',
        sheet: table.sheet,
        cell: amount.cell,
        message: sumMismatchMessage(
          lang,
          column,
          formatRupiah(stated),
          formatRupiah(recomputedSum),
          formatRupiah(Math.abs(stated - recomputedSum)),
          parts.map((p) => table.rows[p].level),
          row.level === 'total',
        ),
        expected: formatRupiah(recomputedSum),
        actual: amount.raw,
      });
    }
  });
  return out;
}

export function checkItems(recomputed: RecomputedTable, lang: Lang): Finding[] {
  const { table } = recomputed;
  const out: Finding[] = [];
  table.rows.forEach((row, i) => {
    if (row.children.length === 0) return;
    const items = itemChildren(table, i);
    if (items.length === 0) return;
    for (const column of AMOUNT_COLUMNS) {
      const amount = amountOf(row, column);
      const stated = usable(amount);
      if (!amount || stated === null || amount.invalid) continue;
      const values = items.map((c) => usable(amountOf(table.rows[c], column))).filter((v): v is number => v !== null);
      if (values.length === 0) continue;
      const itemSum = values.reduce((a, b) => a + b, 0);
      if (sameAmount(itemSum, stated)) continue;
      const above = itemSum > stated;
      out.push({
        rule: above ? 'sum-mismatch' : 'items-below-total',
        severity: above ? 'error' : 'info',
        sheet: table.sheet,
        cell: amount.cell,
        message: (above ? itemsAboveMessage : itemsBelowMessage)(lang, column, formatRupiah(stated), formatRupiah(itemSum), values.length),
        ...(above ? { expected: formatRupiah(itemSum) } : {}),
        actual: amount.raw,
      });
    }
  });
  return out;
}
