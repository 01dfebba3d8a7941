/**
 * Hidden columns in the column choice (column-choice.ts): a visible column wins over a hidden one, a hidden one
 * read because it is the only candidate is said, and a hidden one passed over is named as hidden.
 */
import { detectWorkbook } from '../../src/domain/mapping/detect';
import { gridOf, type CellSpec } from './grid-builder';

const LINES: [string, number, number][] = [
  ['4.01.02', 600000000, 240000000],
  ['4.01.02.1.01', 600000000, 240000000],
  ['4.01.02.1.01.0001', 400000000, 100000000],
  ['4.01.02.1.01.0002', 200000000, 140000000],
];

function detect(header: CellSpec[], row: (pagu: number, realisasi: number) => CellSpec[], hiddenCols: number[]) {
  const grid = gridOf('Tabel 3.1', [['Realisasi Anggaran Triwulan II Tahun 2024'], header, ...LINES.map(([code, p, r]) => [code, 'Uraian', ...row(p, r)])]);
  grid.hiddenCols = hiddenCols;
  const { mapping, notes } = detectWorkbook([grid]);
  const roles = Object.fromEntries(mapping.sheets[0].columns.map((c) => [c.column, c.role]));
  return { roles, notes: notes.filter((n) => n.rule === 'column-choice').map((n) => `${n.cell}: ${n.message.id}`) };
}

test('two word-tied pagu columns: the visible one is read, whichever comes first, and the hidden one is named', () => {
  const { roles, notes } = detect(['Kode', 'Uraian', 'Pagu', 'Pagu', 'Realisasi'], (p, r) => [p - 1000, p, r], [2]);
  expect([roles.C, roles.D]).toEqual(['paguMurni', 'pagu']);
  expect(notes).toEqual([
    "D2: Pagu dibaca dari kolom D ('Pagu'): kolom yang terlihat didahulukan dari kolom tersembunyi; kolom C ('Pagu', kolom tersembunyi) dibaca sebagai pagu murni.",
  ]);
});

test('a hidden APBD-P beside a visible Anggaran Murni: the visible one still wins, said so', () => {
  const { roles, notes } = detect(['Kode', 'Uraian', 'Anggaran Murni', 'APBD-P', 'Realisasi'], (p, r) => [p, p, r], [3]);
  expect([roles.C, roles.D]).toEqual(['pagu', 'paguMurni']);
  expect(notes[0]).toMatch(/^C2: Pagu dibaca dari kolom C \('Anggaran Murni'\): kolom yang terlihat .* D \('APBD-P', kolom tersembunyi\)/);
});

test('a hidden Anggaran Murni beside a visible APBD-P reads as before, the hidden one named as hidden', () => {
  const { roles, notes } = detect(['Kode', 'Uraian', 'Anggaran Murni', 'APBD-P', 'Realisasi'], (p, r) => [p, p, r], [2]);
  expect([roles.C, roles.D]).toEqual(['paguMurni', 'pagu']);
  expect(notes[0]).toContain("anggaran perubahan adalah pagu yang berlaku; kolom C ('Anggaran Murni', kolom tersembunyi) dibaca sebagai pagu murni");
});

test('a hidden column that is the only realisasi is read, and said', () => {
  const { roles, notes } = detect(['Kode', 'Uraian', 'Pagu', 'Realisasi'], (p, r) => [p, r], [3]);
  expect(roles.D).toBe('realisasi');
  expect(notes).toEqual([
    "D2: Realisasi dibaca dari kolom D ('Realisasi', kolom tersembunyi): satu-satunya kolom untuk peran ini; tampilkan kolomnya bila memang dipakai.",
  ]);
});

test('a hidden working column of no role is not mentioned', () => {
  const { notes } = detect(['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Bobot'], (p, r) => [p, r, 0.5], [4]);
  expect(notes).toEqual([]);
});

test('hidden quarterly targets beside a visible Target Tahunan: the visible one is scored against, the hidden ones ignored', () => {
  const grid = gridOf('Capaian PK', [
    ['Capaian Kinerja Triwulan II Tahun 2024'],
    ['No', 'Indikator Kinerja', 'Target Tahunan', 'Target TW I', 'Target TW II', 'Realisasi', 'Capaian (%)'],
    [1, 'Indeks Kepuasan', 80, 20, 40, 40, 50],
  ]);
  grid.hiddenCols = [3, 4];
  const { mapping, notes } = detectWorkbook([grid]);
  expect(mapping.sheets[0].columns.map((c) => `${c.column}:${c.role}`)).toEqual(['A:no', 'B:indikator', 'C:target', 'D:ignore', 'E:ignore', 'F:realisasi', 'G:capaian']);
  expect(notes.map((n) => `${n.cell}: ${n.message.id}`)).toEqual([
    "C2: Target dibaca dari kolom C ('Target Tahunan'): kolom yang terlihat didahulukan dari kolom tersembunyi; kolom D ('Target TW I', kolom tersembunyi), E ('Target TW II', kolom tersembunyi) dilewati.",
  ]);
});
