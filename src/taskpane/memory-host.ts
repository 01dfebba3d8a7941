/**
 * A WorkbookHost over grids held in memory: the browser harness and tests run the pane on it,
 * and it records what the pane asked of the workbook so a test can see it.
 */
import type { Grid } from '../domain/grid/grid';
import type { SavedState, WorkbookHost, WrittenSheet } from '../domain/ports';
import type { SheetPlan } from '../domain/report/sheet-plan';

export interface MemoryHostLog {
  selected: { sheet: string; cell: string }[];
  saved: SavedState[];
  written: SheetPlan[][];
}

export interface MemoryHost extends WorkbookHost {
  log: MemoryHostLog;
  /** Replace the grids, as when the planner edits the workbook between checks. */
  setGrids(grids: Grid[]): void;
}

export function createMemoryHost(initialGrids: Grid[], initialState?: SavedState): MemoryHost {
  let grids = initialGrids;
  // Stored as JSON, as a real workbook stores it, so what cannot survive JSON does not survive here either.
  let stored: string | undefined = initialState ? JSON.stringify(initialState) : undefined;
  const log: MemoryHostLog = { selected: [], saved: [], written: [] };
  return {
    log,
    setGrids(next) {
      grids = next;
    },
    async readGrids() {
      return JSON.parse(JSON.stringify(grids)) as Grid[];
    },
    async loadState() {
      return stored === undefined ? undefined : (JSON.parse(stored) as SavedState);
    },
    async saveState(state) {
      stored = JSON.stringify(state);
      log.saved.push(JSON.parse(stored) as SavedState);
    },
    async selectCell(sheet, cell) {
      if (!grids.some((g) => g.name === sheet)) throw new Error(`Sheet "${sheet}" tidak ada di workbook`);
      log.selected.push({ sheet, cell });
    },
    async writePlans(plans, onProgress) {
      log.written.push(plans);
      const out: WrittenSheet[] = [];
      // Rows written of all the plans' rows, as Office's writer counts.
      const total = plans.reduce((n, p) => n + p.rows.length, 0);
      let done = 0;
      for (const p of plans) {
        out.push({ name: p.name, kind: p.kind });
        done += p.rows.length;
        onProgress?.(done, total);
        // Yield between sheets so the pane can paint its progress bar, as a real host does between syncs.
        await Promise.resolve();
      }
      return out;
    },
  };
}
