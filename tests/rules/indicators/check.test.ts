import fc from 'fast-check';
import { buildIndicatorTable } from '../../../src/domain/indicators/build';
import type { SheetMapping } from '../../../src/domain/mapping/types';
import { formatPercent } from '../../../src/domain/parse/format';
import { checkIndicators } from '../../../src/domain/rules/indicators/check';
import { DEFAULT_SETTINGS, type Lang, type Settings } from '../../../src/domain/settings';
import { mappedRows, PK_SHEET, SEED_PK_LINES, type PkLine } from '../../indicators/pk-fixture';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

function run(lines: PkLine[], over: Partial<Settings> = {}, sheet: SheetMapping = PK_SHEET) {
  const s = settings(over);
  const built = buildIndicatorTable(sheet, mappedRows(lines), s.lang);
  return { built, ...checkIndicators(built.table, s) };
}

describe('checkIndicators on the seed PK table (section 3.4)', () => {
  const { results, findings } = run(SEED_PK_LINES);

  // The seed's faults, one line each: [rule, severity, cell, expected, actual]
  test('finds exactly the seed faults', () => {
    expect(findings.map((f) => [f.rule, f.severity, f.cell, f.expected, f.actual])).toEqual([
      ['missing-value', 'warning', 'H8', '37,35', ''], // Hasil Evaluasi Kelembagaan PD Provinsi: T 100 %, R 37,35
      ['missing-value', 'warning', 'H9', '0,00', ''], // Jumlah usulan … ditindaklanjuti: R "-"
      ['capaian-mismatch', 'error', 'H10', '0,00', '100%'], // Anjab Provinsi: T 96,96 %, R 0 %, capaian 100 %
      ['capaian-mismatch', 'error', 'H11', '13,36', '100%'], // Anjab Kabupaten/Kota: R 13.36 %, capaian 100 %
      ['missing-value', 'warning', 'H12', '0,00', ''], // Tatalaksana sesuai Regulasi: R "-"
      ['capaian-undefined', 'info', 'G13', undefined, ''], // Indeks Kepuasan masyarakat: R blank
    ]);
    expect(findings.every((f) => f.sheet === 'Capaian PK')).toBe(true);
  });

  // [row, recomputed capaian, kategori]
  const expected: [number, number | null, string | null][] = [
    [8, 37.35, 'Sangat Rendah'],
    [9, 0, 'Sangat Rendah'],
    [10, 0, 'Sangat Rendah'],
    [11, 13.36, 'Sangat Rendah'],
    [12, 0, 'Sangat Rendah'],
    [13, null, null],
    [14, 25.49, 'Sangat Rendah'],
    [15, 37.35, 'Sangat Rendah'],
    [16, 26, 'Sangat Rendah'],
    [17, 0, 'Sangat Rendah'], // Budaya Kerja 0 % / 0 %: agrees, Sangat Rendah
  ];
  test.each(expected)('row %p: capaian %p, %p', (row, capaian, kategori) => {
    const result = results.find((r) => r.source.row === row);
    if (capaian === null) expect(result?.capaian).toBeNull();
    else expect(result?.capaian).toBeCloseTo(capaian, 9);
    expect(result?.kategori).toBe(kategori);
  });

  test('an undefined capaian says why, in the run language', () => {
    const idResult = results.find((r) => r.source.row === 13);
    expect(idResult?.undefinedReason).toBe('capaian tidak dapat dihitung: realisasi kosong');
    expect(findings[5].message).toBe('Indikator "Indeks Kepuasan masyarakat": capaian tidak dapat dihitung: realisasi kosong');
    const en = run(SEED_PK_LINES, { lang: 'en' });
    expect(en.results.find((r) => r.source.row === 13)?.undefinedReason).toBe('capaian cannot be computed: the realisasi is blank');
  });

  test.each([
    ['id', 'H8', 'Capaian "Hasil Evaluasi Kelembagaan PD Provinsi" kosong; seharusnya 37,35 % (R / T × 100 dengan T 100 dan R 37,35)'],
    ['en', 'H8', 'Capaian of "Hasil Evaluasi Kelembagaan PD Provinsi" is blank; it should be 37,35 % (R / T × 100 with T 100 and R 37,35)'],
    ['id', 'H11', 'Capaian "Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja pada Kabupaten /Kota" tertulis 100 %, padahal R / T × 100 dengan T 100 dan R 13,36 menghasilkan 13,36 %'],
    ['en', 'H10', 'Capaian of "Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja Perangkat Daerah Lingkup…" is stated as 100 %, but R / T × 100 with T 96,96 and R 0 gives 0,00 %'],
  ] as [Lang, string, string][])('%s message at %s', (lang, cell, message) => {
    expect(run(SEED_PK_LINES, { lang }).findings.find((f) => f.cell === cell)?.message).toBe(message);
  });
});

