/** capaian-undefined: a PK capaian that cannot be computed, and why (rules/indicators/check.ts). */
import { SEED_PK_LINES, type PkLine } from '../indicators/pk-fixture';
import { levelLine, runIndicators } from './indicator-cases';

describe('capaian-undefined on the seed PK table (section 3.4)', () => {
  const { results, findings } = runIndicators(SEED_PK_LINES);

  test('Indeks Kepuasan masyarakat has no realisasi: a note on its blank cell', () => {
    expect(findings.filter((f) => f.rule === 'capaian-undefined').map((f) => [f.severity, f.cell, f.expected, f.actual])).toEqual([['info', 'G13', undefined, '']]);
  });

  test('an undefined capaian says why, in the run language', () => {
    const idResult = results.find((r) => r.source.row === 13);
    expect(idResult?.undefinedReason).toBe('capaian tidak dapat dihitung: realisasi kosong');
    expect(findings.find((f) => f.rule === 'capaian-undefined')?.message).toBe('Indikator "Indeks Kepuasan masyarakat": capaian tidak dapat dihitung: realisasi kosong');
    const en = runIndicators(SEED_PK_LINES, { lang: 'en' });
    expect(en.results.find((r) => r.source.row === 13)?.undefinedReason).toBe('capaian cannot be computed: the realisasi is blank');
  });
});

describe('capaian-undefined and unreadable cells', () => {
  const line = levelLine;
  // [what, line, finding [rule, severity, cell] or null, undefinedReason]
  const cases: [string, PkLine, [string, string, string][], string | undefined][] = [
    ['target 0', line({ target: '0' }), [['capaian-undefined', 'info', 'F8']], 'capaian tidak dapat dihitung: target 0 (tidak dapat dibagi dengan nol)'],
    ['target "-" (zero)', line({ target: '-' }), [['capaian-undefined', 'info', 'F8']], 'capaian tidak dapat dihitung: target 0 (tidak dapat dibagi dengan nol)'],
    ['target blank', line({ target: null }), [['capaian-undefined', 'info', 'F8']], 'capaian tidak dapat dihitung: target kosong'],
    ['realisasi unreadable: one number-format error, no second finding', line({ realisasi: '40,6,7' }), [['number-format', 'error', 'G8']], 'capaian tidak dapat dihitung: realisasi tidak terbaca sebagai angka'],
    ['stated capaian unreadable: not compared', line({ capaian: '9O%' }), [['number-format', 'error', 'H8']], undefined],
    ['Level T 45, R 40,67, stated 90,38: agrees', line({}), [], undefined],
  ];
  test.each(cases)('%s', (_what, l, expected, reason) => {
    const { built, results, findings } = runIndicators([l]);
    const all = [...built.findings, ...findings];
    expect(all.map((f) => [f.rule, f.severity, f.cell])).toEqual(expected);
    expect(results[0].undefinedReason).toBe(reason);
  });

  test('empty-string cells (as exceljs writes blank text) read as blank', () => {
    const { findings } = runIndicators([line({ capaian: '' }), line({ realisasi: '', capaian: '' })]);
    expect(findings.map((f) => [f.rule, f.cell, f.expected])).toEqual([
      ['missing-value', 'H8', '90,38'],
      ['capaian-undefined', 'G9', undefined],
    ]);
  });
});

