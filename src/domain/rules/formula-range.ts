/**
 * formula-range (warning): a parent's or total's formula that adds up some of its rows but leaves others
 * out — `=SUM(C11:C13)` when its sub kegiatan sit in rows 11 to 14, or `=C24+C26` with a third kegiatan in
 * row 28. A rule of its own rather than part of sum-mismatch: the left-out row may be 0 or blank this
 * quarter, so the sums agree today and the formula is still wrong next quarter; and where the sums do
 * disagree, sum-mismatch says by how much while this names the row the formula forgot.
 * A formula that adds up the rows two levels down (the sub kegiatan under a program) is as good as one
 * that adds up the rows one level down.
 */
import { summedColumn } from '../formula/references';
import type { Finding } from '../findings';
import { budgetColumns, listOf, type BudgetColumns } from '../budget/table';
import type { Amount, BudgetTable } from '../model';
import { readA1Address } from './formula/address';
import { sumFormula } from '../report/plan-kit';
import type { Lang } from '../settings';
import { countOf, countWord } from '../count-words';
import { defineRule } from './rule';

export const formulaRange = defineRule({
  id: 'formula-range',
  severity: 'warning',
  label: { id: 'Rumus melewatkan baris', en: 'Formula leaves out rows' },
  meaning: {
    id: 'rumus jumlah yang menjumlahkan sebagian barisnya saja (`=SUM(C11:C13)` padahal sub kegiatan keempat ada di baris 14)',
    en: 'a total\'s formula that adds up some of its rows but leaves others out (`=SUM(C11:C13)` with a fourth sub kegiatan in row 14)',
  },
  /** Found where its cells are read (analysis-steps/read-tables.ts calls it with the grid). */
  source: { over: 'read' },
});

const AMOUNT_COLUMNS = ['pagu', 'target', 'realisasi'] as const;
const COLUMN_WORD: Record<(typeof AMOUNT_COLUMNS)[number], { id: string; en: string }> = {
  pagu: { id: 'Pagu', en: 'Pagu' },
  target: { id: 'Target', en: 'Target' },
  realisasi: { id: 'Realisasi', en: 'Realisasi' },
};

/** 1-based sheet rows of the rows each row of the table adds up: its children, and the leaves beneath them. */
function addendRows(table: BudgetTable, columns: BudgetColumns, i: number): { children: number[]; leaves: number[] } {
  const { rows } = table;
  const row = rows[i];
  const kids = row.level === 'total' ? listOf(columns.addends, i) : row.children;
  const leaves: number[] = [];
  const walk = (k: number): void => {
    const r = rows[k];
    if (r.children.length === 0 || r.level === 'subKegiatan') leaves.push(r.row);
    else r.children.forEach(walk);
  };
  kids.forEach(walk);
  return { children: kids.map((k) => rows[k].row), leaves };
}

function missingFrom(wanted: number[], summed: Set<number>): number[] {
  return wanted.filter((r) => !summed.has(r));
}

export function formulaRangeFindings(table: BudgetTable, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const { rows } = table;
  const columns = budgetColumns(table);
  rows.forEach((row, i) => {
    if (row.children.length === 0 && row.level !== 'total') return;
    for (const column of AMOUNT_COLUMNS) {
      const amount: Amount | undefined = row[column];
      if (!amount?.formula) continue;
      const summed = summedColumn(amount.formula);
      if (!summed) continue;
      const at = readA1Address(amount.cell);
      if (!at || at.col !== summed.col) continue;
      const named = new Set(summed.rows.map((r) => r + 1));
      const { children, leaves } = addendRows(table, columns, i);
      if (children.length === 0) continue;
      const missChildren = missingFrom(children, named);
      const missLeaves = missingFrom(leaves, named);
      if (missChildren.length === 0 || missLeaves.length === 0) continue;
      // Read the formula as meant for the level it touches most; it must touch that level at all.
      const byLeaves = leaves.length - missLeaves.length > children.length - missChildren.length;
      const wanted = byLeaves ? leaves : children;
      const missing = byLeaves ? missLeaves : missChildren;
      if (missing.length === wanted.length) continue;
      const suggestion = sumFormula(at.col, wanted);
      const names = missing.join(', ');
      const left = lang === 'en' ? (missing.length === 1 ? `row ${names} is left out` : `rows ${names} are left out`) : `baris ${names} tidak ikut`;
      const col = COLUMN_WORD[column][lang];
      out.push({
        rule: formulaRange.id,
        severity: formulaRange.severity,
        sheet: table.sheet,
        cell: amount.cell,
        message:
          lang === 'en'
            ? `${col} formula =${amount.formula} adds up ${countWord(wanted.length - missing.length, lang)} of the ${countOf(wanted.length, 'row', lang)} it totals; ${left} (=${suggestion})`
            : `Rumus ${col} =${amount.formula} menjumlahkan ${countWord(wanted.length - missing.length, lang)} dari ${countOf(wanted.length, 'baris', lang)} yang seharusnya dijumlahkannya; ${left} (=${suggestion})`,
        expected: `=${suggestion}`,
        actual: `=${amount.formula}`,
        suggestion: `=${suggestion}`,
      });
    }
  });
  return out;
}
