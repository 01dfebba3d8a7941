/**
 * Report numbers read the Indonesian way whatever the computer's regional setting: with the process's default
 * locale made English (LANG, and Intl / toLocaleString defaulting to en-US), the text Lapkin writes into its sheets
 * (Catatan, legends) and the figures the task pane shows still group with "." and mark decimals with ",".
 */
import { buildReportPlans } from '../../src/domain/report/build-report';
import { formatPercent, formatRupiah } from '../../src/domain/parse/format';
import type { PlanCell } from '../../src/domain/report/sheet-plan';
import { seedAnalysis } from './fixtures/seed-analysis';
import { withEnglishDefaultLocale } from '../fixtures/english-locale';

withEnglishDefaultLocale();

const texts = (cells: (PlanCell | null)[][]): string[] => cells.flat().flatMap((c) => (c?.kind === 'text' ? [c.text] : []));

describe('numbers under an English default locale', () => {
  it('is really English by default in this test', () => {
    expect((1499900000).toLocaleString()).toBe('1,499,900,000');
  });

  it('formats rupiah and percentages the Indonesian way, as the pane shows them', () => {
    expect(formatRupiah(1_499_900_000)).toBe('1.499.900.000');
    expect(`${formatPercent(37.775254)} %`).toBe('37,78 %');
  });

  it('writes the Tabel 3.1 Catatan and the Capaian PK legend the Indonesian way', () => {
    const plans = buildReportPlans(seedAnalysis());
    const t31 = texts(plans.find((p) => p.kind === 'tabel-3.1')?.rows ?? []).join('\n');
    expect(t31).toContain('hasil hitung ulang 1.499.900.000');
    expect(t31).toContain('padahal realisasi ÷ pagu = 37,78');
    expect(t31).not.toMatch(/\d,\d{3},\d{3}/);
    const pk = texts(plans.find((p) => p.kind === 'capaian-pk')?.rows ?? []);
    expect(pk).toContain('≥ 91');
    expect(pk.join('\n')).not.toMatch(/\d\.\d{2} ?%/);
  });

  it('gives every number cell of the report sheets a code whose separators are literals, not the computer\'s', () => {
    /** The code with its quoted text and escaped characters taken out: what is left draws with the computer's marks. */
    const bare = (code: string): string => code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
    const checked: string[] = [];
    for (const plan of buildReportPlans(seedAnalysis())) {
      for (const cell of plan.rows.flat()) {
        if (!cell || (cell.kind !== 'number' && cell.kind !== 'formula') || !cell.format || cell.format === 'General') continue;
        // A decimal that is neither whole nor a percentage names its value ([=76.5]"76,5";…): its first section draws it.
        const drawing = cell.numberKind ? cell.format : cell.format.split(';')[0];
        expect({ code: cell.format, bare: bare(drawing) }).toEqual({ code: cell.format, bare: expect.not.stringMatching(/[.,]/) as unknown as string });
        checked.push(cell.format);
      }
    }
    expect(new Set(checked).size).toBeGreaterThan(3);
  });
});
