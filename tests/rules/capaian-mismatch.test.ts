/** capaian-mismatch: a stated PK capaian against the one recomputed from target, realisasi and polarity (rules/indicators/check.ts). */
import fc from 'fast-check';
import type { SheetMapping } from '../../src/domain/mapping/types';
import { formatPercent } from '../../src/domain/parse/format';
import type { Lang } from '../../src/domain/settings';
import { PK_SHEET, SEED_PK_LINES, type PkLine } from '../indicators/pk-fixture';
import { runIndicators } from './indicator-cases';

describe('capaian-mismatch on the seed PK table (section 3.4)', () => {
  test('the seed\'s two stated capaian that disagree', () => {
    const { findings } = runIndicators(SEED_PK_LINES);
    expect(findings.filter((f) => f.rule === 'capaian-mismatch').map((f) => [f.severity, f.sheet, f.cell, f.expected, f.actual])).toEqual([
      ['error', 'Capaian PK', 'H10', '0,00', '100%'], // Anjab Provinsi: T 96,96 %, R 0 %, capaian 100 %
      ['error', 'Capaian PK', 'H11', '13,36', '100%'], // Anjab Kabupaten/Kota: R 13.36 %, capaian 100 %
    ]);
  });

  test.each([
    ['id', 'H11', 'Capaian "Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja pada Kabupaten /Kota" tertulis 100 %, padahal R / T × 100 dengan T 100 dan R 13,36 menghasilkan 13,36 %'],
    ['en', 'H10', 'Capaian of "Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja Perangkat Daerah Lingkup…" is stated as 100 %, but R / T × 100 with T 96,96 and R 0 gives 0,00 %'],
  ] as [Lang, string, string][])('%s message at %s', (lang, cell, message) => {
    expect(runIndicators(SEED_PK_LINES, { lang }).findings.find((f) => f.cell === cell)?.message).toBe(message);
  });

});

describe('capaian-mismatch with negative polarity', () => {
  const sheet: SheetMapping = { ...PK_SHEET, columns: [...PK_SHEET.columns, { column: 'J', role: 'polaritas' }] };
  const neg = (target: string, realisasi: string, capaian: string | null): PkLine => ({
    indikator: 'Persentase temuan BPK yang belum ditindaklanjuti',
    polaritas: 'Negatif',
    target,
    realisasi,
    capaian,
  });
  // [what, line, negative formula, capaian, kategori, finding [rule, expected] or null]
  const cases: [string, PkLine, '2T-R' | 'T/R', number, string, [string, string] | null][] = [
    ['T 8, R 9, (2T − R)/T, stated 87,5', neg('8', '9', '87,5'), '2T-R', 87.5, 'Tinggi', null],
    ['T 8, R 9, T/R, stated 87,5', neg('8', '9', '87,5'), 'T/R', 88.888889, 'Tinggi', ['capaian-mismatch', '88,89']],
    ['T 8, R 9, T/R, stated 88,88 (truncated)', neg('8', '9', '88,88'), 'T/R', 88.888889, 'Tinggi', null],
    ['T 10, R 25, capaian blank', neg('10', '25', null), '2T-R', -50, 'Sangat Rendah', ['missing-value', '-50,00']],
    ['T 10, R 25, stated 0 (capped by hand)', neg('10', '25', '0'), '2T-R', -50, 'Sangat Rendah', ['capaian-mismatch', '-50,00']],
    ['T 10, R 5, stated 150', neg('10', '5', '150'), '2T-R', 150, 'Sangat Tinggi', null],
  ];
  test.each(cases)('%s', (_what, line, negativeFormula, capaian, kategori, finding) => {
    const { results, findings } = runIndicators([line], { negativeFormula }, sheet);
    expect(results[0].source.polaritas).toBe('negatif');
    expect(results[0].capaian).toBeCloseTo(capaian, 5);
    expect(results[0].kategori).toBe(kategori);
    expect(findings.map((f) => [f.rule, f.expected])).toEqual(finding ? [finding] : []);
  });

  test('the message names the polarity and the formula in force', () => {
    const { findings } = runIndicators([neg('8', '9', '87,5')], { negativeFormula: 'T/R' }, sheet);
    expect(findings[0].message).toBe(
      'Capaian "Persentase temuan BPK yang belum ditindaklanjuti" tertulis 87,5 %, padahal polaritas negatif, T / R × 100 dengan T 8 dan R 9 menghasilkan 88,89 %',
    );
  });
});

describe('capaian-mismatch: properties', () => {
  const hundredths = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => n / 100);

  test('a capaian stated as R / T × 100 to two decimals, typed the Indonesian way, never mismatches', () => {
    fc.assert(
      fc.property(hundredths(1, 100_000), hundredths(0, 200_000), (t, r) => {
        const stated = `${formatPercent((r / t) * 100, 2)} %`;
        const { built, findings } = runIndicators([{ indikator: 'x', target: formatPercent(t, 2), realisasi: formatPercent(r, 2), capaian: stated }]);
        expect(built.findings).toEqual([]);
        expect(findings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test('a stated capaian off by more than a rounding step is always a mismatch', () => {
    fc.assert(
      fc.property(hundredths(1, 100_000), hundredths(0, 200_000), fc.integer({ min: 2, max: 5000 }), (t, r, offBy) => {
        const stated = formatPercent((r / t) * 100 + offBy / 100, 2);
        const { findings } = runIndicators([{ indikator: 'x', target: formatPercent(t, 2), realisasi: formatPercent(r, 2), capaian: stated }]);
        expect(findings.map((f) => f.rule)).toEqual(['capaian-mismatch']);
      }),
      { numRuns: 200 },
    );
  });
});
