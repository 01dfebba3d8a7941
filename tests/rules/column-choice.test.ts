/** column-choice: where several columns could fill one role, which one detection read and why (worded by mapping/notes.ts). */
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Lang } from '../../src/domain/settings';
import { findingsOf, rp, tabel31With } from './mapping-cases';

const MURNI_PERUBAHAN = tabel31With(
  ['Kode', 'Uraian', 'Pagu Murni', 'Pagu Perubahan', 'Realisasi', 'Capaian (%)'],
  [
    ['4.01.01', 'Program Penunjang Urusan Pemerintahan', rp(1_000_000), rp(1_200_000), rp(300_000), '25,00'],
    ['4.01.02', 'Program Penataan Organisasi', rp(2_000_000), rp(2_000_000), rp(500_000), '25,00'],
  ],
);
const MONTHS_AND_CUMULATIVE = tabel31With(
  ['Kode', 'Uraian', 'Pagu', 'Realisasi Januari', 'Realisasi Februari', 'Realisasi Maret', 'Realisasi s.d. TW I'],
  [['4.01.01', 'Program Penunjang Urusan Pemerintahan', rp(1_000_000), rp(100_000), rp(100_000), rp(100_000), rp(300_000)]],
);
const ONE_OF_EACH = tabel31With(['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)'], [['4.01.01', 'Program Penunjang Urusan Pemerintahan', rp(1_000_000), rp(250_000), '25,00']]);

describe('column-choice', () => {
  test.each<[string, typeof ONE_OF_EACH, Lang, [string, string, string, string][]]>([
    ['pagu murni and perubahan', MURNI_PERUBAHAN, 'id', [['info', 'Tabel 3.1', 'D2', "Pagu dibaca dari kolom D ('Pagu Perubahan'): anggaran perubahan adalah pagu yang berlaku; kolom C ('Pagu Murni') dibaca sebagai pagu murni."]]],
    ['pagu murni and perubahan', MURNI_PERUBAHAN, 'en', [['info', 'Tabel 3.1', 'D2', "Pagu read from column D ('Pagu Perubahan'): the changed budget is the pagu in force; column C ('Pagu Murni') read as original pagu."]]],
    ['months beside the cumulative realisasi', MONTHS_AND_CUMULATIVE, 'id', [['info', 'Tabel 3.1', 'G2', "Realisasi dibaca dari kolom G ('Realisasi s.d. TW I'): judulnya menyebut jumlah kumulatif; kolom D ('Realisasi Januari'), E ('Realisasi Februari'), F ('Realisasi Maret') dibaca sebagai realisasi bulanan."]]],
    ['months beside the cumulative realisasi', MONTHS_AND_CUMULATIVE, 'en', [['info', 'Tabel 3.1', 'G2', "Realisasi read from column G ('Realisasi s.d. TW I'): its header names the cumulative amount; columns D ('Realisasi Januari'), E ('Realisasi Februari'), F ('Realisasi Maret') read as monthly realisasi."]]],
    ['one column for each role: nothing to say', ONE_OF_EACH, 'id', []],
  ])('%s (%s)', (_, grid, lang, expected) => {
    expect(findingsOf('column-choice', [grid], lang)).toEqual(expected);
  });
});

test('how to change a wrong guess is an advice key each face words, not part of the message', () => {
  const found = analyzeWorkbook([MURNI_PERUBAHAN]).findings.filter((f) => f.rule === 'column-choice');
  expect(found.map((f) => f.advice)).toEqual(['change-mapping']);
  expect(found[0].message).not.toMatch(/Pemetaan|lapkin/);
});
