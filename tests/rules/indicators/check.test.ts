/** checkIndicators over a whole PK table: every rule's findings together on the seed, and the recomputed capaian and kategori. */
import { buildIndicatorTable } from '../../../src/domain/indicators/build';
import type { SheetMapping } from '../../../src/domain/mapping/types';
import { checkIndicators } from '../../../src/domain/rules/indicators/check';
import type { Lang } from '../../../src/domain/settings';
import { mappedRows, PK_SHEET, SEED_PK_LINES } from '../../indicators/pk-fixture';
import { levelLine, runIndicators as run, settings } from '../indicator-cases';

describe('checkIndicators on the seed PK table (section 3.4)', () => {
  const { results, findings } = run(SEED_PK_LINES);

  // missing-value's message (its budget cases are in tests/rules/missing-value.test.ts)
  test.each([
    ['id', 'H8', 'Capaian "Hasil Evaluasi Kelembagaan PD Provinsi" kosong; seharusnya 37,35 % (R / T × 100 dengan T 100 dan R 37,35)'],
    ['en', 'H8', 'Capaian of "Hasil Evaluasi Kelembagaan PD Provinsi" is blank; it should be 37,35 % (R / T × 100 with T 100 and R 37,35)'],
  ] as [Lang, string, string][])('%s message at %s', (lang, cell, message) => {
    expect(run(SEED_PK_LINES, { lang }).findings.find((f) => f.cell === cell)?.message).toBe(message);
  });

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
});

describe('checkIndicators: tables without some columns, and settings', () => {
  const line = levelLine;

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

  test('category bands come from the settings', () => {
    const { results } = run([line({})], { categoryBands: [{ min: 100, label: 'Tercapai' }, { min: 0, label: 'Belum tercapai' }] });
    expect(results[0].kategori).toBe('Belum tercapai');
  });
});
