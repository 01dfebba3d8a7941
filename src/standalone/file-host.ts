/**
 * The page's WorkbookHost over one opened .xlsx: the grids the worker read, the pane's mapping and settings
 * kept for the session, "select a cell" shown as a preview, and report sheets written by the worker into a
 * copy of the planner's workbook that the browser downloads.
 */
import type { Grid } from '../domain/grid/grid';
import type { SavedState, WorkbookHost } from '../domain/ports';
import type { WorkbookWorker } from './worker-client';

export interface FileHostOptions {
  worker: WorkbookWorker;
  /** The grids the worker read; handed back as they are, so the worker core sees they are its own. */
  grids: Grid[];
  /** The pane asked to show this cell (a finding was clicked). */
  onSelect(sheet: string, cell: string): void;
  /** The report copy is ready. */
  onReport(bytes: Uint8Array): void;
}

export function createFileHost({ worker, grids, onSelect, onReport }: FileHostOptions): WorkbookHost {
  // Kept as JSON, as a workbook would keep it, so the pane never shares objects with its saved state.
  let stored: string | undefined;
  return {
    async readGrids() {
      return grids;
    },
    async loadState() {
      return stored === undefined ? undefined : (JSON.parse(stored) as SavedState);
    },
    async saveState(state) {
      stored = JSON.stringify(state);
    },
    async selectCell(sheet, cell) {
      if (!grids.some((g) => g.name === sheet)) throw new Error(`Sheet "${sheet}" tidak ada di workbook`);
      onSelect(sheet, cell);
    },
    async writePlans(plans, onProgress) {
      onProgress?.(0, 0);
      const { bytes, sheets } = await worker.request({ type: 'write', plans });
      onReport(bytes);
      return sheets;
    },
  };
}
