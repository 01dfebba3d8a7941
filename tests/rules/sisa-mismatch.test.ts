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

describe('sisa-mismatch on "% Sisa": (pagu − realisasi) / pagu × 100', () => {
  const pct = (p: number, r: number): number => Math.round(((p - r) / p) * 10000) / 100;
  it.each<[string, string[], (row: number, p: number, r: number) => (number | string | { v: number; fmt: string })[], string[]]>([
    ['every % right, after the sisa', ['Sisa Anggaran', '% Sisa'], (_, p, r) => [p - r, pct(p, r)], []],
    ['one % off', ['Sisa Anggaran', '% Sisa'], (row, p, r) => [p - r, row === 6 ? 58 : pct(p, r)], ['G6 60,00']],
    ['"Sisa (%)" before the rupiah sisa: the rupiah one is the sisa, the % checked', ['Sisa (%)', 'Sisa Anggaran (Rp)'], (row, p, r) => [row === 4 ? 61 : pct(p, r), p - r], ['F4 60,00']],
    ['"Persentase Sisa" as %-formatted fractions, typed truncated', ['Persentase Sisa'], (_, p, r) => [{ v: Math.floor(((p - r) / p) * 1000) / 1000, fmt: '0.0%' }], []],
    ['"% Sisa" typed as text with a comma', ['% Sisa'], (row, p, r) => [row === 5 ? '59,5 %' : `${pct(p, r)}`.replace('.', ',')], ['F5 60,00']],
  ])('%s', (_, header, cells, want) => {
    const found = findingsOf('sisa-mismatch', header, (row, line) => cells(row, line[2], line[3]));
    expect(found.map((f) => `${f.cell} ${f.expected}`)).toEqual(want);
  });
});
