/** @jest-environment jsdom */
import './setup';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { screen, waitFor, within } from '@testing-library/react';
import type { Grid } from '../../src/domain/grid/grid';
import type { WorkbookMapping } from '../../src/domain/mapping/types';
import { createMemoryHost } from '../../src/taskpane/memory-host';
import { realCore } from '../../src/taskpane/real-core';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { renderPane } from './render-pane';

/** The corpus workbook whose Tabel 3.1 hides its Anggaran Murni (C) and its "Realisasi s.d. TW I" (E). */
const HIDDEN_COLUMNS = path.join(__dirname, '..', 'fixtures', 'layouts', 'layout-hidden-columns.xlsx');
const SHEET = 'Realisasi TW II';

async function openSheet(grids: Grid[], saved?: WorkbookMapping, lang: 'id' | 'en' = 'id') {
  const host = createMemoryHost(grids, saved ? { mapping: saved } : lang === 'en' ? { settings: { lang: 'en' } } : undefined);
  const pane = await renderPane({ host, core: realCore });
  await pane.user.click(screen.getByRole('tab', { name: lang === 'en' ? 'Mapping' : 'Pemetaan' }));
  const item = screen.getAllByTestId('sheet-mapping').find((el) => el.dataset.sheet === SHEET);
  if (!item) throw new Error(`${SHEET} not listed`);
  await pane.user.click(within(item).getByRole('button', { name: new RegExp(SHEET) }));
  return { ...pane, item };
}

function hiddenColumns(item: HTMLElement): string[] {
  return within(item)
    .getAllByTestId('column-role')
    .filter((el) => el.dataset.hidden === 'true')
    .map((el) => el.dataset.column ?? '');
}

describe('Pemetaan marks the columns the sheet hides', () => {
  let grids: Grid[];
  beforeAll(async () => {
    // jsdom has no TextDecoder; the .xlsx reader (run here as the CLI runs it) needs Node's.
    Object.assign(globalThis, { TextDecoder });
    grids = await readWorkbook(HIDDEN_COLUMNS);
  });

  it('names a hidden column in its label, in words a screen reader reads', async () => {
    const { item } = await openSheet(grids);
    expect(hiddenColumns(item)).toEqual(['C', 'E']);
    const e = within(item).getByLabelText('Kolom E — Realisasi s.d. TW I (kolom tersembunyi)');
    expect(e).toHaveValue('ignore');
    expect(within(item).getByLabelText('Kolom C — Anggaran Murni (kolom tersembunyi)')).toHaveValue('paguMurni');
    // A visible column carries no mark.
    expect(within(item).getByLabelText('Kolom F — Realisasi s.d. TW II')).toHaveValue('realisasi');
  });

  it('marks them from the sheet for a saved mapping written before the mark existed, and keeps the mark on an edit', async () => {
    const saved: WorkbookMapping = {
      version: 1,
      sheets: [
        {
          sheet: SHEET,
          kind: 'tabel-3.1',
          headerRow: 4,
          firstDataRow: 5,
          columns: [
            { column: 'A', role: 'kode', header: 'Kode' },
            { column: 'B', role: 'uraian', header: 'Program/Kegiatan/Sub Kegiatan' },
            { column: 'D', role: 'pagu', header: 'Pagu' },
            { column: 'E', role: 'realisasi', header: 'Realisasi s.d. TW I' },
            { column: 'G', role: 'capaian', header: '%' },
          ],
        },
      ],
    };
    const { item, user, host } = await openSheet(grids, saved);
    expect(hiddenColumns(item)).toEqual(['C', 'E']);
    await user.selectOptions(within(item).getByLabelText('Kolom E — Realisasi s.d. TW I (kolom tersembunyi)'), 'ignore');
    await waitFor(() => expect(host.log.saved.length).toBeGreaterThan(0));
    const columns = host.log.saved[host.log.saved.length - 1].mapping?.sheets[0].columns ?? [];
    expect(columns.find((c) => c.column === 'E')).toEqual({ column: 'E', role: 'ignore', header: 'Realisasi s.d. TW I', hidden: true });
  });
});
