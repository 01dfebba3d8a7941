/**
 * items-below-total: line items that add up to less than their sub kegiatan — a note, because detail
 * tables list only some items. Line items above it are a sum-mismatch error; this check names both,
 * since it compares each sub kegiatan with its items once.
 */
import { AMOUNT_COLUMNS, amountOf, sameAmount, type AmountColumn } from '../budget/amounts';
import { recalculationOf } from '../budget/recalculate';
import type { Finding } from '../findings';
import type { Amount, RecomputedTable } from '../model';
import { formatRupiah } from '../parse/format';
import type { Lang, Settings } from '../settings';
import { comparable, sumListed } from './budget/listed-sums';
import { COLUMN } from './budget/words';
import { defineRule } from './rule';
import { itemsAboveMessage, sumMismatch } from './sum-mismatch';

export const itemsBelowTotal = defineRule({
  id: 'items-below-total',
  severity: 'info',
  label: { id: 'Rincian kurang dari total', en: 'Line items below the total' },
  meaning: {
    id: 'rincian yang hanya menutup sebagian sub kegiatannya (tabel rincian hanya memuat sebagian)',
    en: 'line items that cover only part of their sub kegiatan (detail tables list only some)',
  },
  source: { over: 'budget-table', check: (recomputed: RecomputedTable, settings: Settings) => checkItems(recomputed, settings.lang) },
});

export function itemsBelowMessage(lang: Lang, column: AmountColumn, stated: string, itemSum: string, count: number): string {
  const col = COLUMN[column][lang];
  return lang === 'en'
    ? `Line items listed only in part: ${count} items add up to ${itemSum} of ${col.toLowerCase()} ${stated}`
    : `Rincian hanya sebagian: ${count} rincian berjumlah ${itemSum} dari ${col.toLowerCase()} ${stated}`;
}

export function checkItems(recomputed: RecomputedTable, lang: Lang): Finding[] {
  const { table } = recomputed;
  const { columns } = recalculationOf(recomputed);
  const { items } = columns;
  const out: Finding[] = [];
  if (items.list.length === 0) return out;
  const listed = { sum: 0, count: 0 };
  for (let i = 0; i < columns.n; i++) {
    if (items.start[i + 1] === items.start[i]) continue;
    for (const column of AMOUNT_COLUMNS) {
      const values = columns[column];
      if (!values) continue;
      const stated = comparable(values, i);
      if (Number.isNaN(stated)) continue;
      sumListed(items, i, values.value, listed);
      if (listed.count === 0) continue;
      const itemSum = listed.sum;
      if (sameAmount(itemSum, stated)) continue;
      const above = itemSum > stated;
      const rule = above ? sumMismatch : itemsBelowTotal;
      const amount = amountOf(table.rows[i], column) as Amount;
      out.push({
        rule: rule.id,
        severity: rule.severity,
        sheet: table.sheet,
        cell: amount.cell,
        message: (above ? itemsAboveMessage : itemsBelowMessage)(lang, column, formatRupiah(stated), formatRupiah(itemSum), listed.count),
        ...(above ? { expected: formatRupiah(itemSum) } : {}),
        actual: amount.raw,
      });
    }
  }
  return out;
}
