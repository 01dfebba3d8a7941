/**
 * The seed report's tables as the Biro Organisasi keeps them in its workbook: mixed real numbers and
 * typed text, title blocks, merged headers, and every fault of the published report left in.
 * Values are copied from ../shared/seed/laporan-kinerja-tw1-2024-biro-organisasi-ntt.md.
 */
import type { ExampleSheet, Row } from './sheet-spec';

const tabel31: ExampleSheet = {
  name: 'T3.1 Realisasi',
  title: [
    ['LAPORAN KINERJA TRIWULAN I TAHUN 2024'],
    ['BIRO ORGANISASI SETDA PROVINSI NTT'],
    ['Tabel 3.1 Realisasi Anggaran s.d. 31 Maret 2024'],
    [],
  ],
  header: [['Kode Rek', 'Uraian', 'Pagu Anggaran 2024', 'Realisasi Triwulan I Tahun 2024', 'Capaian']],
  rows: [
    ['', 'Biro Organisasi', 1500000000, 375000000, 25],
    ['4.01.01', 'Program penunjang urusan pemerintahan', 661473673, 168615100, 25.49],
    ['4.01.02', 'Program Penataan Organisasi', 838526327, 206384900, 24.61],
    ['4.01.02.1.01', 'Fasilitasi Kelembagaan dan Anjab', 183931250, 62303503, 33.87],
    ['4.01.02.1.01.01', 'Fasilitasi Penataan Kelembagaan Provinsi', 75000000, 28331441, 37.35],
    ['4.01.02.1.01.02', 'Fasilitasi Penataan Kelembagaan Kab/kota', 30356250, '-', '-'],
    ['4.01.02.1.01.03', 'Penataan Analisi Jabatan', 78575000, 33992062, 43.26],
    ['4.01.02.1.02', 'Fasilitasi RB dan AK', 654595077, 144081397, 22.01],
    ['4.01.02.1.02.01', 'Pembinaan Pelaksanaan RB', 102678125, 26371770, 25.68],
    ['4.01.02.1.02.02', 'Monitoring dan Evaluasi AK', 255356250, 52826947, 20.69],
    ['4.01.02.1.02.03', 'Evaluasi pelaksanaan Budaya Kerja', 52678125, '-', '-'],
    ['4.01.02.1.02.04', 'Pengelolaan tatalaksana Pemerintah', 105256250, 39003000, 37.02],
    ['4.01.02.1.02.05', 'Fasilitasi Peningkatan Pelayanan Publik', 138526327, 25879680, 18.68],
    ['JUMLAH', '', 1500000000, '375.000.00', '25,00'],
  ],
  boldRows: [0, 13],
  amountColumns: [2, 3],
  percentColumns: [4],
  widths: [18, 45, 20, 22, 10],
};

/** A detail table as the seed prints it: the header over columns D and E says "%", but D holds rupiah. */
function detailSheet(name: string, title: string, rows: Row[]): ExampleSheet {
  return {
    name,
    title: [[title], ['Alokasi anggaran tahun 2024 dan realisasi sampai dengan tanggal 31 Maret 2024'], []],
    header: [['No.', 'Sub Kegiatan', 'Alokasi dana', 'Target Triwulan I %', 'Realisasi Triwulan I %', 'Hasil', 'Ket.']],
    rows,
    widths: [5, 55, 18, 18, 14, 12, 10],
  };
}

