/** @jest-environment jsdom */
import './setup';
import { screen, waitFor } from '@testing-library/react';
import { renderPane } from './render-pane';

describe('settings', () => {
  it('switches every label to English, re-runs the check in English and saves the language', async () => {
    const { user, host, core } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Pengaturan' }));
    await user.selectOptions(screen.getByLabelText('Bahasa'), 'en');
    await waitFor(() => expect(screen.getByTestId('run-check')).toHaveTextContent('Check'));
    expect(screen.getByTestId('run-recalc')).toHaveTextContent('Recalculate Table 3.1');
    expect(screen.getByTestId('run-report')).toHaveTextContent('Build report sheets');
    expect(screen.getByRole('tab', { name: 'Findings' })).toBeInTheDocument();
    expect(screen.getByTestId('period')).toHaveTextContent('Quarter I 2024 · 3 sheets read');
    expect(host.log.saved[host.log.saved.length - 1].settings?.lang).toBe('en');
    expect(core.calls[core.calls.length - 1].settings?.lang).toBe('en');
    await user.click(screen.getByRole('tab', { name: 'Findings' }));
    await user.click(screen.getByTestId('run-check'));
    expect(await screen.findByText('Not a valid amount: 375.000.00')).toBeInTheDocument();
    expect(screen.getByTestId('live-region')).toHaveTextContent('Check finished: 5 findings.');
  });

  it.each([
    ['Rumus capaian indikator negatif', 'select', 'T/R', { negativeFormula: 'T/R' }],
    ['Toleransi persentase (poin)', 'type', '0,05', { percentTolerance: 0.05 }],
    ['Batas bawah Tinggi', 'type', '75', { bandTinggi: 75 }],
    ['Pagu menurut DPA', 'type', '4.01.02=838.526.327', { dpa: [{ kode: '4.01.02', pagu: 838_526_327 }] }],
  ])('"%s" (%s %s) is applied to the analysis and saved', async (label, how, value, expected) => {
    const { user, host, core } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Pengaturan' }));
    const field = screen.getByLabelText(label);
    if (how === 'select') await user.selectOptions(field, value);
    else {
      await user.clear(field);
      await user.type(field, `${value}{Enter}`);
    }
    await waitFor(() => expect(host.log.saved).toHaveLength(1));
    const saved = host.log.saved[0].settings ?? {};
    const used = core.calls[core.calls.length - 1].settings ?? {};
    for (const s of [saved, used]) {
      if ('negativeFormula' in expected) expect(s.negativeFormula).toBe(expected.negativeFormula);
      if ('percentTolerance' in expected) expect(s.percentTolerance).toBe(expected.percentTolerance);
      if ('dpa' in expected) expect(s.dpa).toEqual(expected.dpa);
      if ('bandTinggi' in expected) expect(s.categoryBands?.find((b) => b.label === 'Tinggi')?.min).toBe(expected.bandTinggi);
    }
    expect(await screen.findByTestId('settings-saved')).toHaveTextContent('Pengaturan disimpan di workbook.');
  });

  it('refuses a tolerance that is not a number', async () => {
    const { user, host } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Pengaturan' }));
    const field = screen.getByLabelText('Toleransi persentase (poin)');
    await user.clear(field);
    await user.type(field, '1.000,5{Enter}');
    expect(screen.getByText('Bukan angka yang sah')).toBeInTheDocument();
    expect(host.log.saved).toHaveLength(0);
  });
});
