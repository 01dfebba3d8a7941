/** over-budget and duplicate-code: faults of single rows. */
import { INVALID, budgetColumns, type BudgetColumns } from '../../budget/table';
import { codeBefore } from '../../budget/code';
import { LEVEL } from '../../budget/levels';
import type { Finding } from '../../findings';
import type { BudgetTable } from '../../model';
import { formatRupiah } from '../../parse/format';
import type { Lang } from '../../settings';
import { duplicateCodeMessage, overBudgetMessage } from './messages';

/**
 * Realisasi above pagu. A parent overspends only because some child does, so a parent is reported
 * only when none of the rows it adds up is over budget itself — the fault is named where it arises.
 * Cells the parser refused are left to their number-format finding. `columns` are the table's own
 * (recalculate's, where the caller has them).
 */
export function checkOverBudget(table: BudgetTable, lang: Lang, columns: BudgetColumns = budgetColumns(table)): Finding[] {
  const { n, pagu, realisasi, addends } = columns;
  const over = overBudgetRows(columns);
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) {
    if (!over[i] || anyListed(addends.list, addends.start[i], addends.start[i + 1], over)) continue;
    const row = table.rows[i];
    const p = pagu.value[i];
    const r = realisasi.value[i];
    out.push({
      rule: 'over-budget',
      severity: 'error',
      sheet: table.sheet,
      cell: row.realisasi.cell,
      message: overBudgetMessage(lang, formatRupiah(r), formatRupiah(p), formatRupiah(r - p)),
      actual: row.realisasi.raw,
    });
  }
  return out;
}

/** 1 for each row whose readable realisasi is above its pagu. (A loop of its own: see columns.ts on one loop per function.) */
function overBudgetRows({ n, pagu, realisasi }: BudgetColumns): Uint8Array {
  const over = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if ((pagu.flags[i] & INVALID) !== 0 || (realisasi.flags[i] & INVALID) !== 0) continue;
    // NaN (no value) compares false.
    if (realisasi.value[i] - pagu.value[i] >= 0.005) over[i] = 1;
  }
  return over;
}

function anyListed(list: Int32Array, from: number, to: number, flag: Uint8Array): boolean {
  for (let k = from; k < to; k++) if (flag[list[k]]) return true;
  return false;
}

/**
 * The same code twice in one table, named at the second. Kode rekening repeat legitimately under
 * different sub kegiatan (every one buys Alat Tulis Kantor), so line items are compared within their parent.
 */
export function checkDuplicateCodes(table: BudgetTable, lang: Lang, columns: BudgetColumns = budgetColumns(table), kodeColumn = table.columns.kode): Finding[] {
  if (codesAscend(columns)) return [];
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
function codesAscend(columns: BudgetColumns): boolean {
  // Placing the table compared the same neighbours already.
  if (columns.codesAscend !== undefined) return columns.codesAscend;
  const { codes, level } = columns;
  let previous: string | undefined;
  for (let i = 0; i < columns.n; i++) {
    const code = codes.get(i);
    if (code === undefined) continue;
    if (level[i] === LEVEL.rincian) return false;
    if (previous !== undefined && !codeBefore(previous, code)) return false;
    previous = code;
  }
  return true;
}
