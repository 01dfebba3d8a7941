/**
 * What a table's columns hold, for detectSheet: the value kind of its budget columns (correctBudgetRoles)
 * and whether its kode column holds budget codes (classifySheet). Answers are pure functions of the grid's
 * cells and the data rows, remembered for the one detectSheet call that made this reader.
 * The columns named up front are read together in one pass (profileColumns), row by row.
 */
import type { Grid } from '../grid/grid';
import type { HeaderColumn } from './header';
import type { DataRange } from './classify';
import { codesSettled, holdsCodes, profileColumns, valueKind, valueKindSettled, type ProfileRequest, type ValueKind } from './content';

export interface TableContents {
  /** What the column mostly holds over the data rows ('unclear' for an empty table). */
  kindOf(column: HeaderColumn): ValueKind;
  /** Whether the column holds budget codes rather than a plain numbering. */
  holdsBudgetCodes(column: HeaderColumn): boolean;
}

export interface PlannedColumns {
  /** Columns whose value kind will be asked (0-based sheet columns). */
  values: number[];
  /** The column whose codes will be asked. */
  kode?: number;
}

/**
 * A reader of `data`'s rows. The `planned` columns are profiled together on the first question about any of
 * them; a column asked about without being planned is profiled alone. Either way each column's answer is
 * what a profile of that column alone gives: the pass stops a column only when its own rule is settled.
 */
export function tableContents(grid: Grid, data: DataRange, planned: PlannedColumns): TableContents {
  const hasRows = data.last >= data.first;
  const kinds = new Map<number, ValueKind>();
  const codes = new Map<number, boolean>();
  let plannedRead = false;

  const read = (values: number[], kode: number | undefined): void => {
    const requests: ProfileRequest[] = (hasRows ? values : []).map((col) => ({ col, settled: valueKindSettled }));
    if (kode !== undefined) requests.push({ col: kode, settled: codesSettled });
    const profiles = profileColumns(grid, requests, data.first, data.last);
    requests.forEach((request, i) => {
      if (request.settled === codesSettled) codes.set(request.col, holdsCodes(profiles[i]));
      else kinds.set(request.col, valueKind(profiles[i]));
    });
    if (!hasRows) for (const col of values) kinds.set(col, 'unclear');
  };
  const readPlanned = (): void => {
    if (plannedRead) return;
    plannedRead = true;
    read(planned.values, planned.kode);
  };

  return {
    kindOf(column) {
      if (!kinds.has(column.col) && planned.values.includes(column.col)) readPlanned();
      if (!kinds.has(column.col)) read([column.col], undefined);
      return kinds.get(column.col) ?? 'unclear';
    },
    holdsBudgetCodes(column) {
      if (!codes.has(column.col) && planned.kode === column.col) readPlanned();
      if (!codes.has(column.col)) read([], column.col);
      return codes.get(column.col) ?? false;
    },
  };
}
