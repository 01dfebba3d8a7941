/**
 * Which coded budget tables are detail tables. Tabel 3.1 is laid out from its programmes down; a coded table
 * without any programme (a sub kegiatan with its kode rekening line items under it, a "Tabel 3.2" below the
 * Tabel 3.1) in a workbook that has a Tabel 3.1 with programmes is a detail of it: compared with Tabel 3.1
 * (cross-table-mismatch, the settlement's evidence) rather than read as a second Tabel 3.1. Alone in its
 * workbook such a table stays a Tabel 3.1: it is all there is to check.
 */
import { columnIndex, type Grid } from '../grid/grid';
import { kodeView } from './kode-view';
import type { SheetMapping } from './types';

/**
 * A programme's code: 4.01.02, 4.1.2 (bidang as a number), X.XX.01. A kode rekening's jenis (5.1.02: one-digit
 * kelompok, two-digit jenis) is not one.
 */
const PROGRAMME_CODE = /^[0-9X]\.(?:[0-9X]{2}\.\d{1,2}|\d\.\d)$/i;

/** Whether the table's kode column (joined, where the kode is split) shows a programme's code. */
function showsProgramme(grid: Grid, table: SheetMapping): boolean {
  const view = kodeView(grid, table);
  const kode = view.sheet.columns.find((c) => c.role === 'kode');
  if (!kode || table.firstDataRow === undefined) return false;
  const col = columnIndex(kode.column) - view.grid.originCol;
  const last = Math.min((table.lastDataRow ?? Infinity) - 1, view.grid.originRow + view.grid.rows.length - 1);
  // A Tabel 3.1 shows a programme on its first coded rows, so the scan ends there; only a detail table is read whole.
  for (let r = table.firstDataRow - 1; r <= last; r++) {
    const v = view.grid.rows[r - view.grid.originRow]?.[col]?.value;
    if (typeof v === 'string' && v !== '' && PROGRAMME_CODE.test(v.replace(/[\s\u00a0]+/g, '').replace(/^\.+|\.+$/g, ''))) return true;
  }
  return false;
}

/** The tables with the programme-less Tabel 3.1 turned into detail tables, where some Tabel 3.1 has programmes. */
export function markDetailTables(grids: Grid[], tables: SheetMapping[]): SheetMapping[] {
  const mains = tables.filter((t) => t.kind === 'tabel-3.1');
  if (mains.length < 2) return tables;
  const gridOf = new Map(grids.map((g) => [g.name, g]));
  const programmes = new Map<SheetMapping, boolean>();
  for (const t of mains) {
    const grid = gridOf.get(t.sheet);
    programmes.set(t, grid !== undefined && showsProgramme(grid, t));
  }
  if (![...programmes.values()].some(Boolean)) return tables;
  return tables.map((t) => (programmes.get(t) === false ? { ...t, kind: 'detail' as const } : t));
}
