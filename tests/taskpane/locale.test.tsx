/** @jest-environment jsdom */
/**
 * The pane's numbers read the Indonesian way whatever the computer's regional setting: with the default locale made
 * English (toLocaleString and Intl.NumberFormat without a locale give en-US, the browser says en-US), every figure the
 * pane shows still groups with "." and marks decimals with ",". A number formatted with the default locale anywhere in
 * the pane would read 1,500,000,000 or 25.00 here and fail.
 */
import './setup';
import { screen, within } from '@testing-library/react';
import { renderPane } from './render-pane';
import { withEnglishDefaultLocale } from '../fixtures/english-locale';

withEnglishDefaultLocale();

describe('the pane under an English regional setting', () => {
  it('is really English by default in this test', () => {
    expect((1500000000).toLocaleString()).toBe('1,500,000,000');
    expect(new Intl.NumberFormat().format(25.5)).toBe('25.5');
  });

  it('shows the recomputed totals, the capaian and the chart the Indonesian way', async () => {
    const { user } = await renderPane();
    await user.click(screen.getByTestId('run-recalc'));
    const summary = await screen.findByTestId('summary');
    expect(within(summary).getByTestId('summary-pagu')).toHaveTextContent('Rp 1.500.000.000');
    expect(within(summary).getByTestId('summary-realisasi')).toHaveTextContent('Rp 375.000.000');
    expect(within(summary).getByTestId('summary-capaian')).toHaveTextContent('25,00 %');
    expect(within(summary).getByRole('img')).toHaveAccessibleName(/25,49 %.*24,61 %/);
    // Everything the pane writes itself (the findings quote the planner's own cells, "Rp. 2,100,000", as typed).
    const shown = (summary.textContent ?? '') + screen.getAllByRole('heading').map((h) => h.textContent).join(' ');
    expect(shown).not.toMatch(/\d,\d{3}\b/);
    expect(shown).not.toMatch(/\d\.\d{1,2} ?%/);
  });
});
