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
import { countOf } from '../count-words';
import type { Lang, Settings } from '../settings';
import { comparable, sumListed, sumRecomputed } from './budget/listed-sums';
import { verdictOf, type Settlement } from '../budget/settle';
import { hasItemGroups } from '../budget/item-groups';
import type { RowLists } from '../budget/table';
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
  source: { over: 'budget-table', check: (recomputed: RecomputedTable, settings: Settings, context) => checkItems(recomputed, settings.lang, context.settlement) },
});

export function itemsBelowMessage(lang: Lang, column: AmountColumn, stated: string, itemSum: string, count: number): string {
  const col = COLUMN[column][lang];
  return lang === 'en'
    ? `Line items listed only in part: ${countOf(count, 'item', lang)} ${count === 1 ? 'adds' : 'add'} up to ${itemSum} of ${col.toLowerCase()} ${stated}`
    : `Rincian hanya sebagian: ${countOf(count, 'rincian', lang)} berjumlah ${itemSum} dari ${col.toLowerCase()} ${stated}`;
}

/**
 * Each row's stated amounts against its items: as stated, and as recomputed (a kode rekening group is the sum of its
 * own items, a blank group counts as that sum). Either agreeing is enough; the expected value is the recomputed sum.
 * Items grouped by kode rekening (some item a group) are the sub kegiatan's whole belanja, so falling short of it is a
 * sum-mismatch too; a finding the settlement already places on the cell is not repeated.
 */
export function itemGroupsBelowMessage(lang: Lang, column: AmountColumn, stated: string, itemSum: string, count: number): string {
  const col = COLUMN[column][lang];
  return lang === 'en'
    ? `${col} ${stated} does not equal the sum of its ${countOf(count, 'kode rekening group', lang)} (${itemSum})`
    : `${col} ${stated} tidak sama dengan jumlah ${countOf(count, 'kelompok kode rekening', lang)} di bawahnya (${itemSum})`;
}

function itemCount(items: RowLists, i: number): number {
  return items.start[i + 1] - items.start[i];
}

export function checkItems(recomputed: RecomputedTable, lang: Lang, settlement?: Settlement): Finding[] {
  const { table } = recomputed;
  const { columns, values: recomputedValues } = recalculationOf(recomputed);
  const { items } = columns;
  const out: Finding[] = [];
  if (items.list.length === 0) return out;
  const listed = { sum: 0, count: 0 };
  for (let i = 0; i < columns.n; i++) {
    if (items.start[i + 1] === items.start[i]) continue;
    const grouped = hasItemGroups(columns, i);
    for (const column of AMOUNT_COLUMNS) {
      const values = columns[column];
      if (!values) continue;
      const stated = comparable(values, i);
      if (Number.isNaN(stated)) continue;
      sumListed(items, i, values.value, listed);
      const itemSum = sumRecomputed(items, i, recomputedValues, column);
      if (listed.count === 0 && !grouped) continue;
      if (sameAmount(itemSum, stated) || (listed.count > 0 && sameAmount(listed.sum, stated))) continue;
      const above = itemSum > stated;
      const rule = above || grouped ? sumMismatch : itemsBelowTotal;
      const amount = amountOf(table.rows[i], column) as Amount;
      if (rule === sumMismatch && verdictOf(settlement, table.sheet, amount.cell)?.verdict === 'wrong') continue;
      out.push({
        rule: rule.id,
        severity: rule.severity,
        sheet: table.sheet,
        cell: amount.cell,
        message: (above ? itemsAboveMessage : grouped ? itemGroupsBelowMessage : itemsBelowMessage)(lang, column, formatRupiah(stated), formatRupiah(itemSum), grouped ? itemCount(items, i) : listed.count),
        ...(rule === sumMismatch ? { expected: formatRupiah(itemSum) } : {}),
        actual: amount.raw,
      });
    }
  }
  return out;
}
