/** date-out-of-period: kegiatan dates against the report period, found where the dates are read (activities/check.ts). */
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Lang, Period } from '../../src/domain/settings';
import { TABEL_3_3, TABEL_3_5, TABEL_3_7, type Line } from '../activities/seed-kegiatan';
import { gridOf } from '../mapping/grid-builder';
import { brief, checkKegiatan, oneActivity, rowWhere, TW1_2024 } from './activity-cases';

describe('date-out-of-period on the seed (TW I 2024)', () => {
  test('Tabel 3.7: "Maret 2026" is out of period, nothing else', () => {
    const findings = checkKegiatan('Tabel 3.7', TABEL_3_7, TW1_2024);
    const row = rowWhere(TABEL_3_7, (l) => l[2] === 'Maret 2026');
    expect(findings.map(brief)).toEqual([['date-out-of-period', 'error', `C${row}`]]);
    expect(findings[0]).toMatchObject({ sheet: 'Tabel 3.7', expected: '1 Januari – 31 Maret 2024', actual: 'Maret 2026' });
    expect(findings[0].message).toBe('Tanggal kegiatan "Maret 2026" di luar periode laporan Triwulan I Tahun 2024 (1 Januari – 31 Maret 2024)');
  });

  test('the same finding in English', () => {
    const [f] = checkKegiatan('Tabel 3.7', TABEL_3_7, TW1_2024, 'en');
    expect(f.message).toBe('Activity date "Maret 2026" is outside the report period Quarter I 2024 (1 January – 31 March 2024)');
    expect(f.expected).toBe('1 January – 31 March 2024');
  });

  test('Tabel 3.3: letters and deadlines in the keterangan dated in April are info, the waktu dates are fine', () => {
    const findings = checkKegiatan('Tabel 3.3', TABEL_3_3, TW1_2024);
    const letter = rowWhere(TABEL_3_3, (l) => l[4].includes('03 April 2024'));
    const deadline = rowWhere(TABEL_3_3, (l) => l[4].includes('20 April 2024'));
    expect(findings.map(brief)).toEqual([
      ['date-out-of-period', 'info', `E${letter}`],
      ['date-out-of-period', 'info', `E${deadline}`],
    ]);
    expect(findings[0].message).toBe('Keterangan bertanggal 3 April 2024, setelah akhir Triwulan I Tahun 2024 (1 Januari – 31 Maret 2024) — perlu dicek');
    expect(findings[0].actual).toBe('Nomor : 0008.5/20/BO1.2 Tanggal : 03 April 2024');
  });

  test('Tabel 3.5 has no date findings', () => {
    expect(checkKegiatan('Tabel 3.5', TABEL_3_5, TW1_2024)).toEqual([]);
  });
});

describe('date-out-of-period: the window is 1 Januari to the quarter end', () => {
    test.each<[string, Period, boolean]>([
    ['Maret 2024', { year: 2024, quarter: 1 }, false],
    ['31 Maret 2024', { year: 2024, quarter: 1 }, false],
    ['1 April 2024', { year: 2024, quarter: 1 }, true],
    ['25 Maret – 2 April 2024', { year: 2024, quarter: 1 }, true],
    ['Januari s.d Maret 2024', { year: 2024, quarter: 1 }, false],
    ['Januari s.d April 2024', { year: 2024, quarter: 1 }, true],
    ['Desember 2023', { year: 2024, quarter: 1 }, true],
    ['30 Desember 2023 – 2 Januari 2024', { year: 2024, quarter: 1 }, true],
    // realisasi is cumulative: a January activity still belongs in TW II, III and IV
    ['Tanggal 26 Februari 2024', { year: 2024, quarter: 2 }, false],
    ['30 Juni 2024', { year: 2024, quarter: 2 }, false],
    ['1 Juli 2024', { year: 2024, quarter: 2 }, true],
    ['30 September 2024', { year: 2024, quarter: 3 }, false],
    ['Oktober 2024', { year: 2024, quarter: 3 }, true],
    ['31 Desember 2024', { year: 2024, quarter: 4 }, false],
    ['Januari 2025', { year: 2024, quarter: 4 }, true],
    ['Maret 2024', { year: 2025, quarter: 1 }, true],
    ['Januari- Maret', { year: 2024, quarter: 1 }, false],
  ])('%s in %j → out of period: %p', (waktu, period, out) => {
    const findings = checkKegiatan('K', oneActivity(waktu), period);
    expect(findings.filter((f) => f.rule === 'date-out-of-period' && f.severity === 'error')).toHaveLength(out ? 1 : 0);
  });

  test('TW IV labels and window', () => {
    const [f] = checkKegiatan('K', oneActivity('Januari 2025'), { year: 2024, quarter: 4 });
    expect(f.expected).toBe('1 Januari – 31 Desember 2024');
    expect(f.message).toContain('Triwulan IV Tahun 2024');
  });

  test('the April letter of Tabel 3.3 is in period for a TW II report', () => {
    expect(checkKegiatan('Tabel 3.3', TABEL_3_3, { year: 2024, quarter: 2 })).toEqual([]);
  });

  test('without a period no date is out of it', () => {
    expect(checkKegiatan('Tabel 3.7', TABEL_3_7, undefined)).toEqual([]);
  });

  test('an Excel date cell is checked by its serial', () => {
    const lines: Line[] = [['1', 'Rapat', { value: 45385, numberFormat: 'dd mmmm yyyy', text: '03 April 2024' }, '', '']];
    const [f] = checkKegiatan('K', lines, TW1_2024);
    expect(f).toMatchObject({ rule: 'date-out-of-period', severity: 'error', actual: '03 April 2024' });
  });

  test('a waktu text without a date ("Setiap bulan") is not a date finding', () => {
    expect(checkKegiatan('K', oneActivity('Setiap bulan'), TW1_2024)).toEqual([]);
  });
});

describe('date-out-of-period: a Tanggal Selesai after the quarter (read by rules/date-order.ts)', () => {
  test.each<[Lang, string, string]>([
    ['id', 'Tanggal selesai kegiatan 5 April 2024 di luar periode laporan Triwulan I Tahun 2024 (1 Januari – 31 Maret 2024)', '1 Januari – 31 Maret 2024'],
    ['en', 'Activity end date 5 April 2024 is after the report period Quarter I 2024 (1 January – 31 March 2024)', '1 January – 31 March 2024'],
  ])('%s', (lang, message, expected) => {
    const grid = gridOf('Kegiatan', [['Jadwal Kegiatan Triwulan I Tahun 2024'], ['No', 'Kegiatan', 'Tanggal Mulai', 'Tanggal Selesai'], ['1', 'Rapat koordinasi', '25 Maret 2024', '5 April 2024']]);
    const findings = analyzeWorkbook([grid], { settings: { period: TW1_2024, lang } }).findings.filter((f) => f.rule === 'date-out-of-period');
    expect(findings.map((f) => [f.severity, f.sheet, f.cell, f.message, f.expected, f.actual])).toEqual([['error', 'Kegiatan', 'D3', message, expected, '5 April 2024']]);
  });
});
