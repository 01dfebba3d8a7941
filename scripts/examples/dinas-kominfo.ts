/**
 * A second workbook laid out differently from the seed, for the mapping's real test: a title block,
 * columns reordered (Uraian before Kode), a two-row header on row 8, extra columns, blank separator rows,
 * percentages stored as fractions under a % format, formula totals with cached results, 4-digit sub kegiatan
 * codes, an indicator sheet with a Polaritas column and negative-polarity indicators, and Excel date cells.
 * The figures are made up for a Dinas Kominfo, TW II 2024; the faults planted in it are listed in
 * tests/golden/dinas-kominfo.test.ts.
 */
import type { ExampleSheet } from './sheet-spec';

const P = (pct: number) => ({ pct });
const F = (f: string, result: number) => ({ f, result });
const FP = (f: string, result: number) => ({ f, result, pct: true });

const realisasi: ExampleSheet = {
  name: 'Realisasi TW II',
  title: [
    ['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR'],
    ['DINAS KOMUNIKASI DAN INFORMATIKA'],
    ['LAPORAN REALISASI ANGGARAN'],
    ['Triwulan II Tahun Anggaran 2024'],
    ['Keadaan s.d. 30 Juni 2024'],
    [],
    [],
  ],
  header: [
    ['Uraian', 'Kode', 'Anggaran', '', 'Realisasi s.d. TW II', '% Realisasi', 'Sumber Dana', 'Ket.'],
    ['', '', 'Pagu', 'Anggaran Kas TW II', '', '', '', ''],
  ],
  headerMerges: ['A8:A9', 'B8:B9', 'C8:D8', 'E8:E9', 'F8:F9', 'G8:G9', 'H8:H9'],
  rows: [
    /* 10 */ ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', '2.16.01', 1250000000, 625000000, 630650000, P(0.5045), 'DAU'],
    /* 11 */ ['Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', '2.16.01.2.01', 150000000, 75000000, 70250000, P(0.4683), 'DAU'],
    /* 12 */ ['Penyusunan Dokumen Perencanaan Perangkat Daerah', '2.16.01.2.01.0001', 90000000, 45000000, 42750000, P(0.475), 'DAU'],
    /* 13 */ ['Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', '2.16.01.2.01.0006', 60000000, 30000000, 27500000, P(0.4583), 'DAU'],
    /* 14 */ ['Administrasi Keuangan Perangkat Daerah', '2.16.01.2.02', 1100000000, 550000000, 560400000, P(0.5095), 'DAU'],
    /* 15 */ ['Penyediaan Gaji dan Tunjangan ASN', '2.16.01.2.02.0001', 1100000000, 550000000, 560400000, P(0.5095), 'DAU'],
    /* 16 */ [],
    /* 17 */ ['PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK', '2.16.02', 405500000, 202750000, 319425000, P(0.7877), 'PAD'],
    /* 18 */ ['Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Provinsi', '2.16.02.1.01', 405500000, 202750000, 319425000, P(0.7877), 'PAD'],
    /* 19 */ ['Perumusan Kebijakan Teknis Informasi dan Komunikasi Publik', '2.16.02.1.01.0001', 75000000, 37500000, 30125000, P(0.4017), 'PAD'],
    /* 20 */ ['Monitoring Opini dan Aspirasi Publik', '2.16.02.1.01.0002', 120000000, 60000000, 58300000, P(0.4858), 'PAD'],
    /* 21 */ ['Layanan Hubungan Media', '2.16.02.1.01.0005', 210500000, 105250000, 231000000, P(1.0974), 'PAD', 'termasuk tagihan TW I'],
    /* 22 */ [],
    /* 23 */ ['PROGRAM APLIKASI INFORMATIKA', '2.16.03', F('C24+C26', 1220250000), F('D24+D26', 610125000), F('E24+E26', 388620000), FP('E23/C23', 0.318476), 'DAU'],
    /* 24 */ ['Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat', '2.16.03.1.01', 45000000, 22500000, 12000000, P(0.2667), 'DAU'],
    /* 25 */ ['Pengelolaan Nama Domain dan Sub Domain', '2.16.03.1.01.0001', 45000000, 22500000, 12000000, P(0.2667), 'DAU'],
    /* 26 */ ['Pengelolaan E-government di Lingkup Pemerintah Daerah Provinsi', '2.16.03.1.02', 1175250000, 587625000, 376620000, P(0.3205), 'DAU'],
    /* 27 */ ['Penatalaksanaan dan Pengawasan Infrastruktur SPBE', '2.16.03.1.02.0001', 640000000, 320000000, 198720000, P(0.3105), 'DAU'],
    /* 28 */ ['Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik', '2.16.03.1.02.0003', 385250000, 192625000, 101400000, P(0.2832), 'DAU'],
    /* 29 */ ['Pengelolaan Pusat Data Pemerintah Daerah', '2.16.03.1.02.0003', 150000000, 75000000, 67500000, P(0.45), 'DAU'],
    /* 30 */ [],
    /* 31 */ ['TOTAL', '', F('C10+C17+C23', 2875750000), F('D10+D17+D23', 1437875000), F('E10+E17+E23', 1338695000), FP('E31/C31', 0.465511), ''],
  ],
  boldRows: [0, 7, 13, 21],
  amountColumns: [2, 3, 4],
  widths: [60, 20, 18, 18, 18, 12, 12, 20],
};

