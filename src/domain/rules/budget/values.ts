/** over-budget and duplicate-code: faults of single rows. */
import { addendsLister, usable } from '../../budget/amounts';
import { codeBefore } from '../../budget/code';
import type { Finding } from '../../findings';
import type { BudgetTable } from '../../model';
import { formatRupiah } from '../../parse/format';
import type { Lang } from '../../settings';
import { duplicateCodeMessage, overBudgetMessage } from './messages';

/**
 * Realisasi above pagu. A parent overspends only because some child does, so a parent is reported
 * only when none of the rows it adds up is over budget itself — the fault is named where it arises.
 * Cells the parser refused are left to their number-format finding.
 */
export function checkOverBudget(table: BudgetTable, lang: Lang): Finding[] {
  const over = table.rows.map((row) => {
    if (row.pagu.invalid || row.realisasi.invalid) return false;
    const pagu = usable(row.pagu);
    const realisasi = usable(row.realisasi);
    return pagu !== null && realisasi !== null && realisasi - pagu >= 0.005;
  });
  const out: Finding[] = [];
  const addendsOf = addendsLister(table);
  table.rows.forEach((row, i) => {
    if (!over[i] || addendsOf(i).some((c) => over[c])) return;
    const pagu = usable(row.pagu) ?? 0;
    const realisasi = usable(row.realisasi) ?? 0;
    out.push({
      rule: 'over-budget',
      severity: 'error',
      sheet: table.sheet,
      cell: row.realisasi.cell,
      message: overBudgetMessage(lang, formatRupiah(realisasi), formatRupiah(pagu), formatRupiah(realisasi - pagu)),
      actual: row.realisasi.raw,
    });
  });
  return out;
}

/**
 * The same code twice in one table, named at the second. Kode rekening repeat legitimately under
 * different sub kegiatan (every one buys Alat Tulis Kantor), so line items are compared within their parent.
 */
export function checkDuplicateCodes(table: BudgetTable, lang: Lang, kodeColumn = table.columns.kode): Finding[] {
  if (codesAscend(table)) return [];
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.kode === undefined) continue;
    const key = row.level === 'rincian' ? `${row.parent}|${row.kode}` : row.kode;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row.row);
      continue;
    }
    out.push({
      rule: 'duplicate-code',
      severity: 'error',
      sheet: table.sheet,
      cell: `${kodeColumn ?? ''}${row.row}`,
      message: duplicateCodeMessage(lang, row.kode, first),
      actual: row.kode,
    });
  }
  return out;
}

/**
 * No line item has a code and the other codes strictly increase down the table (as a Tabel 3.1 is
 * written, see codeBefore): then no code repeats, and the map of every code need not be built.
 */
function codesAscend(table: BudgetTable): boolean {
  let previous: string | undefined;
  for (const row of table.rows) {
    if (row.kode === undefined) continue;
    if (row.level === 'rincian') return false;
    if (previous !== undefined && !codeBefore(previous, row.kode)) return false;
    previous = row.kode;
  }
  return true;
}
