/**
 * The page keeps a workbook's mapping and settings in the browser, as the add-in keeps them in the workbook:
 * found again when the same workbook is opened later, not by another workbook, never holding a cell's value,
 * and never failing the pane when storage refuses.
 */
import type { Grid } from '../../src/domain/grid/grid';
import type { SavedState } from '../../src/domain/ports';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { createFileHost, workbookStateKey, type StateStorage } from '../../src/standalone/file-host';
import type { WorkbookWorker } from '../../src/standalone/worker-client';

const sheet = (name: string, value: string): Grid => ({ name, index: 0, originRow: 0, originCol: 0, merges: [], rows: [[{ value }]] });
const GRIDS = [sheet('T3.1 Realisasi', 'Rp. 1.500.000.000'), sheet('Capaian PK', 'Indeks Kepuasan')];
const STATE: SavedState = {
  mapping: { version: 1, period: { year: 2024, quarter: 1 }, sheets: [{ sheet: 'T3.1 Realisasi', kind: 'tabel-3.1', headerRow: 4, columns: {} }] },
  settings: { ...DEFAULT_SETTINGS, lang: 'en' },
} as SavedState;
/** What JSON keeps of it, as a workbook keeps it too (the pane's restoreSettings reads -Infinity back from null). */
const KEPT = JSON.parse(JSON.stringify(STATE)) as SavedState;

class MemoryStorage implements StateStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

function host(storage: StateStorage | undefined, fileName = 'laporan-tw1.xlsx', grids = GRIDS) {
  return createFileHost({
    worker: {} as WorkbookWorker,
    grids,
    onSelect: () => undefined,
    onReport: () => undefined,
    saved: { storage, key: workbookStateKey(fileName, grids) },
  });
}

describe('the page keeps the pane state per workbook', () => {
  it('finds the mapping and settings again when the same workbook is opened later', async () => {
    const storage = new MemoryStorage();
    await host(storage).saveState(STATE);
    expect(await host(storage).loadState()).toEqual(KEPT);
  });

  it('keys by file name and sheet names, so another workbook starts afresh', async () => {
    const storage = new MemoryStorage();
    await host(storage).saveState(STATE);
    expect(await host(storage, 'laporan-tw2.xlsx').loadState()).toBeUndefined();
    expect(await host(storage, 'laporan-tw1.xlsx', [GRIDS[0]]).loadState()).toBeUndefined();
    expect(workbookStateKey('a.xlsx', GRIDS)).toMatch(/^lapkin:workbook-state:[0-9a-f]{8}$/);
  });

  it('stores no cell of the workbook', async () => {
    const storage = new MemoryStorage();
    await host(storage).saveState(STATE);
    const kept = [...storage.items.values()].join('\n');
    expect(kept).not.toContain('1.500.000.000');
    expect(kept).not.toContain('Indeks Kepuasan');
  });

  it('lasts the session when storage refuses or holds a damaged entry', async () => {
    const refusing: StateStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const h = host(refusing);
    expect(await h.loadState()).toBeUndefined();
    await h.saveState(STATE);
    expect(await h.loadState()).toEqual(KEPT);

    const damaged = new MemoryStorage();
    damaged.setItem(workbookStateKey('laporan-tw1.xlsx', GRIDS), '{not json');
    expect(await host(damaged).loadState()).toBeUndefined();
    expect(await host(undefined).loadState()).toBeUndefined();
  });
});
