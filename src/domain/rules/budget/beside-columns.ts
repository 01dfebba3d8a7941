/**
 * The rules over the columns planners keep beside a budget table's pagu and realisasi: the months
 * (months-sum-mismatch), Sisa Anggaran (sisa-mismatch) and Kategori (kategori-mismatch). A table without
 * such columns costs only the reading of its header.
 */
import type { Finding } from '../../findings';
import type { Grid } from '../../grid/grid';
import type { SheetMapping } from '../../mapping/types';
import type { RecomputedTable } from '../../model';
import type { Period, Settings } from '../../settings';
import { budgetKategoriFindings } from '../kategori-mismatch';
import { findExtraColumns } from './extra-columns';
import { monthsSumFindings } from '../months-sum-mismatch';
import { sisaFindings } from '../sisa-mismatch';

export function besideColumnFindings(recomputed: RecomputedTable, grid: Grid, sheet: SheetMapping, settings: Settings, period: Period | undefined): Finding[] {
  const columns = findExtraColumns(grid, sheet);
  return [
    ...monthsSumFindings(recomputed, grid, columns, settings.lang),
    ...sisaFindings(recomputed, grid, columns, settings.lang),
    ...budgetKategoriFindings(recomputed, grid, columns, settings, period),
  ];
}
