import fc from 'fast-check';
import { BULAN, dateFromSerial, daysInMonth, findDatesInText, parseDateText, type YMD } from '../../src/domain/parse/date';

const day = (year: number, month: number, d: number): YMD => ({ year, month, day: d });
const month = (year: number, m: number): YMD => ({ year, month: m });

describe('parseDateText: the waktu texts of the seed and DOMAIN', () => {
  test.each<[string, YMD, YMD]>([
    ['Tanggal 26 Februari 2024', day(2024, 2, 26), day(2024, 2, 26)],
    ['Tanggal 26- 28 Februari 2024', day(2024, 2, 26), day(2024, 2, 28)],
    ['26- 28 Februari 2024', day(2024, 2, 26), day(2024, 2, 28)],
    ['Tanggal 25 s/d 26 Maret 2024', day(2024, 3, 25), day(2024, 3, 26)],
    ['Tanggal 30 Januari – 01 Februari 2024', day(2024, 1, 30), day(2024, 2, 1)],
    ['Januari s.d Maret 2024', month(2024, 1), month(2024, 3)],
    ['Januari- Maret', month(2024, 1), month(2024, 3)],
    ['Maret 2024', month(2024, 3), month(2024, 3)],
    ['Maret', month(2024, 3), month(2024, 3)],
    ['Maret 2026', month(2026, 3), month(2026, 3)],
    ['Tanggal 7 dan 8 Maret 2024', day(2024, 3, 7), day(2024, 3, 8)],
    ['Tanggal Januari s/d Februari 2024', month(2024, 1), month(2024, 2)],
    ['Januari s.d Februari 2024', month(2024, 1), month(2024, 2)],
    ['18 maret 2024', day(2024, 3, 18), day(2024, 3, 18)],
    ['26/02/2024', day(2024, 2, 26), day(2024, 2, 26)],
    ['2024-02-26', day(2024, 2, 26), day(2024, 2, 26)],
    ['26-02-2024', day(2024, 2, 26), day(2024, 2, 26)],
    ['1 Jan 2024', day(2024, 1, 1), day(2024, 1, 1)],
    ['12 Agu 2024', day(2024, 8, 12), day(2024, 8, 12)],
    ['12 Ags 2024', day(2024, 8, 12), day(2024, 8, 12)],
    ['3 Okt 2024', day(2024, 10, 3), day(2024, 10, 3)],
    ['9 Des 2024', day(2024, 12, 9), day(2024, 12, 9)],
    ['5 Pebruari 2024', day(2024, 2, 5), day(2024, 2, 5)],
    ['1 Nopember 2024', day(2024, 11, 1), day(2024, 11, 1)],
    ['Mei 2024', month(2024, 5), month(2024, 5)],
    ['1 sampai 3 Juli 2024', day(2024, 7, 1), day(2024, 7, 3)],
    ['29 Februari 2024', day(2024, 2, 29), day(2024, 2, 29)],
    ['30 Desember 2023 – 2 Januari 2024', day(2023, 12, 30), day(2024, 1, 2)],
    ['Desember - Januari 2024', month(2023, 12), month(2024, 1)],
  ])('%s', (text, start, end) => {
    expect(parseDateText(text, 2024)).toEqual({ ok: true, start, end });
  });

  test('a year-less text takes the default year', () => {
    expect(parseDateText('Januari- Maret', 2025)).toEqual({ ok: true, start: month(2025, 1), end: month(2025, 3) });
  });

  test('a year-less text without a default year has no date', () => {
    expect(parseDateText('Maret')).toMatchObject({ ok: false, reason: 'no-date' });
  });

  test.each<[string, string]>([
    ['31 Juni 2024', 'Juni 2024 hanya 30 hari'],
    ['29 Februari 2023', 'Februari 2023 hanya 28 hari'],
    ['30 Februari – 2 Maret 2024', 'Februari 2024 hanya 29 hari'],
    ['31/04/2024', 'April 2024 hanya 30 hari'],
  ])('%s → no-such-day', (text, why) => {
    const r = parseDateText(text, 2024);
    expect(r).toMatchObject({ ok: false, reason: 'no-such-day' });
    if (!r.ok) {
      expect(r.message.id).toContain(why);
      expect(r.message.en).toMatch(/does not exist/);
    }
  });

  test.each(['', 'Rapat koordinasi', 'Setiap bulan', 'Triwulan I', '13/13/2024', '2024'])('%j → no-date', (text) => {
    expect(parseDateText(text, 2024)).toMatchObject({ ok: false, reason: 'no-date' });
  });
});

