/**
 * What a finding shows as the cell's stated value: "(kosong)" for a blank cell, and a number the Indonesian
 * way even where the host displays it in English (Excel in an English locale shows "231,000,000"; the
 * planner reads "231.000.000"). Text the planner typed stays as typed: its separators may be the finding.
 */
import { cellAt, columnIndex, type Cell, type Grid } from '../domain/grid/grid';
import { displayText } from '../domain/parse/display';

/** The cell at an A1 address of a sheet, if the grids hold it. */
export function findingCell(grids: Grid[] | undefined, sheet: string, address: string): Cell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  const grid = grids?.find((g) => g.name === sheet);
  return m && grid ? cellAt(grid, Number(m[2]) - 1, columnIndex(m[1])) : undefined;
}

export function statedValue(actual: string | undefined, cell: Cell | undefined, blank: string): string | undefined {
  if (actual === undefined) return undefined;
  if (actual.trim() === '') return blank;
  // Only a number the host rendered is re-rendered; anything else is what the finding is about.
  if (cell && typeof cell.value === 'number' && cell.text !== undefined && actual === cell.text) {
    return displayText({ ...cell, text: undefined });
  }
  return actual;
}