const iku: ExampleSheet = {
  name: 'IKU 2024',
  title: [['CAPAIAN INDIKATOR KINERJA UTAMA'], ['Dinas Komunikasi dan Informatika — Triwulan II 2024'], []],
  header: [['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Polaritas', 'Target 2024', 'Realisasi TW II', 'Capaian (%)', 'Kategori']],
  rows: [
    /* 5 */ ['1', 'Meningkatnya keterbukaan informasi publik', 'Indeks Keterbukaan Informasi Publik', 'Indeks', 'Positif', 80, 76.5, P(0.9563), 'Sangat Tinggi'],
    /* 6 */ ['', '', 'Persentase Perangkat Daerah yang terhubung jaringan intra pemerintah', '%', 'Positif', P(0.85), P(0.72), P(0.8471), 'Tinggi'],
    /* 7 */ ['2', 'Meningkatnya kualitas layanan SPBE', 'Indeks SPBE', 'Indeks', 'Positif', '3,10', '2,85', '91,94', 'Sangat Tinggi'],
    /* 8 */ ['', '', 'Rata-rata waktu pemulihan gangguan layanan', 'Jam', 'Negatif', 8, 9, 112.5, 'Sangat Tinggi'],
    /* 9 */ ['', '', 'Jumlah insiden keamanan siber', 'Kejadian', 'Negatif', 10, 6, 140, 'Sangat Tinggi'],
    /* 10 */ ['3', 'Menurunnya penyebaran hoaks', 'Jumlah hoaks yang tidak terklarifikasi', 'Kasus', 'Negatif', 0, 2, '', ''],
  ],
  bodyMerges: ['A5:A6', 'B5:B6', 'A7:A9', 'B7:B9'],
  widths: [5, 35, 45, 10, 10, 11, 13, 11, 14],
};

const jadwal: ExampleSheet = {
  name: 'Jadwal Kegiatan',
  title: [['Jadwal Pelaksanaan Kegiatan Triwulan II 2024'], []],
  header: [['No', 'Kegiatan', 'Tanggal', 'Hasil']],
  rows: [
    ['1', 'Rapat koordinasi pengelola informasi dan dokumentasi (PPID)', { date: '2024-04-15' }, 'Notulen rapat'],
    ['2', 'Bimbingan teknis pengelolaan nama domain kabupaten/kota', { date: '2024-05-20' }, 'Laporan bimtek'],
    ['3', 'Monitoring jaringan intra pemerintah', '31 Juni 2024', 'Laporan monitoring'],
    ['4', 'Evaluasi SPBE mandiri', { date: '2024-07-08' }, 'Dokumen evaluasi'],
    ['5', 'Pelatihan keamanan siber bagi admin aplikasi', '12 - 14 Juni 2024', 'Sertifikat peserta'],
  ],
  widths: [5, 60, 18, 25],
};

export const DINAS_KOMINFO: ExampleSheet[] = [iku, realisasi, jadwal];
