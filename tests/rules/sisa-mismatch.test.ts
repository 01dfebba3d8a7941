import { findingsOf } from './budget-sheet';

describe('sisa-mismatch: Sisa Anggaran = pagu − realisasi', () => {
  it.each<[string, (row: number, pagu: number, realisasi: number) => number | string | null, string[]]>([
    ['every sisa right', (_, p, r) => p - r, []],
    ['one sub kegiatan off by 10.000.000', (row, p, r) => p - r + (row === 5 ? 10000000 : 0), ['F5 60.000.000']],
    ['sisa typed as text', (_, p, r) => `Rp. ${(p - r).toLocaleString('id-ID')},-`, []],
    ['sisa "-" is zero, and wrong where something is left', (row, p, r) => (row === 6 ? '-' : p - r), ['F6 120.000.000']],
    ['a blank sisa is not checked', (row, p, r) => (row === 4 ? null : p - r), []],
    ['realisasi written as the sisa (swapped columns)', (row, p, r) => (row === 3 ? r : p - r), ['F3 180.000.000']],
  ])('%s', (_, sisa, want) => {
    const found = findingsOf('sisa-mismatch', ['Sisa Anggaran'], (row, line) => [sisa(row, line[2], line[3])]);
    expect(found.map((f) => `${f.cell} ${f.expected}`)).toEqual(want);
  });
});