const tabel32 = detailSheet('Kelembagaan', 'Tabel 3.2 Bagian Kelembagaan dan Analisis Jabatan', [
  [1, 'Fasilitasi Kelembagaan Provinsi', 'Rp. 75.000.000', 'Rp. 28.331.441', '37,35 %'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 114.000', 'Rp. 114.000'],
  ['', 'Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover', 'Rp. 2.072.000', 'Rp. 2.072.000'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 4.747.000', 'Rp. 3.852.000'],
  ['', 'Belanja Makanan dan Minuman Rapat', 'Rp. 2,100,000', 'Rp. 2.100.000'],
  ['', 'Belanja Lembur', 'Rp. 11.150.000', 'Rp. 6.570.000'],
  ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 45.317.000', 'Rp. 6.223.441'],
  [2, 'Fasilitasi Kelembagaan Kabupaten/ Kota', 'Rp. 30.356.250', 'Rp. -'],
  [3, 'Fasilitasi Analisis Jabatan', 'Rp. 78.575.000', 'Rp. 33.992.062', '42,26 %'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 228.000', 'Rp. 22.8000'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - kertas dan cover', 'Rp. 6.601.000', 'Rp. 2.884.000'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 3.276.000', 'Rp. 1.042.000'],
  ['', 'Jasa tenaga operator computer', 'Rp. 24.000.000', 'Rp. 4.000.000'],
  ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 33.410.000', 'Rp. 22.358.062'],
  ['', 'Total', 'Rp. 183.931.250', 'Rp. 62.303.503', '33,87%'],
]);

const tabel34 = detailSheet('Tatalaksana', 'Tabel 3.4 Bagian Tatalaksana', [
  [1, 'Pengelolaan Tata Laksana Pemerintahan', 'Rp. 105.256.250', 'Rp. 39.003.000', '37,02 %'],
  ['', 'Alat Tulis Kantor Penyusunan SOP AP', 'Rp. 851.000', 'Rp. 742.000'],
  ['', 'Belanja Lembur', 'Rp. 50.175.000', 'Rp. 26.515.000'],
  ['', 'Perjalanan Dinas dalam rangka Sosialisasi Penyusunan Peta Proses Bisnis Kabupaten TTU, Flores Timur dan Kabupaten Malaka', 'Rp. 30.249.000', 'Rp. 11.086.000'],
  ['', 'Biaya Makan Minum Rapat Persiapan Evaluasi Penyusunan Peta Proses Bisnis dan SOP AP Lingkup Pemerintah', 'Rp. 18.780.000', 'Rp. 660.000'],
  [2, 'Fasilitasi Peningkatan Pelayanan Publik', 'Rp. 138.526.327', 'Rp. 25.879.680', '18,68 %'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - kertas cover', 'Rp. 1.332.000', 'Rp. 1.332.000'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 5.698.327', 'Rp. 1.400.000'],
  ['', 'Belanja Makanan dan Minuman Rapat', 'Rp. 13.800.000', 'Rp. 2.700.000'],
  ['', 'Belanja Lembur', 'Rp. 54.030.000', 'Rp. 11.620.000'],
  ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 31.966.000', 'Rp. 8.827.680'],
]);

const tabel36 = detailSheet('RB dan AK', 'Tabel 3.6 Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja', [
  [1, 'Pelaksanaan Reformasi Birokrasi', 'Rp. 102.678.125', 'Rp. 26.371.770', '25,68 %'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 1.758.000', 'Rp. 207.000'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 2.966.125', 'Rp. 1.945.000'],
  ['', 'Belanja Makanan dan Minuman Rapat', 'Rp. 9.920.000', 'Rp. 3.000.000'],
  ['', 'Belanja Lembur', 'Rp. 18.406.000', 'Rp. 4.555.000'],
  ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 34.134.000', 'Rp. 16.264.770'],
  [2, 'Monitoring dan Evaluasi Akuntabilitas kinerja', 'Rp. 255.356.250', 'Rp. 52.826.947', '20,69 %'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 2.333.000', 'Rp. 628.000'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - kertas Cover', 'Rp. 3.546.000', 'Rp. 811.000'],
  ['', 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 8.786.250', 'Rp. 1.590.000'],
  ['', 'Belanja Makanan dan Minuman Rapat', 'Rp. 10.500.000', 'Rp. 1.200.000'],
  ['', 'Honorarium Tim Pelaksana kegiatan dan Sekretariat Tim Pelaksana Kegiatan', 'Rp. 83.900.000', 'Rp. 12.850.000'],
  ['', 'Belanja Lembur', 'Rp. 5.3475.000', 'Rp. 3.760.000'],
  ['', 'Belanja Perjalanan Dinas Biasa', 'Rp. 92.816.000', 'Rp. 6.854.000'],
]);

/** Section 3.1's prose list of programs and kegiatan, kept as a table; program allocations from Tabel 2.2 B. */
const rencanaKerja: ExampleSheet = {
  name: 'Rencana Kerja',
  title: [['3.1 Rencana Kerja pada Tahun 2024 pada Biro Organisasi'], []],
  header: [['No', 'Program / Kegiatan', 'Anggaran']],
  rows: [
    ['I', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', 'Rp. 661.473.673,-'],
    ['1.1', 'Kegiatan Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah', 'Rp. 150.880.650,-'],
    ['1.2', 'Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD', 'Rp. 31.230.800,-'],
    ['1.3', 'Kegiatan Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD', 'Rp 23.716.600,-.'],
    ['1.4', 'Kegiatan Penyediaan Jasa Pelayanan Umum Kantor', 'Rp. 54.750.000,-'],
    ['1.5', 'Kegiatan Administrasi Kepegawaian Perangkat Daerah', 'Rp. 20.000.000,-'],
    ['1.6', 'Kegiatan Administrasi Umum Perangkat Daerah', 'Rp. 299.373.023,00'],
    ['1.7', 'Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah', 'Rp 25.000.000,-.'],
    ['1.8', 'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintah Daerah', 'Rp. 66.220.000,-'],
    ['1.9', 'Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Rp. 100.000.000,-'],
    ['II', 'Program Penataan Organisasi', 'Rp. 838.526.327,-'],
    ['2.1', 'Kegiatan Fasilitasi Kelembagaan dan Analisis Jabatan', 'Rp. 183.931.250,-'],
    ['2.2', 'Kegiatan Fasilitasi Reformasi Birokrasi dan Akuntabilitas kinerja', 'Rp. 654.595.077,-'],
  ],
  widths: [6, 70, 22],
};

/** Tabel 2.2 A: the Renstra targets. No realisasi, so Lapkin lists it and leaves it alone. */
const perjanjianKinerja: ExampleSheet = {
  name: 'PK 2024',
  title: [['PERJANJIAN KINERJA TAHUN 2024'], ['BIRO ORGANISASI SEKRETARIAT DAERAH PROVINSI NUSA TENGGARA TIMUR'], ['Tabel 2.2'], []],
  header: [
    ['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'KONDISI AWAL', 'TARGET', '', ''],
    ['', '', '', '2023', '2024', '2025', '2026'],
  ],
  headerMerges: ['A5:A6', 'B5:B6', 'C5:C6', 'E5:G5'],
  rows: [
    ['1.', 'Meningkatnya Kualitas Penataan Kelembagaan, Tatallaksana, Reformasi Birokrasi dan Akuntabilitas Kinerja Perangkat Daerah', 'Persentase Perangkat Daerah Memiliki Predikat RB "Istimewa" (Kategori AA/Nilai = 80-90)', '39,39', '45,45', '51,51', '57,57'],
    ['', '', 'Level Maturitas Kelembagaan', '40,67', 45, 47, 49],
    ['', '', 'Presentase Perangkat Daerah dengan hasil evaluasi akuntabilitas kinerja "memuaskan" A.', 6, 12, 18, 24],
    [],
    // Tabel 2.2 B: the PK's budget, as the seed prints it under the targets.
    ['B.', 'Pelaksanaan Anggaran'],
    ['1)', 'APBD', 'Uraian', 'Alokasi', 'Keterangan'],
    ['', '', 'a) Belanja (Program)', 'Rp. 1.500.000.000,-', 'Realisasi minimal 85%'],
    ['', '1', 'Penunjang Urusan Pemerintahan Daerah', 'Rp. 661.473.673,-', 'Realisasi minimal 90%'],
  ],
  bodyMerges: ['A7:A9', 'B7:B9'],
  widths: [5, 40, 45, 10, 8, 8, 8],
};

function activitySheet(name: string, title: string, rows: Row[]): ExampleSheet {
  return {
    name,
    title: [[title], ['a. Realisasi Pelaksanaan Kegiatan dan Tugas'], []],
    header: [['No.', 'Kegiatan', 'Waktu Pelaksanaan', 'Hasil', 'Ket.']],
    rows,
    widths: [5, 60, 26, 45, 40],
  };
}

const tabel33 = activitySheet('Kegiatan Kelembagaan', 'Tabel 3.3 Bagian Kelembagaan dan Analisis Jabatan', [
  ['A.', 'Kelembagaan'],
  ['', '1. Desk Evaluasi Kelembagaan Perangkat daerah berdasarkan PerMenPAN RB Nomor 20 tahun 2018 tentang Pedoman Evaluasi Kelembagaan Instansi Pemerintah', 'Tanggal 26 Februari 2024', 'Instrumen Evaluasi Kelembagaan'],
  ['', '2. Fasilitasi ke Perangkat Daerah Lingkup Pemerintah Provinsi NTT dalam rangka Pengumpulan Data Evaluasi kelembagaan di Perangkat Daerah Lingkup PD Provinsi NTT', '', 'Data Evaluasi kelembagaan di Perangkat Daerah Lingkup PD Provinsi NTT'],
  ['', '3. Fasilitasi Perangkat Daerah Lingkup Pemerintah Provinsi NTT dalam rangka Finalisasi Pengumpulan Data Evaluasi kelembagaan di Perangkat Daerah Lingkup PD Provinsi NTT', '', 'Berita Acara yang berisikan hasil skor masing-masing subdimensi evaluasi kelembagaan Perangkat daerah pada Pemerintah Provinsi NTT'],
  ['', '4. Melakukan Studi Tiru Fasilitasi Kelembagaan Perangkat Daerah (Penerapan Praktek Baik Reformasi Birokrasi);', 'Tanggal 30 Januari – 01 Februari 2024', 'Fasilitasi Kelembagaan Perangkat Daerah (Penerapan Praktek Baik Reformasi Birokrasi);'],
  ['', '5. Asistensi Kelembagaan bersama Bagian Organisasi Setda Kota Kupang, Dinas Kesehatan Kota Kupang dan UPTD Brigade Kupang Sehat', '', 'Rekomendasi Kelembagaan UPTD Public Safety Center 119 Brigade Kupang Sehat pada Dinas Kesehatan Kota Kupang', 'Nomor : 0008.5/02/BO1. 2 Tanggal: 06 Februari 2024'],
  ['', '6. Asistensi Kelembagaan bersama Bagian Organisasi Setda Kab. Flores Timur dan Bappeda Kab. Flores Timur', 'Maret 2024', 'Rekomendasi Penataan Kelembagaan BAPPERIDA Kabupaten Flores Timur', 'Nomor : 0008.5/17/BO1. 2 Tanggal : 18 maret 2024'],
  ['', '7. Asistensi Kelembagaan bersama Bagian Organisasi Setda Kab. Manggarai Barat', '', 'Rekomendasi Kelembagaan Badan Riset dan Inovasi Daerah Kabupaten Manggarai Barat', 'Nomor : 0008.5/20/BO1.2 Tanggal : 03 April 2024'],
  ['B.', 'Analisis Jabatan dan Analisis Beban Kerja'],
  ['', '1. Melakukan Studi Tiru Penyusunan dan Penerapan Analisis Jabatan dan Analisis Beban Kerja (Penerapan Praktek Baik Reformasi Birokrasi);', 'Tanggal 30 Januari – 01 Februari 2024', 'Penyusunan dan Penerapan Analisis Jabatan dan ABK (Penerapan Praktek Baik RB);'],
  ['', '2. Konsultasi dan koordinasi analisis jabatan dan analisis beban kerja di Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi;', 'Tanggal 26- 28 Februari 2024', 'Terlaksananya Penyusunan dan Penerapan Analisis Jabatan dan ABK (Penerapan Praktek Baik RB);'],
  ['', '3. Melakukan Desk Penginputan Peta Jabatan Dalam Aplikasi SIASN Perencanaan Tahun 2024 Lingkup Pemerintah Provinsi Nusa Tenggara Timur', 'Tanggal 25 s/d 26 Maret 2024', 'Terlaksananya peta jabatan dalam Aplikasi SIASN berdasarkan jabatan yang ada dalam KepMenPAN RB Nomor 173 Tahun 2024', 'Akhir penginputan peta jabatan Perangkat Daerah Lingkup Pemerintah Provinsi Nusa Tenggara Timur dalam Aplikasi SIASN 20 April 2024'],
  ['', '4. Penerbitan Rekomendasi hasil validasi kelas jabatan dan beban kerja untuk seluruh Perangkat Daerah', 'Tanggal Januari s/d Februari 2024', 'Rekomendasi untuk Triwulan I hasil validasi kelas jabatan dan beban kerja perangkat daerah dan Form D pada Aplikasi TPP Pemerintah Provinsi NTT untuk Bulan Januari'],
]);

const tabel35 = activitySheet('Kegiatan Tatalaksana', 'Tabel 3.5 Bagian Tatalaksana', [
  ['A.', 'Tata Laksana Pemerintahan'],
  ['', '1. Pendampingan Evaluasi SOP AP pada Biro Pengadaan Barang/Jasa Setda Provinsi NTT', 'Tanggal 21 Januari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep gub Nomor 39/KEP/HK/2016 (Proses Review)'],
  ['', '2. Pendampingan Evaluasi SOP AP Biro Organisasi Provinsi NTT', 'Tanggal 4 Januari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep Gub Nomor 350/KEP/HK/2021(Proses Review)'],
  ['', '3. Pendampingan Evaluasi SOP AP Biro Administrasi Pimpinan Provinsi NTT', 'Tanggal 27 Februari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep Gub Nomor 351/KEP/HK/2021 (Proses Review)'],
  ['', '4. Pendampingan Evaluasi SOP AP Biro Umum Setda Provinsi NTT', 'Tanggal 20 Januari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep Gub Nomor 443/KEP/HK/2022 (Proses Review)'],
  ['', '5. Pendampingan Evaluasi SOP AP Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi NTT', 'Tanggal 19 Februari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep Gub 136/KEP/HK/2022 (Proses review)'],
  ['', '6. Pendampingan Evaluasi SOP AP Dinas Perhubungan Provinsi NTT', 'Tanggal 25 Februari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep Gub 367/KEP/HK/2020 (Proses review)'],
  ['B', 'Pelayanan Publik'],
  ['', '1. Rapat persiapan Penyelenggaraan Mal Pelayanan Publik dengan kabupaten/Kota;', '', 'Penyelenggaraan Mal Pelayanan Publik dengan kabupaten/Kota Tahun 2024;'],
  ['', '2. Penyusunan Pedoman dokumen Kajian untuk pengusulan Penyelenggaraan Mal Pelayanan Publik kepada Kemen PAN RB;', '', 'Pedoman dokumen Kajian untuk pengusulan Penyelenggaraan Mal Pelayanan Publik kepada Kemen PAN RB'],
  ['', '3. Pelaksanaan Evaluasi pelayanan Publik di Perangkat Daerah;', '', 'Terlaksananya Evaluasi Pelayanan Publik Melalui Metode Observasi Lapangan Di Perangkat daerah'],
  ['', '4. Rapat Penyampaian hasil Indeks Pelayanan Publik tahun 2024 yang dikeluarkan oleh Kemen PAN RB;', '', 'Tersedianya informasi Indeks Pelayanan Publik Provinsi NTT dan Pemerintah Kabupaten/ Kota tahun 2024'],
  ['', '5. Pelaksanaan Evaluasi pelayanan Publik di Perangkat Daerah oleh Ombudsman RI', '', 'Terlaksananya Evaluasi Yanlik Melalui Metode Observasi Lapangan Di Perangkat daerah'],
  ['', '6. Fasilitasi Penyusunan / Reviu Penerapan Standar Pelayanan', '', 'Terlaksananya evaluasi penerapan SP di 4 PD'],
  ['', '7. Penyiapan laporan hasil Survey Kepuasan Masyarakat (SKM) Biro Organisasi Setda Provinsi NTT;', '', 'Tersedianya data SKM Biro Organisasi Semester I tahun 2024.'],
  ['', '8. Mengusulkan pengajuan Proposal Inovasi Pelayanan Publik untuk diikutsertakan dalam Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2024;', '', 'Seleksi Proposal Kompetisi Inovasi Pelayanan Publik.'],
  ['', '9. Koordinasi dengan USAID ERAT untuk mendukung peningkatan kualitas Pelayanan Publik;', '', 'Terlaksananya kerjasama dengan USAID ERAT Di Provinsi dan Kab/Kota'],
]);

const tabel37 = activitySheet('Kegiatan RB AK', 'Tabel 3.7 Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja', [
  ['A.', 'Reformasi Birokrasi'],
  ['', '1. Evaluasi RB General Provinsi NTT Tahun 2023 dan Penyusunan Rencana Aksi RB General Tahun 2024 Perangkat Daerah Pengampu.', 'Tanggal 26 Januari 2024', 'Terlaksananya evaluasi terhadap renaksi RB general tahun 2023', 'Surat nomor: 000.8.6/01/BO3.2'],
  ['', '2. Penyampaian penyusunan rencana aksi RB general pemerintah provinsi NTT tahun 2024', 'Tanggal 29 Januari 2024', 'Tersusunnya rencana aksi RB general tahun 2024'],
  ['', '3. Penyusunan Logical Framework dan Rencana Aksi RB Tematik Pemprov NTT', 'Tanggal 18 Maret 2024', 'Tersusunnya Logical Framework Aksi RB Tematik Pemprov NTT', 'Surat Nomor : 000.8.6/10/BO/3.2'],
  ['', '4. Rapat Rencana Aksi Tindak Lanjut Evaluasi (RATL) RB General dan Tematik Berdasarkan Hasil KemenPANRB Tahun 2023.', 'Tanggal 7 dan 8 Maret 2024', 'Terlaksananya Rapat Rencana Aksi Tindak Lanjut Evaluasi (RATL) RB General dan Tematik'],
  ['', '5. Penyusunan Rencana Aksi Tindak Lanjut Evaluasi (RATL) RB General.', 'Tanggal 15 Maret 2024', 'Tersusunnya RATL RB general'],
  ['', '6. Penyusunan Rencana Aksi Tindak Lanjut Evaluasi (RATL) RB Tematik.', 'Tanggal 15 Maret 2024', 'Tersusunnya RATL RB tematik'],
  ['', '7. Menyusun draft peraturan gubernur tentang roadmap reformasi birokrasi pemerintah provinsi NTT tahun 2023-2026', 'Januari- Maret', 'Tersusunnya draft peraturan gubernur tentang roadmap reformasi birokrasi'],
  ['', '8. Menyusun SK Tim Pelaksana RB Pemerintah Provinsi NTT Tahun 2024', 'Maret', 'Tersusunnya Keputusan Tim Pelaksana RB Pemerintah Provinsi NTT Tahun 2024'],
  ['', '9. Melakukan studi tiru pelaksanaan reformasi birokrasi di Jogjakarta', 'Tanggal 30 Januari 2024', 'Memahami pelaksanaan reformasi birokrasi'],
  ['B', 'Akuntabilitas Kinerja'],
  ['', '1. Menyusun LKIP Pemerintah Provinsi NTT Tahun 2023.', 'Januari s.d Maret 2024', 'Tersusunnya dokumen LKIP Pemprov NTT Tahun 2024'],
  ['', '2. Menyusun PK Gubernur NTT tahun 2024 tahun 2024', 'Maret 2026', 'Tersusunnya dokumen PK Gubernur 2024'],
  ['', '3. Menyusun Rencana Aksi Pemprov. NTT Tahun 2024', 'Maret 2024', 'Tersusunnya Rencana Aksi Pemprov, NTT TAHUN 2024'],
  ['', '4. Memfasilitasi penyusunan LKIP, PK dan Rencana Aksi PD lingkup Pemprov.NTT', 'Februari 2024', 'Tersusunnya dokumen LKIP, PK dan Rencana Aksi PD.'],
  ['', '5. Melakukan Fasilitasi Dan Pembinaan SAKIP di Kabupaten, Malaka, Kab. Sikka, Kab. Alor, Kab. TTS', 'Januari s.d Februari 2024', 'Terlaksananya faslitasi dan pembinaan saking di Kabupaten, Malaka, Kab. Sikka, Kab. Alor, Kab. TTS'],
  ['', '6. Melakukan konsultasi penilaian AKIP di Kementerian PAN dan RB', 'Februari 2024', 'Terlakasanya Kegiatan Konsultasi'],
  ['', '7. Menyusun RATL Penilaian akip Pemprov NTT Tahun 2023', 'Maret 2024', 'Tersusunnya RATL AKIP Tahun 2024'],
  ['', '8. Memfasilitasi penyusunan Cascading PD', 'Januari s.d Februari 2024', 'Tersusunnya Cascading PD'],
]);

/** Section 3.4: a two-row merged header, a column-number row, and typed percentages of every form. */
const capaianPk: ExampleSheet = {
  name: 'Capaian PK',
  title: [['3.4. Capaian Kinerja berdasarkan Perjanjian Kinerja'], []],
  header: [
    ['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET', '', '', 'OUTPUT', ''],
    ['', '', '', 'KONDISI AWAL 2023', 'TARGET TAHUN 2023 SEBELUM PERUBAHAN', 'TARGET TAHUN 2024', 'REALISASI TAHUN 2024', 'CAPAIAN'],
    [1, 2, 3, 4, 5, 6, 7, 8],
  ],
  headerMerges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:H3'],
  rows: [
    ['1.', 'Tertaksananya Penataan Kelembagaan Provinsi dan Kabupaten/Kota', 'Hasil Evaluasi Kelembagaan PD Provinsi', '100%', '100%', '100%', 37.35, ''],
    ['', '', 'Jumlah usulan penataan kelembagaan kabupaten/kota yang ditindaklanjuti', '100%', '100%', '100%', '-', ''],
    ['2.', 'Tertaksananya Fasilitasi Penyusunan Analisis Jabatan dan Analisis Beban Kerja', 'Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja Perangkat Daerah Lingkup Pemerintah Provinsi Nusa Tenggara Timur', '100 %', '100 %', '96,96%', '0 %', '100%'],
    ['', '', 'Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja pada Kabupaten /Kota', '100%', '100 %', '100%', '13.36%', '100%'],
    ['3.', 'Meningkatnya Perangkat Daerah yang melaksanakan Tatalaksana Pemerintahan sesuai Regulasi', 'Persentase Perangkat Daerah yang melaksanakan Tatalaksana Pemerintahan sesuai Regulasi', '100%', '100%', '100%', '-', ''],
    ['4.', 'Meningkatnya Kualitas Pelayanan Publik', 'Indeks Kepuasan masyarakat', '100%', '100%', '100%', '', ''],
    ['5.', 'Tertelaksananya Pelayanan Administrasi Ketatausahaan Biro yang mencakup Perencanaan, Keuangan serta Kepegawaian dan Umum', 'Persentase kualitas pelayanan ketatausahaan Biro', '100%', '100%', '100%', '25.49%', '25.49%'],
    ['6.', 'Tertelaksananya Monitoring dan Evaluasi Akuntabilitas Kinerja.', 'Persentase Monitoring dan Evaluasi Akuntabilitas Kinerja.', '100%', '100%', '100%', '37.35%', '37.35%'],
    ['7.', 'Tertaksananya Reformasi Birokrasi Perangkat Daerah', 'Persentase Reformasi Birokrasi Perangkat Daerah', '100%', '100%', '100%', '26%', '26%'],
    ['8.', 'Tertaksananya Budaya Kerja Perangkat Daerah', 'Persentase Budaya Kerja Perangkat Daerah', '100%', '0%', '100%', '0%', '0%'],
  ],
  bodyMerges: ['A6:A7', 'B6:B7', 'A8:A9', 'B8:B9'],
  widths: [5, 40, 45, 12, 14, 12, 14, 10],
};

export const BIRO_ORGANISASI: ExampleSheet[] = [
  perjanjianKinerja,
  rencanaKerja,
  tabel31,
  tabel32,
  tabel33,
  tabel34,
  tabel35,
  tabel36,
  tabel37,
  capaianPk,
];
