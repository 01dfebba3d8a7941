/**
 * What the recomputed Tabel 3.1 shows where a settlement (budget/settle) is at hand: each row's settled amounts, and
 * for its Catatan one sentence per column that changed or did not add up — the fault's own explanation, or
 * "ikut berubah: sub kegiatan …" where the row only carries a row under it.
 */
import type { AmountColumn } from '../budget/amounts';
import { sameAmount } from '../budget/amounts';
import type { ColumnSettlement, TableSettlement } from '../budget/settle';
import { explainGroup, explainSplit, explainSuspect, explainWrongCell, suspectsOf } from '../budget/settle/explain';
import { formatRupiah } from '../parse/format';
import type { Lang } from '../settings';

const COLUMN_WORD: Record<AmountColumn, { id: string; en: string }> = {
  pagu: { id: 'Pagu', en: 'Pagu' },
  target: { id: 'Target', en: 'Target' },
  realisasi: { id: 'Realisasi', en: 'Realisasi' },
};

export interface SettledView {
  /** Row i's settled amount in a column, undefined where the settlement has none. */
  value(row: number, column: AmountColumn): number | undefined;
  /** The top's (the unit's whole) settled amount. */
  top(column: AmountColumn): number | undefined;
  /** Whether row i's settled amount equals the sum of its children's: then it may stay a SUM formula. */
  addsUp(row: number, column: AmountColumn): boolean;
  /** Catatan sentences for row i (-1 for the totals row). */
  notes(row: number): string[];
}

function notesOf(column: ColumnSettlement, row: number, lang: Lang): string[] {
  const out: string[] = [];
  const col = COLUMN_WORD[column.evidence.column][lang];
  for (const fault of column.faults) {
    if (fault.kind === 'group') {
      const suspects = suspectsOf(fault, column);
      if (suspects.length > 1 && suspects.some((n) => n.row === row)) out.push(explainSuspect(fault, column, lang));
    }
    if (fault.node.row !== row) continue;
    // A group's sentence counts sub kegiatan; it starts with the column it is about.
    if (fault.kind === 'group') out.push(`${col}: ${lowerFirst(explainGroup(fault, column, lang))}`);
    else if (fault.kind === 'split') out.push(explainSplit(fault, column, lang));
    else if (fault.observation.source === 'own' || fault.observation.source === 'total') {
      const changed = fault.node.children.find((c) => column.faults.some((f) => f.kind === 'cell' && f.node === c));
      if (changed && (fault.observation.weight === 0 || sameAmount(fault.expected - fault.observation.value, changedBy(column, changed.row)))) {
        out.push(lang === 'en'
          ? `${col} follows: ${changed.level} ${changed.name} ${movedBy(changedBy(column, changed.row), lang)}`
          : `${col} ikut berubah: ${changed.level} ${changed.name} ${movedBy(changedBy(column, changed.row), lang)}`);
      } else {
        const sentence = explainWrongCell(fault, column, lang);
        out.push(sentence.startsWith(col) ? sentence : `${col}: ${lowerFirst(sentence)}`);
      }
    }
  }
  return out;
}

/** "berkurang 9.000.000" / "bertambah 500.000": the direction in a word, never a minus sign inside a sentence. */
function movedBy(difference: number, lang: Lang): string {
  const d = formatRupiah(Math.abs(difference));
  if (lang === 'en') return difference < 0 ? `went down by ${d}` : `went up by ${d}`;
  return difference < 0 ? `berkurang ${d}` : `bertambah ${d}`;
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** How much a row's settled value differs from its own stated one. */
function changedBy(column: ColumnSettlement, row: number): number {
  const node = column.faults.find((f) => f.kind === 'cell' && f.node.row === row);
  return node && node.kind === 'cell' ? node.expected - node.observation.value : 0;
}

export function settledView(settled: TableSettlement, lang: Lang): SettledView {
  const columns = Object.values(settled.columns).filter((c): c is ColumnSettlement => c !== undefined);
  const of = (column: AmountColumn): ColumnSettlement | undefined => settled.columns[column];
  return {
    value: (row, column) => of(column)?.values.get(row),
    top: (column) => of(column)?.values.get(-1),
    addsUp: (row, column) => !of(column)?.childrenSums.has(row),
    notes: (row) => columns.flatMap((c) => notesOf(c, row, lang)),
  };
}
