/**
 * duplicate-code: the same code twice in one table, named at the second. Kode rekening repeat
 * legitimately under different sub kegiatan (every one buys Alat Tulis Kantor), so line items are
 * compared within their parent.
 */
import { budgetColumns, type BudgetColumns } from '../budget/table';
import { codeBefore } from '../budget/code';
import { LEVEL } from '../budget/levels';
import { recalculationOf } from '../budget/recalculate';
import type { Finding } from '../findings';
import type { BudgetTable, RecomputedTable } from '../model';
import type { Lang, Settings } from '../settings';
import { defineRule } from './rule';

export const duplicateCode = defineRule({
  id: 'duplicate-code',
  severity: 'error',
  label: { id: 'Kode ganda', en: 'Duplicate code' },
  meaning: { id: 'kode yang sama dua kali dalam satu tabel', en: 'the same code twice in one table' },
  source: {
    over: 'budget-table',
    check: (recomputed: RecomputedTable, settings: Settings) => checkDuplicateCodes(recomputed.table, settings.lang, recalculationOf(recomputed).columns),
  },
});

export function duplicateCodeMessage(lang: Lang, code: string, firstRow: number): string {
  return lang === 'en'
    ? `Code ${code} appears twice in this table (first on row ${firstRow})`
    : `Kode ${code} tercantum dua kali dalam tabel ini (pertama di baris ${firstRow})`;
}

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
      rule: duplicateCode.id,
      severity: duplicateCode.severity,
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
