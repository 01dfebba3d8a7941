/**
 * Report numbers read the Indonesian way whatever the computer's regional setting: with the process's default
 * locale made English (LANG, and Intl / toLocaleString defaulting to en-US), the text Lapkin writes into its sheets
 * (Catatan, legends) and the figures the task pane shows still group with "." and mark decimals with ",".
 */
import { buildReportPlans } from '../../src/domain/report/build-report';
import { formatPercent, formatRupiah } from '../../src/domain/parse/format';
import type { PlanCell } from '../../src/domain/report/sheet-plan';
import { seedAnalysis } from './fixtures/seed-analysis';

const original = { toLocaleString: Number.prototype.toLocaleString, NumberFormat: Intl.NumberFormat, lang: process.env.LANG };

beforeAll(() => {
  process.env.LANG = 'en_US.UTF-8';
  // Every call that leaves the locale to the default now gets en-US, as on a computer set to English.
  Number.prototype.toLocaleString = function toLocaleString(this: number, locales?: string | string[], options?: Intl.NumberFormatOptions): string {
    return original.toLocaleString.call(this, locales ?? 'en-US', options);
  };
  const English = function NumberFormat(locales?: string | string[], options?: Intl.NumberFormatOptions) {
    return new original.NumberFormat(locales ?? 'en-US', options);
  } as unknown as typeof Intl.NumberFormat;
  Intl.NumberFormat = English;
});

afterAll(() => {
  Number.prototype.toLocaleString = original.toLocaleString;
  Intl.NumberFormat = original.NumberFormat;
  process.env.LANG = original.lang;
});

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
});