describe('checkIndicators with negative polarity', () => {
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
    const { results, findings } = run([line], { negativeFormula }, sheet);
    expect(results[0].source.polaritas).toBe('negatif');
    expect(results[0].capaian).toBeCloseTo(capaian, 5);
    expect(results[0].kategori).toBe(kategori);
    expect(findings.map((f) => [f.rule, f.expected])).toEqual(finding ? [finding] : []);
  });

  test('the message names the polarity and the formula in force', () => {
    const { findings } = run([neg('8', '9', '87,5')], { negativeFormula: 'T/R' }, sheet);
    expect(findings[0].message).toBe(
      'Capaian "Persentase temuan BPK yang belum ditindaklanjuti" tertulis 87,5 %, padahal polaritas negatif, T / R × 100 dengan T 8 dan R 9 menghasilkan 88,89 %',
    );
  });
});

describe('checkIndicators: capaian undefined and unreadable cells', () => {
  const line = (over: Partial<PkLine>): PkLine => ({ indikator: 'Level Maturitas Kelembagaan', target: '45', realisasi: '40,67', capaian: '90,38', ...over });
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
    const { built, results, findings } = run([l]);
    const all = [...built.findings, ...findings];
    expect(all.map((f) => [f.rule, f.severity, f.cell])).toEqual(expected);
    expect(results[0].undefinedReason).toBe(reason);
  });

  test('a table without a capaian column recomputes capaian without flagging it missing', () => {
    const sheet: SheetMapping = { ...PK_SHEET, columns: PK_SHEET.columns.filter((c) => c.role !== 'capaian') };
    const rows = mappedRows([line({ capaian: null })]);
    delete rows[0].cells.capaian;
    const built = buildIndicatorTable(sheet, rows, 'id');
    const { results, findings } = checkIndicators(built.table, settings());
    expect(results[0].capaian).toBeCloseTo(90.377778, 5);
    expect(results[0].kategori).toBe('Tinggi');
    expect(findings).toEqual([]);
  });

  test('a table of targets only (no realisasi column) is not flagged row by row', () => {
    const sheet: SheetMapping = { ...PK_SHEET, columns: PK_SHEET.columns.filter((c) => c.role !== 'realisasi' && c.role !== 'capaian') };
    const rows = mappedRows([line({ capaian: null }), line({ indikator: 'Presentase PD dengan hasil evaluasi AKIP "memuaskan" A', target: '12' })]);
    for (const r of rows) {
      delete r.cells.realisasi;
      delete r.cells.capaian;
    }
    const built = buildIndicatorTable(sheet, rows, 'id');
    const { results, findings } = checkIndicators(built.table, settings());
    expect(results.map((r) => [r.capaian, r.undefinedReason])).toEqual([
      [null, 'capaian tidak dapat dihitung: realisasi kosong'],
      [null, 'capaian tidak dapat dihitung: realisasi kosong'],
    ]);
    expect(findings).toEqual([]);
  });

  test('empty-string cells (as exceljs writes blank text) read as blank', () => {
    const { findings } = run([line({ capaian: '' }), line({ realisasi: '', capaian: '' })]);
    expect(findings.map((f) => [f.rule, f.cell, f.expected])).toEqual([
      ['missing-value', 'H8', '90,38'],
      ['capaian-undefined', 'G9', undefined],
    ]);
  });

  test('category bands come from the settings', () => {
    const { results } = run([line({})], { categoryBands: [{ min: 100, label: 'Tercapai' }, { min: 0, label: 'Belum tercapai' }] });
    expect(results[0].kategori).toBe('Belum tercapai');
  });
});

describe('checkIndicators: properties', () => {
  const hundredths = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => n / 100);

  test('a capaian stated as R / T × 100 to two decimals, typed the Indonesian way, never mismatches', () => {
    fc.assert(
      fc.property(hundredths(1, 100_000), hundredths(0, 200_000), (t, r) => {
        const stated = `${formatPercent((r / t) * 100, 2)} %`;
        const { built, findings } = run([{ indikator: 'x', target: formatPercent(t, 2), realisasi: formatPercent(r, 2), capaian: stated }]);
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
        const { findings } = run([{ indikator: 'x', target: formatPercent(t, 2), realisasi: formatPercent(r, 2), capaian: stated }]);
        expect(findings.map((f) => f.rule)).toEqual(['capaian-mismatch']);
      }),
      { numRuns: 200 },
    );
  });
});
