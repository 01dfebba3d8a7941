/**
 * The planner's corrections to a detected mapping, as pure functions over the JSON-able mapping,
 * plus the list of columns the editor offers for a sheet.
 */
import { cellAt, columnIndex, columnLetter, gridEndCol, isColumnHidden, type Grid } from '../domain/grid/grid';
import type { ColumnMapping, ColumnRole, SheetKind, SheetMapping, WorkbookMapping } from '../domain/mapping/types';

function editSheet(mapping: WorkbookMapping, sheet: string, edit: (s: SheetMapping) => SheetMapping): WorkbookMapping {
  return { ...mapping, sheets: mapping.sheets.map((s) => (s.sheet === sheet ? edit(s) : s)) };
}

export function withSheetKind(mapping: WorkbookMapping, sheet: string, kind: SheetKind): WorkbookMapping {
  return editSheet(mapping, sheet, (s) => ({ ...s, kind }));
}

/**
 * Moving the header row moves the first data row with it (keeping any gap such as a "1 2 3 …" numbering row),
 * so the old header is not read as data.
 */
export function withHeaderRow(mapping: WorkbookMapping, sheet: string, headerRow: number): WorkbookMapping {
  return editSheet(mapping, sheet, (s) => {
    const gap = s.headerRow !== undefined && s.firstDataRow !== undefined ? s.firstDataRow - s.headerRow : (s.headerRows ?? 1);
    return { ...s, headerRow, firstDataRow: headerRow + Math.max(gap, 1) };
  });
}

/** role undefined removes the column from the mapping. */
export function withColumnRole(
  mapping: WorkbookMapping,
  sheet: string,
  column: string,
  role: ColumnRole | undefined,
  header?: string,
): WorkbookMapping {
  return editSheet(mapping, sheet, (s) => {
    const others = s.columns.filter((c) => c.column !== column);
    if (role === undefined) return { ...s, columns: others };
    const old = s.columns.find((c) => c.column === column);
    const next: ColumnMapping = { column, role, header: old?.header ?? header };
    if (next.header === undefined) delete next.header;
    if (old?.hidden) next.hidden = true;
    const columns = [...others, next].sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
    return { ...s, columns };
  });
}

export interface EditableColumn {
  column: string;
  header?: string;
  role?: ColumnRole;
  /** The sheet hides the column: the editor says so in the column's label. */
  hidden?: boolean;
}

function cellText(grid: Grid, row: number, col: number): string {
  const cell = cellAt(grid, row, col);
  if (!cell) return '';
  const text = cell.text ?? (cell.value === null ? '' : String(cell.value));
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Every column the editor offers: the mapped ones, and any other column with header text in the header rows,
 * so the planner can give a role to a column detection missed.
 */
export function editableColumns(sheet: SheetMapping, grid: Grid | undefined): EditableColumn[] {
  const byColumn = new Map<string, EditableColumn>();
  for (const c of sheet.columns) byColumn.set(c.column, { column: c.column, header: c.header, role: c.role, ...(c.hidden ? { hidden: true } : {}) });
  if (grid && sheet.headerRow !== undefined) {
    const top = sheet.headerRow - 1;
    const span = Math.max(sheet.headerRows ?? 1, 1);
    for (let col = grid.originCol; col < gridEndCol(grid); col++) {
      const letter = columnLetter(col);
      const parts: string[] = [];
      for (let r = top; r < top + span; r++) {
        const t = cellText(grid, r, col);
        if (t && !parts.includes(t)) parts.push(t);
      }
      const header = parts.join(' ');
      const known = byColumn.get(letter);
      if (known) {
        if (!known.header && header) known.header = header;
      } else if (header) byColumn.set(letter, { column: letter, header });
    }
  }
  // The sheet as it is now says which columns are hidden (a saved mapping may predate the mark).
  if (grid) {
    for (const c of byColumn.values()) if (isColumnHidden(grid, columnIndex(c.column))) c.hidden = true;
  }
  return [...byColumn.values()].sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
}
