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
 * With a settlement (budget/settle: the reading of the whole workbook that changes the fewest cells), a Tabel 3.1
 * takes its sum-mismatch findings from there instead: each sits on the cell most likely wrong and says what
 * agrees with what, a group of rows that does not add up to the figure everything above it confirms is named as
 * a group (no number proposed), an evenly split question sends the planner to the DPA. A detail table's total that
 * the settlement confirms is worded the same way, without an expected value.
 *
 * Line items are compared with their sub kegiatan only: more than it is an error (sum-mismatch),
 * less is a note (items-below-total), because detail tables list only some items.
 */
import { AMOUNT_COLUMNS, amountOf, sameAmount } from '../../budget/amounts';
import { INVALID, PRESENT, type AmountColumn, type RowLists, type ValueColumn } from '../../budget/columns';
import type { RecomputedValues } from '../../budget/recomputed-values';
import { recalculationOf } from '../../budget/recalculate';
import type { Finding } from '../../findings';
import type { Amount, RecomputedTable } from '../../model';
import { formatRupiah } from '../../parse/format';
import type { Lang } from '../../settings';
import { settlementOf, verdictOf, type Settlement } from '../../budget/settle';
import { itemsAboveMessage, itemsBelowMessage, sumMismatchMessage } from './messages';
import { groupMessageFor, settledSumFindings } from './settled-sums';

/** A row's own stated value when the rules compare it (present, readable, not refused); NaN otherwise. */
function comparable(column: ValueColumn, i: number): number {
  return (column.flags[i] & (PRESENT | INVALID)) === PRESENT ? column.value[i] : NaN;
}

/** Sum and count of the values (NaN skipped) of the rows row i lists, in list order; `into` is scratch. */
function sumListed(lists: RowLists, i: number, values: Float64Array, into: { sum: number; count: number }): void {
  let sum = 0;
  let count = 0;
  for (let k = lists.start[i]; k < lists.start[i + 1]; k++) {
    const v = values[lists.list[k]];
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  into.sum = sum;
  into.count = count;
}

/** Sum of the recomputed values of the rows row i lists, in list order. */
function sumRecomputed(lists: RowLists, i: number, values: RecomputedValues, column: AmountColumn): number {
  let sum = 0;
  for (let k = lists.start[i]; k < lists.start[i + 1]; k++) sum += values.value(lists.list[k], column);
  return sum;
}

export function checkSums(recomputed: RecomputedTable, lang: Lang, settlement?: Settlement): Finding[] {
  const settled = settlementOf(settlement, recomputed);
  if (settled) return settledSumFindings(settled, lang);
  const { table } = recomputed;
  const { columns, values: recomputedValues } = recalculationOf(recomputed);
  const { addends } = columns;
  const out: Finding[] = [];
  const stated = { sum: 0, count: 0 };
  for (let i = 0; i < columns.n; i++) {
    if (addends.start[i + 1] === addends.start[i]) continue;
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
        // The total is borne out elsewhere: the rows under it are what is off.
        const message = groupMessageFor(verdict, parts.map((p) => table.rows[p].level), stated.sum, lang);
        out.push({ rule: 'sum-mismatch', severity: 'error', sheet: table.sheet, cell: amount.cell, message, actual: amount.raw });
        continue;
      }
      out.push({
        rule: 'sum-mismatch',
        severity: 'error',
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
      const amount = amountOf(table.rows[i], column) as Amount;
      out.push({
        rule: above ? 'sum-mismatch' : 'items-below-total',
        severity: above ? 'error' : 'info',
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
