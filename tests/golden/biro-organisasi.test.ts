/**
 * Golden test over the bundled example: the seed report's tables as the Biro keeps them. Every fault listed here
 * was found by hand in ../shared/seed/ (sums redone, percentages redivided); Lapkin must find exactly these.
 */
import type { Analysis } from '../../src/domain/analysis';
import { analyzeExample, key } from './analyze-example';

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyzeExample('biro-organisasi-tw1-2024.xlsx');
});

const EXPECTED: [string, string][] = [
  // Section 3.1's kegiatan list: program I's nine kegiatan add up to 771.171.073, while its 661.473.673 is what Tabel 3.1,
  // the Biro row and JUMLAH say: the fault is among the nine, which no other table lists (no value proposed).
  ['sum-mismatch Rencana Kerja!C4', ''],
  // Tabel 3.1. Realisasi: kegiatan 4.01.02.1.01, program, Biro row, JUMLAH and Tabel 3.2's Total agree on 62.303.503
  // over three sub kegiatan (each also in Tabel 3.2) adding up to 62.323.503: one of the three is 20.000 too much.
  ['sum-mismatch T3.1 Realisasi!D9', ''],
  ['percent-mismatch T3.1 Realisasi!E10', '37,78'],
  // Pagu: every stated level above the sub kegiatan says 654.595.077 for kegiatan 4.01.02.1.02; of its five sub
  // kegiatan four are borne out by Tabel 3.4/3.6, so the 100.000 is missing from the fifth.
  ['sum-mismatch T3.1 Realisasi!C16', '52.778.125'],
  ['percent-mismatch T3.1 Realisasi!E17', '37,06'],
  ['number-format T3.1 Realisasi!D19', ''],
  // Tabel 3.2 (its header says "Target Triwulan I %" over the realisasi column)
  ['header-mismatch Kelembagaan!D4', ''],
  ['items-below-total Kelembagaan!C5', ''],
  ['items-below-total Kelembagaan!D5', ''],
  ['percent-mismatch Kelembagaan!E5', '37,78'],
  ['separator-style Kelembagaan!C9', ''],
  ['missing-value Kelembagaan!E12', '0,00'],
  ['items-below-total Kelembagaan!C13', ''],
  ['items-below-total Kelembagaan!D13', ''],
  ['percent-mismatch Kelembagaan!E13', '43,26'],
  ['number-format Kelembagaan!D14', ''],
  ['sum-mismatch Kelembagaan!D19', ''],
  // Tabel 3.3: letters dated after the quarter, in the Ket. column
  ['date-out-of-period Kegiatan Kelembagaan!E12', '1 Januari – 31 Maret 2024'],
  ['date-out-of-period Kegiatan Kelembagaan!E16', '1 Januari – 31 Maret 2024'],
  // Tabel 3.4
  ['header-mismatch Tatalaksana!D4', ''],
  ['items-below-total Tatalaksana!C5', ''],
  ['percent-mismatch Tatalaksana!E5', '37,06'],
  ['items-below-total Tatalaksana!C10', ''],
  // Tabel 3.6
  ['header-mismatch RB dan AK!D4', ''],
  ['items-below-total RB dan AK!C5', ''],
  ['items-below-total RB dan AK!D5', ''],
  ['items-below-total RB dan AK!D11', ''],
  ['number-format RB dan AK!C17', ''],
  // Tabel 3.7: "Maret 2026" in a TW I 2024 report
  ['date-out-of-period Kegiatan RB AK!C17', '1 Januari – 31 Maret 2024'],
  // Section 3.4, the PK table
  ['missing-value Capaian PK!H6', '37,35'],
  ['missing-value Capaian PK!H7', '0,00'],
  ['capaian-mismatch Capaian PK!H8', '0,00'],
  ['separator-style Capaian PK!G9', ''],
  ['capaian-mismatch Capaian PK!H9', '13,36'],
  ['missing-value Capaian PK!H10', '0,00'],
  ['capaian-undefined Capaian PK!G11', ''],
  ['separator-style Capaian PK!G12', ''],
  ['separator-style Capaian PK!H12', ''],
  ['separator-style Capaian PK!G13', ''],
  ['separator-style Capaian PK!H13', ''],
];

