/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { WorkbookMapping } from '../../src/domain/mapping/types';
import { createMemoryHost } from '../../src/taskpane/memory-host';
import { listedFindings, renderPane } from './render-pane';
import { seedGrids } from './seed';

async function openSheet(user: UserEvent, sheet: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('tab', { name: 'Pemetaan' }));
  const item = screen.getAllByTestId('sheet-mapping').find((el) => el.dataset.sheet === sheet);
  if (!item) throw new Error(`${sheet} not listed`);
  await user.click(within(item).getByRole('button', { name: new RegExp(sheet) }));
  return item;
}

function lastSavedMapping(saved: { mapping?: WorkbookMapping }[]): WorkbookMapping {
  const m = saved[saved.length - 1]?.mapping;
  if (!m) throw new Error('nothing saved');
  return m;
}

describe('mapping editor', () => {
  it('shows the detected sheets with their kinds and the period', async () => {
    const { user } = await renderPane();
    expect(screen.getByTestId('period')).toHaveTextContent('Triwulan I Tahun 2024 · 3 sheet terbaca');
    await user.click(screen.getByRole('tab', { name: 'Pemetaan' }));
    const kinds = screen.getAllByTestId('sheet-mapping').map((el) => `${el.dataset.sheet}=${el.dataset.kind}`);
    expect(kinds).toEqual(['Tabel 3.1=tabel-3.1', 'Tabel 3.2=detail', 'Capaian PK=capaian-pk']);
  });

  it('re-runs detection with a corrected sheet kind and saves the mapping in the workbook', async () => {
    const { user, host, core } = await renderPane();
    const item = await openSheet(user, 'Tabel 3.2');
    await user.selectOptions(within(item).getByLabelText('Jenis sheet'), 'unknown');
    await waitFor(() => expect(host.log.saved).toHaveLength(1));
    const saved = lastSavedMapping(host.log.saved);
    expect(saved.sheets.find((s) => s.sheet === 'Tabel 3.2')?.kind).toBe('unknown');
    expect(core.calls[core.calls.length - 1].mapping).toEqual(saved);
    expect(await screen.findByTestId('mapping-saved')).toHaveTextContent('Pemetaan disimpan di workbook.');
    // The sheet is left alone now: its malformed amounts are no longer findings.
    await user.click(screen.getByRole('tab', { name: 'Temuan' }));
    await user.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(listedFindings().length).toBeGreaterThan(0));
    expect(listedFindings().filter((f) => f.startsWith('Tabel 3.2!'))).toEqual([]);
  });

  it('re-runs detection with a corrected column role and saves it', async () => {
    const { user, host, core } = await renderPane();
    const item = await openSheet(user, 'Tabel 3.1');
    const column = within(item).getByLabelText('Kolom D — Realisasi Triwulan I Tahun 2024');
    expect(column).toHaveValue('realisasi');
    await user.selectOptions(column, 'ignore');
    await waitFor(() => expect(host.log.saved).toHaveLength(1));
    const d = lastSavedMapping(host.log.saved).sheets[0].columns.find((c) => c.column === 'D');
    expect(d).toEqual({ column: 'D', role: 'ignore', header: 'Realisasi Triwulan I Tahun 2024' });
    expect(core.calls[core.calls.length - 1].mapping?.sheets[0].columns.find((c) => c.column === 'D')?.role).toBe('ignore');
    await user.click(screen.getByRole('tab', { name: 'Temuan' }));
    await user.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(listedFindings().length).toBeGreaterThan(0));
    expect(listedFindings()).not.toContain('Tabel 3.1!D17 number-format error');
  });

  it('moves the header row, and the first data row with it', async () => {
    const { user, host } = await renderPane();
    const item = await openSheet(user, 'Tabel 3.1');
    const field = within(item).getByLabelText('Baris judul kolom');
    expect(field).toHaveValue(3);
    await user.clear(field);
    await user.type(field, '4{Enter}');
    await waitFor(() => expect(host.log.saved).toHaveLength(1));
    const t31 = lastSavedMapping(host.log.saved).sheets[0];
    expect([t31.headerRow, t31.firstDataRow]).toEqual([4, 5]);
  });

  it('refuses a header row outside the sheet and saves nothing', async () => {
    const { user, host } = await renderPane();
    const item = await openSheet(user, 'Tabel 3.1');
    const field = within(item).getByLabelText('Baris judul kolom');
    await user.clear(field);
    await user.type(field, '99{Enter}');
    expect(within(item).getByText('Bukan angka yang sah')).toBeInTheDocument();
    await user.tab();
    expect(host.log.saved).toHaveLength(0);
  });

  it('opens with the mapping saved in the workbook', async () => {
    const saved: WorkbookMapping = {
      version: 1,
      sheets: [
        { sheet: 'Tabel 3.1', kind: 'unknown', columns: [] },
        { sheet: 'Tabel 3.2', kind: 'unknown', columns: [] },
        { sheet: 'Capaian PK', kind: 'unknown', columns: [] },
      ],
    };
    const { user, core } = await renderPane({ host: createMemoryHost(seedGrids(), { mapping: saved }) });
    expect(core.calls[0].mapping).toEqual(saved);
    await user.click(screen.getByTestId('run-check'));
    expect(await screen.findByTestId('no-findings')).toBeInTheDocument();
  });
});
