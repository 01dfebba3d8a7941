/** Saved state as the ribbon and the pane read it back from the workbook's document settings. */
import { parseStoredState } from '../../src/excel/state-store';
import { categorize } from '../../src/domain/indicators/category';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

const stored = (state: unknown) => JSON.stringify({ version: 1, state });

describe('parseStoredState', () => {
  it('restores the lowest band after JSON turned its -Infinity into null, so a negative capaian still has a category', () => {
    const saved = parseStoredState(stored({ settings: { negativeFormula: 'T/R', categoryBands: DEFAULT_SETTINGS.categoryBands } }));
    const bands = saved?.settings?.categoryBands ?? [];
    expect(bands[bands.length - 1]).toEqual({ min: -Infinity, label: 'Sangat Rendah' });
    expect(categorize(-50, bands)).toBe('Sangat Rendah');
    expect(saved?.settings?.negativeFormula).toBe('T/R');
    expect(saved?.settings?.lang).toBe('id');
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 2, state: {} })],
    ['a mapping without sheets', stored({ mapping: { version: 1 } })],
    ['settings that are not an object', stored({ settings: 'en' })],
  ])('ignores %s', (_label, raw) => expect(parseStoredState(raw)).toBeUndefined());

  it('keeps a state without settings as it is', () => {
    const mapping = { version: 1, sheets: [{ sheet: 'T3.1', kind: 'tabel-3.1', columns: [] }] };
    expect(parseStoredState(stored({ mapping }))).toEqual({ mapping });
  });
});