describe('the Biro Organisasi example workbook', () => {
  it('reads the period and the kind of every sheet', () => {
    expect(analysis.period).toEqual({ year: 2024, quarter: 1 });
    expect(analysis.sheets).toEqual([
      { name: 'PK 2024', kind: 'target-pk' },
      { name: 'Rencana Kerja', kind: 'detail' },
      { name: 'T3.1 Realisasi', kind: 'tabel-3.1' },
      { name: 'Kelembagaan', kind: 'detail' },
      { name: 'Kegiatan Kelembagaan', kind: 'kegiatan' },
      { name: 'Tatalaksana', kind: 'detail' },
      { name: 'Kegiatan Tatalaksana', kind: 'kegiatan' },
      { name: 'RB dan AK', kind: 'detail' },
      { name: 'Kegiatan RB AK', kind: 'kegiatan' },
      { name: 'Capaian PK', kind: 'capaian-pk' },
    ]);
  });

  it('finds every fault of the seed report, and nothing else', () => {
    expect(analysis.findings.map(key)).toEqual(EXPECTED.map(([k]) => k));
  });

  it.each(EXPECTED.filter(([, expected]) => expected !== ''))('%s expects %s', (k, expected) => {
    expect(analysis.findings.find((f) => key(f) === k)?.expected).toBe(expected);
  });

  it('suggests the likely value for every mistyped amount', () => {
    const suggestions = analysis.findings.filter((f) => f.rule === 'number-format').map((f) => [f.cell, f.actual, f.suggestion]);
    expect(suggestions).toEqual([
      ['D19', '375.000.00', '375.000.000'],
      ['D14', 'Rp. 22.8000', '228.000'],
      ['C17', 'Rp. 5.3475.000', '53.475.000'],
    ]);
    expect(analysis.findings.find((f) => f.rule === 'separator-style' && f.sheet === 'Kelembagaan')?.suggestion).toBe('2.100.000');
  });

  it('words the sum findings by what agrees with what', () => {
    const message = (cell: string) => analysis.findings.find((f) => f.rule === 'sum-mismatch' && f.sheet === 'T3.1 Realisasi' && f.cell === cell)?.message;
    expect(message('C16')).toBe(
      'Lima sub kegiatan berjumlah 654.495.077; kegiatan, daftar Rencana Kerja, program, baris Biro Organisasi, JUMLAH dan Perjanjian Kinerja sama-sama 654.595.077; ' +
        'empat sub kegiatan lainnya cocok (dua dengan tabel RB dan AK, dua dengan tabel Tatalaksana): pagu 52.678.125 di sini kemungkinan kurang 100.000, seharusnya 52.778.125 — cocokkan dengan DPA',
    );
    expect(message('D9')).toBe(
      'Tiga sub kegiatan berjumlah 62.323.503; kegiatan, Total tabel Kelembagaan, program, baris Biro Organisasi dan JUMLAH sama-sama 62.303.503: ' +
        'kemungkinan satu sub kegiatan lebih 20.000 — cocokkan dengan bukti realisasi (SP2D)',
    );
  });

  it('settles the unit\'s totals on what every stated level says', () => {
    const settled = analysis.settlement?.tables[0].columns;
    expect(settled?.pagu?.values.get(-1)).toBe(1_500_000_000);
    expect(settled?.realisasi?.values.get(-1)).toBe(375_000_000);
  });

  it('recomputes Tabel 3.1 bottom-up: sums from the sub kegiatan up, every capaian redivided', () => {
    const t31 = analysis.budgets.find((b) => b.table.kind === 'tabel-3.1');
    expect(t31).toBeDefined();
    if (!t31) return;
    expect(t31.total.pagu).toBe(1_499_900_000);
    expect(t31.total.realisasi).toBe(375_020_000);
    expect(t31.total.capaian).toBeCloseTo((375_020_000 / 1_499_900_000) * 100, 10);
    const row = (kode: string) => t31.rows.find((r) => r.source.kode === kode);
    expect(row('4.01.02')?.pagu).toBe(838_426_327);
    expect(row('4.01.02')?.realisasi).toBe(206_404_900);
    expect(row('4.01.02.1.02')?.pagu).toBe(654_495_077);
    expect(row('4.01.01')?.capaian).toBeCloseTo(25.4909, 3);
    expect(row('4.01.02.1.01.02')?.realisasi).toBe(0);
  });

  it('recomputes the PK capaian with categories', () => {
    const pk = analysis.indicators[0];
    const byName = (name: string) => pk.results.find((r) => r.source.indikator.startsWith(name));
    expect(byName('Hasil Evaluasi Kelembagaan')?.capaian).toBeCloseTo(37.35, 6);
    expect(byName('Hasil Evaluasi Kelembagaan')?.kategori).toBe('Sangat Rendah');
    expect(byName('Persentase Budaya Kerja')?.capaian).toBe(0);
    expect(byName('Indeks Kepuasan')?.capaian).toBeNull();
  });
});
