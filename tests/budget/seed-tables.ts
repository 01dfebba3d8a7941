/**
 * The seed report's budget tables (shared/seed/laporan-kinerja-tw1-2024-biro-organisasi-ntt.md), every
 * value as printed, faults left in, laid out as in examples/biro-organisasi-tw1-2024.xlsx:
 * Tabel 3.1 data from row 6 (A Kode, B Uraian, C Pagu, D Realisasi, E Capaian); the detail tables
 * from row 5 (A No, B Sub Kegiatan, C Alokasi, D the rupiah realisasi under a header that says "%",
 * E the capaian); the Rencana Kerja list (section 3.1, programme allocations from Tabel 2.2 B) from row 4.
 */
import type { Layout, Typed } from './fixture';

export const TABEL_31: Layout = {
  sheet: 'T3.1 Realisasi',
  kind: 'tabel-3.1',
  firstRow: 6,
  columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D'], ['capaian', 'E']],
};

export const TABEL_31_ROWS: Typed[][] = [
  /* 6 */ ['', 'Biro Organisasi', 1500000000, 375000000, 25],
  /* 7 */ ['4.01.01', 'Program penunjang urusan pemerintahan', 661473673, 168615100, 25.49],
  /* 8 */ ['4.01.02', 'Program Penataan Organisasi', 838526327, 206384900, 24.61],
  /* 9 */ ['4.01.02.1.01', 'Fasilitasi Kelembagaan dan Anjab', 183931250, 62303503, 33.87],
  /* 10 */ ['4.01.02.1.01.01', 'Fasilitasi Penataan Kelembagaan Provinsi', 75000000, 28331441, 37.35],
  /* 11 */ ['4.01.02.1.01.02', 'Fasilitasi Penataan Kelembagaan Kab/kota', 30356250, '-', '-'],
  /* 12 */ ['4.01.02.1.01.03', 'Penataan Analisi Jabatan', 78575000, 33992062, 43.26],
  /* 13 */ ['4.01.02.1.02', 'Fasilitasi RB dan AK', 654595077, 144081397, 22.01],
  /* 14 */ ['4.01.02.1.02.01', 'Pembinaan Pelaksanaan RB', 102678125, 26371770, 25.68],
  /* 15 */ ['4.01.02.1.02.02', 'Monitoring dan Evaluasi AK', 255356250, 52826947, 20.69],
  /* 16 */ ['4.01.02.1.02.03', 'Evaluasi pelaksanaan Budaya Kerja', 52678125, '-', '-'],
  /* 17 */ ['4.01.02.1.02.04', 'Pengelolaan tatalaksana Pemerintah', 105256250, 39003000, 37.02],
  /* 18 */ ['4.01.02.1.02.05', 'Fasilitasi Peningkatan Pelayanan Publik', 138526327, 25879680, 18.68],
  /* 19 */ ['JUMLAH', '', 1500000000, '375.000.00', '25,00'],
];

