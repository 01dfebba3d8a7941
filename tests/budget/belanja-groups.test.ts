/** An uncoded kode rekening group row known by its name or by the code written with it. */
import { belanjaGroupCode } from '../../src/domain/budget/belanja-groups';

test.each([
  ['Belanja Operasi', '5.1'],
  ['BELANJA OPERASI', '5.1'],
  ['Belanja Daerah', '5'],
  ['Belanja Pegawai', '5.1.01'],
  ['Belanja Barang dan Jasa', '5.1.02'],
  ['Belanja Barang & Jasa', '5.1.02'],
  ['Jenis Belanja Barang dan Jasa', '5.1.02'],
  ['Kelompok Belanja Modal', '5.2'],
  ['Belanja Hibah', '5.1.05'],
  ['Belanja Bantuan Sosial', '5.1.06'],
  ['Belanja Tidak Terduga', '5.3'],
  ['Belanja Transfer', '5.4'],
  ['Belanja Bantuan Keuangan', '5.4.02'],
  ['Belanja Modal Peralatan dan Mesin', '5.2.02'],
  ['Belanja Modal Jalan, Irigasi dan Jaringan', '5.2.04'],
  ['5.1.02.04 Belanja Perjalanan Dinas', '5.1.02.04'],
  ['5.1.02 Belanja Barang dan Jasa', '5.1.02'],
  ['5.1.02. - Belanja Barang dan Jasa', '5.1.02'],
  ['5.2.02.05.01 Belanja Modal Alat Kantor', '5.2.02.05.01'],
  ['Belanja Modal (5.2)', '5.2'],
  ['  Belanja Operasi ', '5.1'],
] as const)('%s names group %s', (uraian, code) => {
  expect(belanjaGroupCode(uraian)).toBe(code);
});

test.each([
  'Belanja Perjalanan Dinas',
  'Belanja Perjalanan Dinas Biasa',
  'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor',
  'Honorarium Narasumber',
  'Kegiatan Penyusunan Dokumen',
  'Alat Tulis Kantor',
  '4.01.02 Program Penunjang',
  '5.01 Belanja Operasi',
  '',
])('%s names no group', (uraian) => {
  expect(belanjaGroupCode(uraian)).toBeUndefined();
});
