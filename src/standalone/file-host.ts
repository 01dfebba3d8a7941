/**
 * The page's WorkbookHost over one opened .xlsx: the grids the worker read, the pane's mapping and settings
 * kept in this browser for this workbook (as the add-in keeps them in the workbook), "select a cell" shown as
 * a preview, and report sheets written by the worker into a copy of the planner's workbook that the browser
 * downloads. What is kept is the pane's own state (sheet kinds, header rows, column letters, settings) under a
 * key made from the file's name and sheet names: never a cell of the workbook.
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
  /** Where the state outlives the page (localStorage); without it, or when it refuses, the state lasts the session. */
  saved?: { storage: StateStorage | undefined; key: string };
}

export type StateStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY_PREFIX = 'lapkin:workbook-state:';

/**
 * The key a workbook's state is kept under: its file name and its sheet names, hashed (FNV-1a), so the same
 * workbook opened again next week finds its mapping, and a different workbook of the same name does not.
 */
export function workbookStateKey(fileName: string, grids: readonly Pick<Grid, 'name'>[]): string {
  const text = [fileName, ...grids.map((g) => g.name)].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${KEY_PREFIX}${hash.toString(16).padStart(8, '0')}`;
}

/** The browser's localStorage, or undefined where the page may not use it (a sandbox, privacy settings). */
export function browserStorage(): StateStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function readStored(saved: FileHostOptions['saved']): string | undefined {
  try {
    return saved?.storage?.getItem(saved.key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function createFileHost({ worker, grids, onSelect, onReport, saved }: FileHostOptions): WorkbookHost {
  // Kept as JSON, as a workbook would keep it, so the pane never shares objects with its saved state.
  let stored = readStored(saved);
  return {
    async readGrids() {
      return grids;
    },
    async loadState() {
      if (stored === undefined) return undefined;
      try {
        return JSON.parse(stored) as SavedState;
      } catch {
        return undefined; // a damaged entry is as good as none: the pane detects the mapping again
      }
    },
    async saveState(state) {
      stored = JSON.stringify(state);
      try {
        saved?.storage?.setItem(saved.key, stored);
      } catch {
        // Storage full or refused: the state still lasts the session.
      }
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
