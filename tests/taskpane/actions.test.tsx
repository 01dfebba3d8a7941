/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import type { Grid } from '../../src/domain/grid/grid';
import type { WorkbookHost, WrittenSheet } from '../../src/domain/ports';
import type { SheetPlan } from '../../src/domain/report/sheet-plan';
import { createMemoryHost } from '../../src/taskpane/memory-host';
import { createFakeCore } from './fake-core';
import { renderPane } from './render-pane';
import { seedGrids } from './seed';

describe('Hitung Ulang Tabel 3.1 and Buat Sheet Laporan', () => {
  it.each([
    ['run-recalc', ['tabel-3.1'], 'Tabel 3.1 dihitung ulang: 1 sheet ditulis.'],
    ['run-report', ['tabel-3.1', 'capaian-pk', 'temuan'], 'Laporan dibuat: 3 sheet ditulis.'],
  ])('%s writes the plans of kinds %j and says so', async (button, kinds, announced) => {
    const { user, host } = await renderPane();
    await user.click(screen.getByTestId(button));
    await screen.findByTestId('summary');
    expect(host.log.written).toHaveLength(1);
    expect(host.log.written[0].map((p) => p.kind)).toEqual(kinds);
    expect(screen.getByTestId('live-region')).toHaveTextContent(announced);
  });

  it('summarises the seed’s Tabel 3.1 totals, the findings and a bar per program', async () => {
    const { user } = await renderPane();
    await user.click(screen.getByTestId('run-recalc'));
    const summary = await screen.findByTestId('summary');
    // Programs 4.01.01 and 4.01.02 of the seed: 661.473.673 + 838.526.327 pagu, 168.615.100 + 206.384.900 realisasi.
    expect(within(summary).getByTestId('summary-pagu')).toHaveTextContent('Rp 1.500.000.000');
    expect(within(summary).getByTestId('summary-realisasi')).toHaveTextContent('Rp 375.000.000');
    expect(within(summary).getByTestId('summary-capaian')).toHaveTextContent('25,00 %');
    expect(within(summary).getByTestId('summary-findings')).toHaveTextContent('5');
    expect(within(summary).getByText(/Sheet ditulis: Tabel 3.1 \(Lapkin\)/)).toBeInTheDocument();
    const chart = within(summary).getByRole('img');
    expect(within(chart).getAllByTestId('chart-bar')).toHaveLength(2);
    expect(chart).toHaveAccessibleName(/4\.01\.01 Program penunjang urusan pemerintahan: 25,49 %/);
    expect(chart).toHaveAccessibleName(/4\.01\.02 Program Penataan Organisasi: 24,61 %/);
  });

  it('shows a progress bar while rows are written, saying it counts rows', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const memory = createMemoryHost(seedGrids());
    const host: WorkbookHost = {
      ...memory,
      async writePlans(plans: SheetPlan[], onProgress?: (d: number, t: number) => void): Promise<WrittenSheet[]> {
        // Office's writer reports rows written of all the plans' rows.
        onProgress?.(102, 1620);
        await gate;
        onProgress?.(1620, 1620);
        return plans.map((p) => ({ name: p.name, kind: p.kind }));
      },
    };
    const { user } = await renderPane({ host });
    await user.click(screen.getByTestId('run-report'));
    expect(await screen.findByText('Menulis baris 102 dari 1.620')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByTestId('run-check')).toBeDisabled();
    release();
    await screen.findByTestId('summary');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByTestId('run-check')).toBeEnabled();
  });

  it('warns instead of writing when no sheet is a Tabel 3.1', async () => {
    const grids = seedGrids().slice(1);
    const { user, host } = await renderPane({ host: createMemoryHost(grids) });
    await user.click(screen.getByTestId('run-recalc'));
    expect(await screen.findByTestId('error-bar')).toHaveTextContent('Tidak ada sheet Tabel 3.1');
    expect(host.log.written).toHaveLength(0);
  });
});

type Failing = 'readGrids' | 'loadState' | 'writePlans' | 'selectCell' | 'saveState';

function failingHost(method: Failing, message: string): WorkbookHost {
  const host = createMemoryHost(seedGrids());
  return { ...host, [method]: () => Promise.reject(new Error(message)) };
}

describe('host errors reach the planner', () => {
  it.each<[Failing, string, string]>([
    ['loadState', 'Gagal membaca workbook', 'Excel tidak merespons'],
    ['readGrids', 'Gagal membaca workbook', 'RichApi.Error: The request payload size has exceeded the limit'],
  ])('%s failing at open shows "%s" with the host’s message', async (method, title, message) => {
    await renderPane({ host: failingHost(method, message), waitReady: false });
    const bar = await screen.findByTestId('error-bar');
    expect(bar).toHaveTextContent(title);
    expect(bar).toHaveTextContent(message);
    expect(screen.getByTestId('run-check')).toBeDisabled();
  });

  it.each<[Failing, string, string]>([
    ['writePlans', 'Gagal menulis sheet laporan', 'Sheet dilindungi'],
    ['selectCell', 'Gagal memilih sel', 'Sheet "Tabel 3.1" tersembunyi'],
    ['saveState', 'Gagal menyimpan ke workbook', 'Workbook hanya-baca'],
  ])('%s failing shows "%s" with the host’s message, dismissible', async (method, title, message) => {
    const { user } = await renderPane({ host: failingHost(method, message) });
    if (method === 'writePlans') await user.click(screen.getByTestId('run-report'));
    if (method === 'selectCell') {
      await user.click(screen.getByTestId('run-check'));
      await user.click((await screen.findAllByTestId('finding'))[0]);
    }
    if (method === 'saveState') {
      await user.click(screen.getByRole('tab', { name: 'Pengaturan' }));
      await user.selectOptions(screen.getByLabelText('Rumus capaian indikator negatif'), 'T/R');
    }
    const bar = await screen.findByTestId('error-bar');
    expect(bar).toHaveTextContent(title);
    expect(bar).toHaveTextContent(message);
    await user.click(within(bar).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(screen.queryByTestId('error-bar')).not.toBeInTheDocument());
  });

  it('a core failure is shown too, not a blank pane', async () => {
    const core = createFakeCore();
    const broken = {
      ...core,
      analyzeWorkbook: (_grids: Grid[]) => {
        throw new Error('analyzeWorkbook belum tersedia');
      },
    };
    await renderPane({ core: broken });
    const bar = await screen.findByTestId('error-bar');
    expect(bar).toHaveTextContent('Pemeriksaan gagal');
    expect(bar).toHaveTextContent('analyzeWorkbook belum tersedia');
  });
});
