/** date-invalid: a day that does not exist, in the waktu column (error) or in a note (warning); found by activities/check.ts. */
import type { Lang } from '../../src/domain/settings';
import { FIRST_DATA_ROW } from '../activities/seed-kegiatan';
import { brief, checkKegiatan, oneActivity, TW1_2024 } from './activity-cases';

const ROW = FIRST_DATA_ROW;

describe('date-invalid', () => {
  // [waktu, keterangan, lang, severity and cell or null, message]
  const cases: [string, string, Lang, [string, string] | null, string][] = [
    ['Tanggal 31 Juni 2024', '', 'id', ['error', `C${ROW}`], 'Tanggal kegiatan tidak ada: "31 Juni 2024": tanggal 31 Juni 2024 tidak ada (Juni 2024 hanya 30 hari)'],
    ['Tanggal 31 Juni 2024', '', 'en', ['error', `C${ROW}`], 'Activity date does not exist: "31 Juni 2024": 31 June 2024 does not exist (June 2024 has 30 days)'],
    ['29 Februari 2023', '', 'id', ['error', `C${ROW}`], 'Tanggal kegiatan tidak ada: "29 Februari 2023": tanggal 29 Februari 2023 tidak ada (Februari 2023 hanya 28 hari)'],
    ['29 Februari 2024', '', 'id', null, ''], // a leap year
    ['31 Juni – 2 Juli 2024', '', 'id', ['error', `C${ROW}`], 'Tanggal kegiatan tidak ada: "31 Juni – 2 Juli 2024": tanggal 31 Juni 2024 tidak ada (Juni 2024 hanya 30 hari)'],
    ['1 s.d. 31 September 2024', '', 'en', ['error', `C${ROW}`], 'Activity date does not exist: "1 s.d. 31 September 2024": 31 September 2024 does not exist (September 2024 has 30 days)'],
    ['Maret 2024', 'Surat Tanggal 30 Februari 2024', 'id', ['warning', `E${ROW}`], 'Tanggal pada keterangan tidak ada: "30 Februari 2024": tanggal 30 Februari 2024 tidak ada (Februari 2024 hanya 29 hari)'],
    ['Maret 2024', 'Surat Tanggal 30 Februari 2024', 'en', ['warning', `E${ROW}`], 'Date in the note does not exist: "30 Februari 2024": 30 February 2024 does not exist (February 2024 has 29 days)'],
  ];
  test.each(cases)('waktu %p, keterangan %p (%s)', (waktu, ket, lang, at, message) => {
    const findings = checkKegiatan('K', oneActivity(waktu, ket), TW1_2024, lang);
    if (!at) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings.map(brief)).toEqual([['date-invalid', ...at]]);
    expect(findings[0].message).toBe(message);
    expect(findings[0].actual).toBe(ket || waktu);
  });

  test('a day that does not exist is found without a period too', () => {
    const findings = checkKegiatan('K', oneActivity('Tanggal 31 Juni 2024'), undefined);
    expect(findings.map(brief)).toEqual([['date-invalid', 'error', `C${ROW}`]]);
  });
});
