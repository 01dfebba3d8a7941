/**
 * Step 2 of an analysis: the mapping in force — detection, overridden by the planner's own mapping where
 * given — and what detection has to say about its reading (sheet-not-checked, column-choice) on the sheets
 * the planner did not map by hand.
 */
import { LapkinError } from '../errors';
import { detectWorkbook } from '../mapping/detect';
import { mergeMappings } from '../mapping/mapping-json';
import type { MappingNote } from '../mapping/notes';
import type { SheetMapping, WorkbookMapping } from '../mapping/types';
import { columnIndex, isColumnHidden, type Grid } from '../grid/grid';
import type { Period } from '../settings';

export interface MappedWorkbook {
  mapping: WorkbookMapping;
  notes: MappingNote[];
}

/** Throws LapkinError on an edited mapping that does not fit the workbook. */
export function mapWorkbook(grids: Grid[], edited?: WorkbookMapping, period?: Period): MappedWorkbook {
  const detected = detectWorkbook(grids, period);
  if (!edited) return detected;
  const { mapping, errors } = mergeMappings(detected.mapping, edited);
  if (errors.length > 0) throw new LapkinError(errors[0]);
  const byHand = new Set(mapping.sheets.filter((s) => !detected.mapping.sheets.includes(s)).map((s) => s.sheet));
  const sheets = mapping.sheets.map((s) => (byHand.has(s.sheet) ? withHiddenFromSheet(s, grids.find((g) => g.name === s.sheet)) : s));
  return { mapping: { ...mapping, sheets }, notes: detected.notes.filter((n) => !byHand.has(n.sheet)) };
}

/** A sheet the planner mapped, its columns marked hidden as the sheet hides them now (whatever the saved mapping said). */
function withHiddenFromSheet(sheet: SheetMapping, grid: Grid | undefined): SheetMapping {
  const columns = sheet.columns.map((c) => {
    const { hidden: _saved, ...column } = c;
    return grid && isColumnHidden(grid, columnIndex(column.column)) ? { ...column, hidden: true } : column;
  });
  return { ...sheet, columns };
}
