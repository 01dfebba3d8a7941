/** @jest-environment jsdom */
/**
 * "Sheet tidak diperiksa" in the task pane: the advice is the pane's own (open the Pemetaan / Mapping tab), never a
 * command line to run; and a DPA sheet whose figures the settlement reads as a witness gets no such note. The pane
 * runs the real core over a memory host holding a small unit's workbook (Tabel 3.1, detail table, Rencana Kerja, a
 * DPA sheet) plus a recap sheet Lapkin cannot map.
 */
import './setup';
import { screen, waitFor } from '@testing-library/react';
import type { Grid } from '../../src/domain/grid/grid';
import type { Lang } from '../../src/domain/settings';
import { createMemoryHost } from '../../src/taskpane/memory-host';
import { realCore } from '../../src/taskpane/real-core';
import { gridOf } from '../mapping/grid-builder';
import { rp } from '../rules/mapping-cases';
import { workbook } from '../settle/workbook';
import { renderPane } from './render-pane';

const REKAP: Grid = { ...gridOf('Rekap', [
  ['Rekap Belanja'],
  ['Nama', 'Jumlah', 'Keterangan'],
  ['Belanja ATK', rp(1_500_000), 'Triwulan I'],
  ['Belanja Modal', rp(2_500_000), 'Triwulan I'],
  ['Total', rp(4_000_000), ''],
]), index: 5 };

describe.each<[Lang, RegExp, string]>([
  ['id', /Buka tab Pemetaan untuk memetakannya/, '1 sheet tidak diperiksa'],
  ['en', /Open the Mapping tab to map it/, '1 sheet not checked'],
])('the pane in %s', (lang, advice, count) => {
  it('words the advice for the pane, and leaves the DPA sheet read as a witness alone', async () => {
    const host = createMemoryHost([...workbook({}, { dpa: 'sheet', pk: true }), REKAP], { settings: { lang } });
    const { user } = await renderPane({ host, core: realCore });
    await user.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(screen.getByTestId('not-checked-count')).toHaveTextContent(count));
    const notes = screen.getAllByTestId('finding').filter((el) => el.dataset.rule === 'sheet-not-checked');
    expect(notes.map((el) => el.dataset.sheet)).toEqual(['Rekap']);
    expect(notes[0]).toHaveTextContent(advice);
    expect(notes[0].textContent).not.toMatch(/lapkin map|lapkin check|--mapping/);
  });
});

describe.each<[Lang, string]>([
  ['id', 'Ubah di tab Pemetaan bila keliru.'],
  ['en', 'Change it in the Mapping tab if wrong.'],
])('a column-choice finding in the pane (%s)', (lang, advice) => {
  it('ends with the pane\'s own advice', async () => {
    const { render } = await import('@testing-library/react');
    const { FindingItem } = await import('../../src/taskpane/components/FindingItem');
    const { STRINGS } = await import('../../src/taskpane/strings');
    const finding = { rule: 'column-choice' as const, severity: 'info' as const, sheet: 'Tabel 3.1', cell: 'D2', message: "Pagu dibaca dari kolom D ('Pagu Perubahan').", advice: 'change-mapping' as const };
    render(<FindingItem finding={finding} lang={lang} strings={STRINGS[lang]} onSelect={() => undefined} />);
    expect(screen.getByTestId('finding')).toHaveTextContent(`Pagu dibaca dari kolom D ('Pagu Perubahan'). ${advice}`);
  });
});
