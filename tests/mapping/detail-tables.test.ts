/** A coded table without programmes is a detail of the workbook's Tabel 3.1, not a second one (detail-tables.ts). */
import { detectMapping } from '../../src/domain/mapping';
import { gridOf, type CellSpec } from './grid-builder';

const tabel31: CellSpec[][] = [
  ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
  ['4.01.01', 'Program Penunjang', 615000000, 61500000],
  ['4.01.01.2.09', 'Pemeliharaan Barang Milik Daerah', 615000000, 61500000],
  ['4.01.01.2.09.0009', 'Pemeliharaan Gedung Kantor', 615000000, 61500000],
];
const rincian: CellSpec[][] = [
  ['Kode', 'Uraian', 'Anggaran', 'Realisasi'],
  ['4.01.01.2.09.0009', 'Pemeliharaan Gedung Kantor', 605000000, 61500000],
  ['5.1.02.03.02.0117', 'Belanja Pemeliharaan Gedung Kantor', 480000000, 48000000],
  ['5.1.02.01.01.0024', 'Belanja Alat Tulis Kantor', 125000000, 13500000],
];

const kinds = (...sheets: [string, CellSpec[][]][]): string[] =>
  detectMapping(sheets.map(([name, rows]) => gridOf(name, rows))).sheets.map((s) => `${s.sheet}:${s.kind}`);

test('a sub kegiatan with its kode rekening items beside a Tabel 3.1 is a detail table', () => {
  expect(kinds(['Tabel 3.1', tabel31], ['Rincian', rincian])).toEqual(['Tabel 3.1:tabel-3.1', 'Rincian:detail']);
});

test('alone in its workbook, a table without programmes stays the Tabel 3.1', () => {
  expect(kinds(['Rincian', rincian])).toEqual(['Rincian:tabel-3.1']);
});

test('codes written with the bidang as a number or untidily still show a programme', () => {
  const untidy = tabel31.map((r, i) => (i === 1 ? ['4. 1. 1.', ...r.slice(1)] : r));
  expect(kinds(['Tabel 3.1', untidy], ['Rincian', rincian])).toEqual(['Tabel 3.1:tabel-3.1', 'Rincian:detail']);
});
