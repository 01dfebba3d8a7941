/**
 * The mapping and settings saved inside the workbook (Office document settings travel with the file),
 * so the ribbon's one-click recalculation works after reopening, without the task pane.
 */
import type { SavedState } from '../domain/ports';
import { restoreSettings } from '../domain/settings';

/** The part of Office.Settings used here, so tests can hand in office-addin-mock's settings. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** Key in the document settings; versioned so a later format can migrate. */
export const STATE_KEY = 'lapkin.state';

interface StoredState {
  version: 1;
  state: SavedState;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A stored value we can trust: right version, and a mapping (if any) with a sheets list. Anything else is ignored. */
export function parseStoredState(raw: unknown): SavedState | undefined {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!isObject(value) || value.version !== 1 || !isObject(value.state)) return undefined;
  const state = value.state;
  if (state.mapping !== undefined && (!isObject(state.mapping) || !Array.isArray(state.mapping.sheets))) return undefined;
  if (state.settings !== undefined && !isObject(state.settings)) return undefined;
  const saved = state as SavedState;
  // Both the pane and the ribbon read through here, so the bands' -Infinity (null in JSON) is restored once for both.
  return saved.settings ? { ...saved, settings: restoreSettings(saved.settings) } : saved;
}

export function loadStateFrom(settings: DocumentSettings): SavedState | undefined {
  return parseStoredState(settings.get(STATE_KEY));
}

export function saveStateTo(settings: DocumentSettings, state: SavedState): Promise<void> {
  const stored: StoredState = { version: 1, state };
  // Stored as a JSON string: settings values must survive the round trip through the file unchanged.
  settings.set(STATE_KEY, JSON.stringify(stored));
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(result.error);
      else resolve();
    });
  });
}
