/** Header words planners use in the layouts of issue 7, each read as the role it names (report year 2024). */
import { monthOfHeader, readHeader } from '../../src/domain/mapping/vocabulary';

test.each([
 ['No. Rekening','kode'],['Rekening','kode'],['Kode Rekening','kode'],['APBD 2024 (Rp)','pagu'],['Anggaran','pagu'],
 ['Serapan s.d. TW II (Rp)','realisasi'],['Serapan TW 1 (Rp)','realisasi'],['Jumlah (Rp)',undefined],['Sisa Anggaran','sisa'],
 ['Urusan/Bidang/Program/Kegiatan/Sub Kegiatan','uraian'],['Realisasi Keuangan','realisasi'],['Realisasi Fisik (%)','fisik'],
 ['Januari','realisasiBulan'],['Realisasi Juni','realisasiBulan'],['Jumlah s.d. TW II','realisasi'],['Realisasi s.d. Triwulan II','realisasi'],
 ['Realisasi s.d. Juni','realisasi'],['Anggaran Murni','paguMurni'],['Anggaran Perubahan','pagu'],['APBD-P','pagu'],['APBD Murni','paguMurni'],
 ['Target Tahunan','targetTahunan'],['Target TW II','target'],['Tanggal Mulai','tanggalMulai'],['Tanggal Selesai','tanggalSelesai'],['Tanggal','waktu'],
 ['Urusan','kodeBagian'],['Bidang Urusan','kodeBagian'],['Target Fisik','ignore'],['Desember 2023','ignore'],['Kegiatan','uraian'],['Jumlah Anggaran','pagu'],
 ['Kode Rek.','kode'],['Nomor','no'],['Sasaran','sasaran'],['Realisasi (%)','capaian'],
])('%s', (t, r) => expect(readHeader(t as string, 2024)?.role).toBe(r));

test.each([['Januari', 1], ['Realisasi Juni', 6], ['Des', 12], ['Jumlah', undefined]])('month of %s', (t, m) => {
  expect(monthOfHeader(t as string)).toBe(m);
});
