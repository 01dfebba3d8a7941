/**
 * A workbook written compactly as JSON (one array of values per row), turned into the grids a host reads.
 * The browser harness loads its workbook this way, so it needs neither Excel nor exceljs.
 */
import type { Cell, Grid } from '../domain/grid/grid';

export interface FixtureSheet {
  name: string;
  /** Values as the cells hold them: numbers as numbers, typed text (faults included) as strings; null = empty. */
  rows: (string | number | null)[][];
  /** Number format given to every numeric cell, default "#,##0". */
  numberFormat?: string;
}

export interface WorkbookFixture {
  sheets: FixtureSheet[];
}

function toCell(v: string | number | null, numberFormat: string): Cell | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') return { value: v, numberFormat };
  return { value: v, text: v };
}

export function gridsFromFixture(fixture: WorkbookFixture): Grid[] {
  return fixture.sheets.map((s, index) => ({
    name: s.name,
    index,
    rows: s.rows.map((r) => r.map((v) => toCell(v, s.numberFormat ?? '#,##0'))),
    originRow: 0,
    originCol: 0,
    merges: [],
  }));
}
