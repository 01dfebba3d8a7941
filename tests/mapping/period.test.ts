import fc from 'fast-check';
import { detectPeriod } from '../../src/domain/mapping/period';
import { gridOf } from './grid-builder';
import { seedWorkbook } from './seed-sheets';

/** A sheet whose title block holds the given lines, above a small Tabel 3.1 header. */
function titled(...titles: string[]) {
  return gridOf('Tabel', [...titles.map((t) => [t]), ['Kode', 'Uraian', 'Pagu', 'Realisasi'], ['4.01.01', 'Program', 1000000, 250000]]);
}

describe('detectPeriod from titles and headers', () => {
  const cases: [string[], { year: number; quarter: number } | undefined][] = [
    [['LAPORAN KINERJA TRIWULAN I TAHUN 2024'], { year: 2024, quarter: 1 }],
    [['Realisasi TW II 2024'], { year: 2024, quarter: 2 }],
    [['Laporan Realisasi s.d. TW III', 'Tahun Anggaran 2023'], { year: 2023, quarter: 3 }],
    [['Realisasi Triwulan I Tahun 2024'], { year: 2024, quarter: 1 }],
    [['Alokasi anggaran tahun 2024 dan realisasi sampai dengan tanggal 31 Maret 2024'], { year: 2024, quarter: 1 }],
    [['Keadaan sampai dengan 30 Juni 2025'], { year: 2025, quarter: 2 }],
    [['Laporan Semester I Tahun 2024'], { year: 2024, quarter: 2 }],
    [['Laporan Semester II Tahun 2024'], { year: 2024, quarter: 4 }],
    [['tw4 2024'], { year: 2024, quarter: 4 }],
    [['Triwulan-IV T.A. 2022', 'TA 2022'], { year: 2022, quarter: 4 }],
    // The most explicit wins: two "TW II" phrases outweigh an incidental "31 Maret".
    [['Realisasi s.d. TW II Tahun 2024', 'Capaian Triwulan II', 'dibandingkan posisi 31 Maret 2024'], { year: 2024, quarter: 2 }],
    // A signing date is no quarter end, and a year alone is no period.
    [['Laporan Kinerja Tahun 2024', 'Kupang, 24 Juli 2024'], undefined],
    [['Rencana Strategis 2024-2026'], undefined],
    // "Triwulan ini" is not "Triwulan I".
    [['Kinerja triwulan ini tahun 2024'], undefined],
  ];
  test.each(cases)('%j → %j', (titles, expected) => {
    expect(detectPeriod([titled(...titles)])).toEqual(expected);
  });

  test('the seed workbook is Triwulan I 2024', () => {
    expect(detectPeriod(seedWorkbook())).toEqual({ year: 2024, quarter: 1 });
  });

  test('dates in data rows say nothing about the period', () => {
    const grid = gridOf('Kegiatan', [
      ['Realisasi Kegiatan Triwulan I Tahun 2024'],
      ['No.', 'Kegiatan', 'Waktu Pelaksanaan', 'Hasil'],
      [1, 'Rapat', '30 Juni 2024', 'Notulen'],
      [2, 'Desk', '30 Juni 2024', 'Laporan'],
      [3, 'Asistensi', '30 September 2024', 'Rekomendasi'],
    ]);
    expect(detectPeriod([grid])).toEqual({ year: 2024, quarter: 1 });
  });

  test("generated sheets are not read: Lapkin's own report of another period does not count", () => {
    const own = { ...titled('LAPORAN TRIWULAN IV TAHUN 2023', 'LAPORAN TRIWULAN IV TAHUN 2023'), generatedBy: 'lapkin' };
    expect(detectPeriod([own, titled('Realisasi TW II 2024')])).toEqual({ year: 2024, quarter: 2 });
  });
});

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Random casing and spacing, the way titles are typed. */
const styled = (text: string) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }), fc.integer({ min: 1, max: 3 })).map(([upper, spaces]) =>
    [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('').replace(/ /g, ' '.repeat(spaces)),
  );

describe('detectPeriod properties', () => {
  test('"Triwulan <roman> Tahun <year>" in any case and spacing gives that quarter and year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2000, max: 2099 }), fc.constantFrom('Triwulan', 'TW', 'Trw'), (q, y, word) =>
        fc.assert(
          fc.property(styled(`Laporan Kinerja ${word} ${ROMAN[q - 1]} Tahun ${y}`), (title) => {
            expect(detectPeriod([titled(title)])).toEqual({ year: y, quarter: q });
          }),
          { numRuns: 5 },
        ),
      ),
      { numRuns: 40 },
    );
  });

  test('a quarter-end date gives its quarter; any other day of the month gives none', () => {
    const ends: [number, string, number][] = [[31, 'Maret', 1], [30, 'Juni', 2], [30, 'September', 3], [31, 'Desember', 4]];
    fc.assert(
      fc.property(fc.constantFrom(...ends), fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 29 }), ([day, month, q], y, otherDay) => {
        expect(detectPeriod([titled(`Realisasi sampai dengan tanggal ${day} ${month} ${y}`)])).toEqual({ year: y, quarter: q });
        expect(detectPeriod([titled(`Realisasi sampai dengan tanggal ${otherDay} ${month} ${y}`)])).toBeUndefined();
      }),
    );
  });
});
