import fc from 'fast-check';
import { readHeader } from '../../src/domain/mapping/vocabulary';
import type { ColumnRole } from '../../src/domain/mapping/types';

const cases: [string, ColumnRole | undefined][] = [
  ['Kode', 'kode'], ['Kode Rek', 'kode'], ['Kode Rekening', 'kode'], ['KODE REK.', 'kode'],
  ['No', 'no'], ['No.', 'no'], ['NO', 'no'], ['Nomor', 'no'],
  ['Uraian', 'uraian'], ['Program', 'uraian'], ['Kegiatan', 'uraian'], ['Sub Kegiatan', 'uraian'],
  ['Program/Kegiatan/Sub Kegiatan', 'uraian'], ['Nama', 'uraian'], ['Nomenklatur', 'uraian'],
  // Abbreviated to fit a printed column.
  ['Real. Keu. (Rp)', 'realisasi'], ['Pagu Angg. (Rp)', 'pagu'], ['Real. Fisik (%)', 'fisik'], ['Jml s.d. TW II', 'realisasi'], ['Tgt TW II', 'target'], ['% thd Pagu', 'capaian'],
  ['Pagu', 'pagu'], ['Pagu Anggaran', 'pagu'], ['Alokasi', 'pagu'], ['Alokasi dana', 'pagu'], ['Anggaran', 'pagu'], ['Pagu Anggaran 2024', 'pagu'],
  ['Target', 'target'], ['Target Triwulan I', 'target'], ['Anggaran Kas', 'target'], ['Target Keuangan', 'target'], ['Target Triwulan I %', 'target'],
  ['Realisasi', 'realisasi'], ['Realisasi Triwulan I', 'realisasi'], ['Realisasi s.d. TW II', 'realisasi'], ['Realisasi Tahun 2024', 'realisasi'],
  ['Capaian', 'capaian'], ['%', 'capaian'], ['Persentase', 'capaian'], ['% Realisasi', 'capaian'], ['Capaian (%)', 'capaian'], ['Realisasi Triwulan I %', 'capaian'],
  ['Sasaran', 'sasaran'], ['SASARAN STRATEGIS', 'sasaran'], ['Indikator', 'indikator'], ['INDIKATOR KINERJA', 'indikator'],
  ['Satuan', 'satuan'], ['Polaritas', 'polaritas'], ['Polarisasi', 'polaritas'],
  ['KONDISI AWAL 2023', 'kondisiAwal'], ['Kondisi Awal', 'kondisiAwal'],
  ['TARGET TAHUN 2024', 'target'], ['TARGET TAHUN 2023 SEBELUM PERUBAHAN', 'ignore'], ['Target Tahun 2025', 'ignore'], ['Realisasi Tahun 2023', 'ignore'],
  ['DEFINISI OPERASIONAL', 'definisi'], ['FORMULA INDIKATOR', 'formula'], ['Formula', 'formula'],
  ['Waktu Pelaksanaan', 'waktu'], ['Tanggal', 'waktu'], ['Waktu', 'waktu'],
  ['Hasil', 'hasil'], ['Output', 'hasil'],
  ['Ket', 'keterangan'], ['Ket.', 'keterangan'], ['Keterangan', 'keterangan'],
  ['Kategori', 'kategori'], ['Predikat', 'kategori'],
  // Not headers: data cells and other columns.
  ['Sumber Dana', undefined], ['Penanggung Jawab', undefined], ['Biro Organisasi', undefined], ['4.01.02', undefined],
  ['Program Penunjang Urusan Pemerintahan Daerah Provinsi dengan anggaran sebesar Rp. 661.473.673', undefined],
  ['Notulen', undefined],
];

describe('readHeader vocabulary (report year 2024)', () => {
  test.each(cases)('%s → %s', (text, role) => {
    expect(readHeader(text, 2024)?.role).toBe(role);
  });

  test('percent marks are noted for the content check', () => {
    expect(readHeader('Target Triwulan I %', 2024)?.percentMarked).toBe(true);
    expect(readHeader('Target Triwulan I', 2024)?.percentMarked).toBe(false);
  });

  test('without a report year every "Target Tahun …" reads as a target', () => {
    expect(readHeader('Target Tahun 2025')?.role).toBe('target');
  });
});

/** The same header typed with another case, extra spaces and stray punctuation. */
function retyped(text: string) {
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.constantFrom(' ', '  ', ' \u00a0', '\t'),
      fc.constantFrom('', ' ', ':', '.', ' *'),
      fc.constantFrom('', ' '),
    )
    .map(([upper, space, tail, lead]) => lead + [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('').replace(/ /g, space) + tail);
}

describe('readHeader properties', () => {
  const recognised = cases.filter(([text, role]) => role !== undefined && text !== '%');
  test('case, spacing and trailing punctuation never change the role', () => {
    fc.assert(
      fc.property(fc.constantFrom(...recognised), fc.nat(), ([text, role], seed) => {
        const [variant] = fc.sample(retyped(text), { seed, numRuns: 1 });
        expect(readHeader(variant, 2024)?.role).toBe(role);
      }),
      { numRuns: 300 },
    );
  });

  test('long sentences are never headers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...recognised), fc.lorem({ mode: 'sentences', maxCount: 5 }), ([text], sentence) => {
        fc.pre(sentence.length > 60);
        expect(readHeader(`${text} ${sentence}`, 2024)).toBeUndefined();
      }),
    );
  });
});
