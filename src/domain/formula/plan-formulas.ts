/**
 * The report's formulas, evaluated: the value Excel will compute for every formula cell of a SheetPlan
 * from the plan's own cells. Tests use it to prove each formula's `cached` value (the core's
 * recomputation) equals what Excel will show.
 */
import { a1 } from '../grid/grid';
import type { SheetPlan } from '../report/sheet-plan';
import { FormulaEvaluator, type CellContent } from './evaluate';
import { exported } from './values';

/** Every formula cell of the plan (keyed by A1 address) with the value Excel would compute for it. */
export function evaluatePlanFormulas(plan: SheetPlan): Map<string, number | string | null> {
  const ev = new FormulaEvaluator({
    content(sheet, row, col): CellContent | null {
      // A report sheet's formulas name only their own sheet; any other is outside what the plan can answer.
      if (sheet !== plan.name) throw new Error(`formula: lembar lain tidak didukung: ${sheet}`);
      const cell = plan.rows[row]?.[col];
      if (!cell) return null;
      switch (cell.kind) {
        case 'number': return { value: cell.value };
        case 'text':
        case 'link': return { value: cell.text };
        case 'formula': return { formula: cell.formula };
      }
    },
  });
  const out = new Map<string, number | string | null>();
  plan.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell?.kind === 'formula') out.set(a1(r, c), exported(ev.formulaValue(plan.name, r, c, cell.formula)));
    });
  });
  return out;
}