describe('findDatesInText: dates inside other words', () => {
  test.each<[string, YMD[]]>([
    ['Nomor : 0008.5/20/BO1.2 Tanggal : 03 April 2024', [day(2024, 4, 3)]],
    ['Nomor : 0008.5/02/BO1. 2 Tanggal: 06 Februari 2024', [day(2024, 2, 6)]],
    ['Nomor : 0008.5/17/BO1. 2 Tanggal : 18 maret 2024', [day(2024, 3, 18)]],
    ['Akhir penginputan peta jabatan Perangkat Daerah Lingkup Pemerintah Provinsi Nusa Tenggara Timur dalam Aplikasi SIASN 20 April 2024', [day(2024, 4, 20)]],
    ['Surat nomor: 000.8.6/01/BO3.2', []],
    ['Kep gub Nomor 39/KEP/HK/2016 (Proses Review)', []],
    ['https://bit.ly/FormatRencanaAksiRB', []],
    ['Undangan 5 Maret 2024, laporan 2 April 2024', [day(2024, 3, 5), day(2024, 4, 2)]],
  ])('%s', (text, dates) => {
    const found = findDatesInText(text);
    expect(found.map((f) => (f.ok ? f.start : null))).toEqual(dates);
  });

  test('the piece of text a date was read from is kept', () => {
    expect(findDatesInText('Nomor : 0008.5/20/BO1.2 Tanggal : 03 April 2024')[0].text).toBe('03 April 2024');
  });
});

describe('dateFromSerial (Excel 1900 system)', () => {
  test.each<[number, YMD]>([
    [1, day(1900, 1, 1)],
    [59, day(1900, 2, 28)],
    // Excel's 29 Februari 1900 that never was
    [60, day(1900, 2, 29)],
    [61, day(1900, 3, 1)],
    [45292, day(2024, 1, 1)],
    [45351, day(2024, 2, 29)],
    [45382, day(2024, 3, 31)],
    [45385.75, day(2024, 4, 3)],
  ])('%d → %j', (serial, ymd) => {
    expect(dateFromSerial(serial)).toEqual(ymd);
  });
});

describe('date properties', () => {
  const validDay = fc
    .record({ year: fc.integer({ min: 1950, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month: m, d }) => d <= daysInMonth(year, m));

  test('any real day written "d Bulan yyyy", "Tanggal dd bulan yyyy" or "dd/mm/yyyy" reads back', () => {
    fc.assert(
      fc.property(validDay, ({ year, month: m, d }) => {
        const expected = { ok: true, start: day(year, m, d), end: day(year, m, d) };
        const dd = String(d).padStart(2, '0');
        const mm = String(m).padStart(2, '0');
        expect(parseDateText(`${d} ${BULAN[m - 1]} ${year}`)).toEqual(expected);
        expect(parseDateText(`Tanggal ${dd} ${BULAN[m - 1].toLowerCase()} ${year}`)).toEqual(expected);
        expect(parseDateText(`${dd}/${mm}/${year}`)).toEqual(expected);
      }),
    );
  });

  test('a day past the month end is refused as no-such-day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, m) => {
        const past = daysInMonth(year, m) + 1;
        fc.pre(past <= 31);
        expect(parseDateText(`${past} ${BULAN[m - 1]} ${year}`)).toMatchObject({ ok: false, reason: 'no-such-day' });
      }),
    );
  });

  test('dateFromSerial agrees with the calendar for serials after 1 Maret 1900', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 80000 }), (serial) => {
        const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        expect(dateFromSerial(serial)).toEqual(day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
      }),
    );
  });
});
