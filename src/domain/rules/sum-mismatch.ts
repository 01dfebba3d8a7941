/**
 * sum-mismatch: a parent, unit or totals row that is not the sum of its addends; also line items
 * that add up to more than their sub kegiatan (found by items-below-total.ts's check).
 *
 * A parent, unit or totals row is compared with its addends twice: with the sum of their stated
 * values and with the sum of their recomputed values. It is reported only when it agrees with
 * neither. So a fault is named once, where the arithmetic first breaks: in the seed, kegiatan
 * 4.01.02.1.02 states 654.595.077 over sub kegiatan that add up to 654.495.077 — that cell is
 * reported; programme 4.01.02 (838.526.327) does add up its kegiatan as stated, so it is not, even
 * though its recomputed value becomes 838.426.327 (the recomputed table carries that).
 * The expected value given is always the recomputed sum: what the cell should hold.
 *
 * With a settlement (budget/settle: the reading of the whole workbook that changes the fewest cells), a Tabel 3.1
 * takes its sum-mismatch findings from there instead: each sits on the cell most likely wrong and says what
 * agrees with what, a group of rows that does not add up to the figure everything above it confirms is named as
 * a group (no number proposed), an evenly split question sends the planner to the DPA. A detail table's total that
 * the settlement confirms is worded the same way, without an expected value.
 */
import { LEVEL } from '../budget/levels';
import { AMOUNT_COLUMNS, amountOf, sameAmount, type AmountColumn } from '../budget/amounts';
import { recalculationOf } from '../budget/recalculate';
import type { Finding } from '../findings';
import type { Amount, BudgetLevel, RecomputedTable } from '../model';
import { countOf, sentenceStart } from '../count-words';
import { formatRupiah } from '../parse/format';
import type { Lang, Settings } from '../settings';
import { comparable, sumListed, sumRecomputed } from './budget/listed-sums';
import { settlementOf, verdictOf, type Settlement } from '../budget/settle';
import { addendsText, COLUMN } from './budget/words';
import { groupMessageFor, settledSumFindings, wrongPartOf } from './budget/settled-sums';
import { defineRule } from './rule';

export const sumMismatch = defineRule({
  id: 'sum-mismatch',
  severity: 'error',
  label: { id: 'Jumlah tidak sesuai', en: 'Sum does not match' },
  meaning: {
    id: 'baris induk, subtotal atau total yang tidak sama dengan jumlah baris di bawahnya (pagu, target, realisasi), atau rincian yang melebihi sub kegiatannya',
    en: 'a parent, subtotal or total that is not the sum of its children (pagu, target, realisasi), or line items above their sub kegiatan',
  },
  source: { over: 'budget-table', check: (recomputed: RecomputedTable, settings: Settings, context) => checkSums(recomputed, settings.lang, context.settlement) },
});

export function sumMismatchMessage(
  lang: Lang,
  column: AmountColumn,
  stated: string,
  sum: string,
  difference: string,
  addendLevels: BudgetLevel[],
  isTotal: boolean,
): string {
  const what = addendsText(addendLevels, lang);
  const col = COLUMN[column][lang];
  if (lang === 'en') {
    const whose = isTotal ? `the ${what} it totals` : `its ${what}`;
    return `${col} ${stated} does not equal the sum of ${whose} (${sum}); difference ${difference}`;
  }
  const whose = isTotal ? `${what} yang dijumlahkannya` : `${what} di bawahnya`;
  return `${col} ${stated} tidak sama dengan jumlah ${whose} (${sum}); selisih ${difference}`;
}

export function itemsAboveMessage(lang: Lang, column: AmountColumn, stated: string, itemSum: string, count: number): string {
  const col = COLUMN[column][lang];
  const items = sentenceStart(countOf(count, lang === 'en' ? 'line item' : 'rincian', lang));
  return lang === 'en'
    ? `${items} ${count === 1 ? 'adds' : 'add'} up to ${itemSum}, more than the ${col.toLowerCase()} stated for them (${stated})`
    : `${items} berjumlah ${itemSum}, melebihi ${col.toLowerCase()} yang tertulis di atasnya (${stated})`;
}

export function checkSums(recomputed: RecomputedTable, lang: Lang, settlement?: Settlement): Finding[] {
  const settled = settlementOf(settlement, recomputed);
  // The settlement weighs the budget rows; a kode rekening group under a sub kegiatan is checked against its own items.
  if (settled) return [...settledSumFindings(settled, lang), ...checkAddends(recomputed, lang, settlement, true)];
  return checkAddends(recomputed, lang, settlement, false);
}

/** Every row with addends (`groupsOnly`: every line item with addends, a kode rekening group) against their sums. */
function checkAddends(recomputed: RecomputedTable, lang: Lang, settlement: Settlement | undefined, groupsOnly: boolean): Finding[] {
  const { table } = recomputed;
  const { columns, values: recomputedValues } = recalculationOf(recomputed);
  const { addends } = columns;
  const out: Finding[] = [];
  const stated = { sum: 0, count: 0 };
  for (let i = 0; i < columns.n; i++) {
    if (addends.start[i + 1] === addends.start[i] || (groupsOnly && columns.level[i] !== LEVEL.rincian)) continue;
    for (const column of AMOUNT_COLUMNS) {
      const values = columns[column];
      if (!values) continue;
      const own = comparable(values, i);
      if (Number.isNaN(own)) continue;
      sumListed(addends, i, values.value, stated);
      if (stated.count === 0) continue;
      const recomputedSum = sumRecomputed(addends, i, recomputedValues, column);
      if (sameAmount(own, stated.sum) || sameAmount(own, recomputedSum)) continue;
      const row = table.rows[i];
      const amount = amountOf(row, column) as Amount;
      const parts = Array.from(addends.list.subarray(addends.start[i], addends.start[i + 1]));
      const verdict = verdictOf(settlement, table.sheet, amount.cell);
      if (verdict?.verdict === 'right') {
        // The total is borne out elsewhere: the rows under it are what is off — the one the settlement finds wrong, if it does.
        const part = wrongPartOf(settlement, table.sheet, parts.map((p) => amountOf(table.rows[p], column)?.cell ?? ''), stated.sum - own, lang);
        if (part) {
          out.push(part);
          continue;
        }
        const message = groupMessageFor(verdict, parts.map((p) => table.rows[p].level), stated.sum, lang);
        out.push({ rule: sumMismatch.id, severity: sumMismatch.severity, sheet: table.sheet, cell: amount.cell, message, actual: amount.raw });
        continue;
      }
      out.push({
        rule: sumMismatch.id,
        severity: sumMismatch.severity,
        sheet: table.sheet,
        cell: amount.cell,
        message: sumMismatchMessage(
          lang,
          column,
          formatRupiah(own),
          formatRupiah(recomputedSum),
          formatRupiah(Math.abs(own - recomputedSum)),
          parts.map((p) => table.rows[p].level),
          row.level === 'total',
        ),
        expected: formatRupiah(recomputedSum),
        actual: amount.raw,
      });
    }
  }
  return out;
}