const detail = (sheet: string, title: string): Layout => ({
  sheet,
  kind: 'detail',
  firstRow: 5,
  title,
  columns: [['no', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D'], ['capaian', 'E']],
});

export const TABEL_32 = detail('Kelembagaan', 'Bagian Kelembagaan dan Analisis Jabatan');
export const TABEL_32_ROWS: Typed[][] = [
  /* 5 */ [1, 'Fasilitasi Kelembagaan Provinsi', 'Rp. 75.000.000', 'Rp. 28.331.441', '37,35 %'],
  /* 6 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 114.000', 'Rp. 114.000'],
  /* 7 */ ['', 'Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover', 'Rp. 2.072.000', 'Rp. 2.072.000'],
  /* 8 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 4.747.000', 'Rp. 3.852.000'],
  /* 9 */ ['', 'Belanja Makanan dan Minuman Rapat', 'Rp. 2,100,000', 'Rp. 2.100.000'],
  /* 10 */ ['', 'Belanja Lembur', 'Rp. 11.150.000', 'Rp. 6.570.000'],
  /* 11 */ ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 45.317.000', 'Rp. 6.223.441'],
  /* 12 */ [2, 'Fasilitasi Kelembagaan Kabupaten/ Kota', 'Rp. 30.356.250', 'Rp. -'],
  /* 13 */ [3, 'Fasilitasi Analisis Jabatan', 'Rp. 78.575.000', 'Rp. 33.992.062', '42,26 %'],
  /* 14 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 228.000', 'Rp. 22.8000'],
  /* 15 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - kertas dan cover', 'Rp. 6.601.000', 'Rp. 2.884.000'],
  /* 16 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 3.276.000', 'Rp. 1.042.000'],
  /* 17 */ ['', 'Jasa tenaga operator computer', 'Rp. 24.000.000', 'Rp. 4.000.000'],
  /* 18 */ ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 33.410.000', 'Rp. 22.358.062'],
  /* 19 */ ['', 'Total', 'Rp. 183.931.250', 'Rp. 62.303.503', '33,87%'],
];

export const TABEL_34 = detail('Tatalaksana', 'Bagian Tatalaksana');
export const TABEL_34_ROWS: Typed[][] = [
  /* 5 */ [1, 'Pengelolaan Tata Laksana Pemerintahan', 'Rp. 105.256.250', 'Rp. 39.003.000', '37,02 %'],
  /* 6 */ ['', 'Alat Tulis Kantor Penyusunan SOP AP', 'Rp. 851.000', 'Rp. 742.000'],
  /* 7 */ ['', 'Belanja Lembur', 'Rp. 50.175.000', 'Rp. 26.515.000'],
  /* 8 */ ['', 'Perjalanan Dinas dalam rangka Sosialisasi Penyusunan Peta Proses Bisnis Kabupaten TTU, Flores Timur dan Kabupaten Malaka', 'Rp. 30.249.000', 'Rp. 11.086.000'],
  /* 9 */ ['', 'Biaya Makan Minum Rapat Persiapan Evaluasi Penyusunan Peta Proses Bisnis dan SOP AP Lingkup Pemerintah', 'Rp. 18.780.000', 'Rp. 660.000'],
  /* 10 */ [2, 'Fasilitasi Peningkatan Pelayanan Publik', 'Rp. 138.526.327', 'Rp. 25.879.680', '18,68 %'],
  /* 11 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - kertas cover', 'Rp. 1.332.000', 'Rp. 1.332.000'],
  /* 12 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 5.698.327', 'Rp. 1.400.000'],
  /* 13 */ ['', 'Belanja Makanan dan Minuman Rapat', 'Rp. 13.800.000', 'Rp. 2.700.000'],
  /* 14 */ ['', 'Belanja Lembur', 'Rp. 54.030.000', 'Rp. 11.620.000'],
  /* 15 */ ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 31.966.000', 'Rp. 8.827.680'],
];

export const TABEL_36 = detail('RB dan AK', 'Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja');
export const TABEL_36_ROWS: Typed[][] = [
  /* 5 */ [1, 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 26.371.770', '25,68 %'],
  /* 6 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 1.758.000', 'Rp. 207.000'],
  /* 7 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 2.966.125', 'Rp. 1.945.000'],
  /* 8 */ ['', 'Belanja Makanan dan Minuman Rapat', 'Rp. 9.920.000', 'Rp. 3.000.000'],
  /* 9 */ ['', 'Belanja Lembur', 'Rp. 18.406.000', 'Rp. 4.555.000'],
  /* 10 */ ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 34.134.000', 'Rp. 16.264.770'],
  /* 11 */ [2, 'Monitoring dan Evaluasi Akuntabilitas kinerja', 'Rp. 255.356.250', 'Rp. 52.826.947', '20,69 %'],
  /* 12 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 2.333.000', 'Rp. 628.000'],
  /* 13 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - kertas Cover', 'Rp. 3.546.000', 'Rp. 811.000'],
  /* 14 */ ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 8.786.250', 'Rp. 1.590.000'],
  /* 15 */ ['', 'Belanja Makanan dan Minuman Rapat', 'Rp. 10.500.000', 'Rp. 1.200.000'],
  /* 16 */ ['', 'Honorarium Tim Pelaksana kegiatan dan Sekretariat Tim Pelaksana Kegiatan', 'Rp. 83.900.000', 'Rp. 12.850.000'],
  /* 17 */ ['', 'Belanja Lembur', 'Rp. 5.3475.000', 'Rp. 3.760.000'],
  /* 18 */ ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 92.816.000', 'Rp. 6.854.000'],
];

export const RENCANA_KERJA: Layout = {
  sheet: 'Rencana Kerja',
  kind: 'detail',
  firstRow: 4,
  columns: [['no', 'A'], ['uraian', 'B'], ['pagu', 'C']],
};
export const RENCANA_KERJA_ROWS: Typed[][] = [
  /* 4 */ ['I', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', 'Rp. 661.473.673,-'],
  /* 5 */ ['1.1', 'Kegiatan Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah', 'Rp. 150.880.650,-'],
  /* 6 */ ['1.2', 'Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD', 'Rp. 31.230.800,-'],
  /* 7 */ ['1.3', 'Kegiatan Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD', 'Rp 23.716.600,-.'],
  /* 8 */ ['1.4', 'Kegiatan Penyediaan Jasa Pelayanan Umum Kantor', 'Rp. 54.750.000,-'],
  /* 9 */ ['1.5', 'Kegiatan Administrasi Kepegawaian Perangkat Daerah', 'Rp. 20.000.000,-'],
  /* 10 */ ['1.6', 'Kegiatan Administrasi Umum Perangkat Daerah', 'Rp. 299.373.023,00'],
  /* 11 */ ['1.7', 'Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah', 'Rp 25.000.000,-.'],
  /* 12 */ ['1.8', 'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintah Daerah', 'Rp. 66.220.000,-'],
  /* 13 */ ['1.9', 'Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Rp. 100.000.000,-'],
  /* 14 */ ['II', 'Program Penataan Organisasi', 'Rp. 838.526.327,-'],
  /* 15 */ ['2.1', 'Kegiatan Fasilitasi Kelembagaan dan Analisis Jabatan', 'Rp. 183.931.250,-'],
  /* 16 */ ['2.2', 'Kegiatan Fasilitasi Reformasi Birokrasi dan Akuntabilitas kinerja', 'Rp. 654.595.077,-'],
];
