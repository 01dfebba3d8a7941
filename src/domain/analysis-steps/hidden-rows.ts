/**
 * Hidden rows still belong to their table (Excel's SUM counts them, so Lapkin reads them too), but a planner
 * cannot see them: a sum finding on a hidden row, or on a row whose addends include a hidden one, says so,
 * so the planner knows to unhide the rows before correcting the total.
 */
import { budgetColumns, listOf } from '../budget/table';
import type { Finding } from '../findings';
import { isRowHidden, type Grid } from '../grid/grid';
import type { Lang } from '../settings';
import type { RecomputedTable } from '../model';

/** Findings about a sum: what it adds up may sit on a hidden row. */
const SUM_RULES: readonly string[] = ['sum-mismatch', 'months-sum-mismatch', 'items-below-total', 'formula-range'];

/** The 1-based Excel row of an A1 address ("D17" → 17), or undefined. */
function rowOfCell(cell: string): number | undefined {
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) > 57) i++;
  const row = Number(cell.slice(i));
  return Number.isInteger(row) && row > 0 ? row : undefined;
}

/**
 * The hidden rows (1-based) a sum at `row` involves: the row itself, the rows it adds up (its addends and line
 * items) and the row it is an addend of, in any budget table of the sheet holding that row.
 */
function hiddenRowsOfSum(grid: Grid, tables: readonly RecomputedTable[], row: number): number[] {
  const involved = new Set<number>([row]);
  for (const { table } of tables) {
    if (table.sheet !== grid.name) continue;
    const columns = budgetColumns(table);
    const i = indexOfRow(columns.row, row);
    if (i < 0) continue;
    for (const j of [...listOf(columns.addends, i), ...listOf(columns.items, i)]) involved.add(columns.row[j]);
    if (columns.parent[i] >= 0) involved.add(columns.row[columns.parent[i]]);
  }
  return [...involved].filter((r) => isRowHidden(grid, r - 1)).sort((a, b) => a - b);
}

/** Where a table's rows (ascending: read top to bottom) hold Excel row `row`, or -1. */
function indexOfRow(rows: Int32Array, row: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] === row) return mid;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function hiddenWords(rows: number[], lang: Lang): string {
  const list = rows.length > 5 ? `${rows.slice(0, 5).join(', ')}, …` : rows.join(', ');
  const many = rows.length > 1;
  return lang === 'id'
    ? ` (baris ${list} tersembunyi: tetap dijumlahkan Excel; tampilkan ${many ? 'baris-barisnya' : 'barisnya'} untuk memeriksa)`
    : ` (row${many ? 's' : ''} ${list} ${many ? 'are' : 'is'} hidden: Excel's SUM still counts ${many ? 'them' : 'it'}; unhide to check)`;
}

/** The findings with a word added to every sum finding that lands on or involves a hidden row. */
export function markHiddenRows(findings: Finding[], grids: readonly Grid[], tables: readonly RecomputedTable[], lang: Lang): Finding[] {
  const hiding = new Map(grids.filter((g) => g.hiddenRows !== undefined).map((g) => [g.name, g]));
  if (hiding.size === 0) return findings;
  return findings.map((f) => {
    const grid = hiding.get(f.sheet);
    const row = rowOfCell(f.cell);
    if (!grid || row === undefined || !SUM_RULES.includes(f.rule)) return f;
    const hidden = hiddenRowsOfSum(grid, tables, row);
    return hidden.length === 0 ? f : { ...f, message: f.message + hiddenWords(hidden, lang) };
  });
}
