/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { listedFindings, renderPane } from './render-pane';

// The seed's own faults, as the fake core reads them from the seed tables.
const SEED_FINDINGS = [
  'Tabel 3.1!E9 capaian-undefined info', // "-" capaian of Fasilitasi Penataan Kelembagaan Kab/kota
  'Tabel 3.1!E14 capaian-undefined info', // "-" capaian of Evaluasi pelaksanaan Budaya Kerja
  'Tabel 3.1!D17 number-format error', // JUMLAH realisasi typed "375.000.00"
  'Tabel 3.2!C8 separator-style warning', // "Rp. 2,100,000"
  'Tabel 3.2!D13 number-format error', // "Rp. 22.8000"
];

describe('Periksa', () => {
  it('lists nothing before the planner asks, then every finding with its data attributes', async () => {
    const { user } = await renderPane();
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
    expect(screen.getByText('Klik Periksa untuk menjalankan pemeriksaan.')).toBeInTheDocument();
    await user.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(listedFindings().sort()).toEqual([...SEED_FINDINGS].sort()));
    expect(screen.getByTestId('live-region')).toHaveTextContent('Pemeriksaan selesai: 5 temuan.');
  });

  it('groups by sheet, most severe rule first, with counts per group and per severity', async () => {
    const { user } = await renderPane();
    await user.click(screen.getByTestId('run-check'));
    const section = await screen.findByRole('region', { name: 'Tabel 3.1: 3 temuan' });
    const rules = within(section).getAllByTestId('rule-group').map((g) => g.dataset.rule);
    expect(rules).toEqual(['number-format', 'capaian-undefined']);
    expect(within(section).getByRole('heading', { level: 3, name: /Capaian tidak terdefinisi \(2\)/ })).toBeInTheDocument();
    const counts = screen.getByTestId('finding-counts');
    expect(counts).toHaveTextContent('Kesalahan: 2');
    expect(counts).toHaveTextContent('Peringatan: 1');
    expect(counts).toHaveTextContent('Info: 2');
  });

  it.each([
    ['severity', 'filter-severity', 'error', ['Tabel 3.1!D17 number-format error', 'Tabel 3.2!D13 number-format error']],
    ['severity', 'filter-severity', 'warning', ['Tabel 3.2!C8 separator-style warning']],
    ['sheet', 'filter-sheet', 'Tabel 3.2', ['Tabel 3.2!C8 separator-style warning', 'Tabel 3.2!D13 number-format error']],
  ])('filters by %s (%s = %s)', async (_what, testId, value, expected) => {
    const { user } = await renderPane();
    await user.click(screen.getByTestId('run-check'));
    await screen.findAllByTestId('finding');
    await user.selectOptions(screen.getByTestId(testId), value);
    expect(listedFindings().sort()).toEqual([...expected].sort());
  });

  it('selects the finding’s cell in Excel on click and on Enter', async () => {
    const { user, host } = await renderPane();
    await user.click(screen.getByTestId('run-check'));
    const d17 = (await screen.findAllByTestId('finding')).find((el) => el.dataset.cell === 'D17');
    if (!d17) throw new Error('D17 not listed');
    await user.click(d17);
    const c8 = screen.getAllByTestId('finding').find((el) => el.dataset.cell === 'C8');
    if (!c8) throw new Error('C8 not listed');
    c8.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(host.log.selected).toEqual([
        { sheet: 'Tabel 3.1', cell: 'D17' },
        { sheet: 'Tabel 3.2', cell: 'C8' },
      ]),
    );
  });

  it('reads the workbook again on each check, so a fixed cell stops being a finding', async () => {
    const { user, host } = await renderPane();
    await user.click(screen.getByTestId('run-check'));
    await screen.findAllByTestId('finding');
    const grids = await host.readGrids();
    const t31 = grids[0];
    t31.rows[16][3] = { value: 375000000, numberFormat: '#,##0' };
    host.setGrids(grids);
    await user.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(listedFindings()).not.toContain('Tabel 3.1!D17 number-format error'));
    expect(listedFindings()).toHaveLength(4);
  });

  it('says so when there is nothing to find', async () => {
    const { user, host } = await renderPane();
    const grids = await host.readGrids();
    host.setGrids([grids[2]]); // the PK sheet alone: the fake checks no amounts there
    await act(async () => fireEvent.click(screen.getByTestId('run-check')));
    expect(await screen.findByTestId('no-findings')).toHaveTextContent('Tidak ada temuan');
    await user.click(screen.getByTestId('run-check'));
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  });
});

describe('sheets not checked', () => {
  it.each([
    ['id', '2 sheet tidak diperiksa'],
    ['en', '2 sheets not checked'],
  ] as const)('the findings panel says how many sheets were not checked (%s)', async (lang, words) => {
    const { render } = await import('@testing-library/react');
    const { FindingsPanel } = await import('../../src/taskpane/components/FindingsPanel');
    const { STRINGS } = await import('../../src/taskpane/strings');
    const { FACE_STRINGS } = await import('../../src/taskpane/face-strings');
    const note = (sheet: string) => ({ rule: 'sheet-not-checked' as const, severity: 'warning' as const, sheet, cell: 'A1', message: 'tidak diperiksa' });
    const findings = [note('Rekap'), note('Rekap'), note('Anggaran Bidang'), { rule: 'sum-mismatch' as const, severity: 'error' as const, sheet: 'Tabel 3.1', cell: 'C5', message: 'x' }];
    render(<FindingsPanel findings={findings} checked lang={lang} strings={STRINGS[lang]} face={FACE_STRINGS[lang]} onSelect={() => undefined} />);
    expect(screen.getByTestId('not-checked-count')).toHaveTextContent(words);
  });

  it('says nothing of it when every sheet was checked', async () => {
    const { user } = await renderPane();
    await user.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(listedFindings()).toHaveLength(SEED_FINDINGS.length));
    expect(screen.queryByTestId('not-checked-count')).toBeNull();
  });
});
