/**
 * Where a budget table's header lies, its contents decide. The seed's detail tables are headed
 * "Alokasi dana | Target Triwulan I % | Realisasi Triwulan I %" over rupiah pagu, rupiah realisasi
 * and percentages: the header was written for a target/realisasi-in-percent table and never changed.
 */
import type { ColumnRole } from './types';
import type { HeaderColumn } from './header';
import type { ValueKind } from './content';

export interface RoleCorrection {
  column: HeaderColumn;
  from: ColumnRole;
  to: ColumnRole;
  contents: ValueKind;
}

const AMOUNT_ROLES: ColumnRole[] = ['pagu', 'target', 'realisasi'];

/** Re-assigns budget roles the contents contradict; mutates `columns` and returns what it changed. */
export function correctBudgetRoles(columns: HeaderColumn[], kindOf: (column: HeaderColumn) => ValueKind): RoleCorrection[] {
  const corrections: RoleCorrection[] = [];
  const set = (column: HeaderColumn, to: ColumnRole): void => {
    if (column.role === undefined || column.role === to) return;
    corrections.push({ column, from: column.role, to, contents: kindOf(column) });
    column.role = to;
  };
  const has = (role: ColumnRole): boolean => columns.some((c) => c.role === role);

  // Percentages under an amount header are the capaian (unless a capaian column already holds them).
  for (const column of columns) {
    if (!column.role || !AMOUNT_ROLES.includes(column.role) || kindOf(column) !== 'percent') continue;
    const capaianElsewhere = columns.some((o) => o !== column && o.role === 'capaian' && kindOf(o) !== 'amount');
    set(column, capaianElsewhere ? 'ignore' : 'capaian');
  }
  const realisasiMoved = corrections.some((c) => c.from === 'realisasi');

  // Rupiah under a percentage header, or under "Target" when the "Realisasi" header sits over percentages:
  // the header row is shifted, and the amounts are the realisasi.
  for (const column of columns) {
    // Only target and capaian columns can move here; the role test comes first so other columns are never profiled.
    if (column.role !== 'target' && column.role !== 'capaian') continue;
    if (kindOf(column) !== 'amount') continue;
    if (column.role === 'target' && (column.percentMarked || realisasiMoved) && !has('realisasi')) {
      set(column, 'realisasi');
    } else if (column.role === 'capaian') {
      const missing = (['realisasi', 'pagu', 'target'] as ColumnRole[]).find((r) => !has(r));
      set(column, missing ?? 'ignore');
    }
  }
  return corrections;
}
