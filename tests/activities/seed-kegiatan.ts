/**
 * The seed report's kegiatan tables (Tabel 3.3 Bagian Kelembagaan dan Analisis Jabatan, Tabel 3.5 Bagian
 * Tatalaksana, Tabel 3.7 Bagian Reformasi Birokrasi), copied as typed, as MappedRow[].
 * Columns: A No, B Kegiatan, C Waktu Pelaksanaan, D Hasil, E Ket. Header on row 3, data from row 4.
 * Rows the Word page break split ("daerah berdasarkan …") are kept as their own rows, as in the workbook.
 */
import type { Cell } from '../../src/domain/grid/grid';
import type { ColumnRole, MappedRow, SheetMapping } from '../../src/domain/mapping/types';

export type Line = [no: string, kegiatan: string, waktu: string | Cell, hasil: string, ket: string];

const COLUMNS: [string, ColumnRole][] = [
  ['A', 'no'],
  ['B', 'uraian'],
  ['C', 'waktu'],
  ['D', 'hasil'],
  ['E', 'keterangan'],
];

export const FIRST_DATA_ROW = 4;

export function kegiatanSheet(sheet: string, title: string): SheetMapping {
  return {
    sheet,
    kind: 'kegiatan',
    headerRow: 3,
    firstDataRow: FIRST_DATA_ROW,
    title,
    columns: COLUMNS.map(([column, role]) => ({ column, role })),
  };
}

/** Lines → rows from FIRST_DATA_ROW on; empty strings are empty cells. */
export function mappedRows(lines: Line[]): MappedRow[] {
  return lines.map((line, i) => {
    const row = FIRST_DATA_ROW + i;
    const cells: MappedRow['cells'] = {};
    COLUMNS.forEach(([column, role], k) => {
      const v = line[k];
      const cell: Cell | undefined = typeof v === 'string' ? (v === '' ? undefined : { value: v }) : v;
      cells[role] = { cell, address: `${column}${row}` };
    });
    return { row, cells };
  });
}

export const TABEL_3_3: Line[] = [
  ['A.', 'Kelembagaan', '', '', ''],
  ['', '1. Desk Evaluasi Kelembagaan Perangkat', 'Tanggal 26 Februari 2024', 'Instrumen Evaluasi Kelembagaan', ''],
  ['', 'daerah berdasarkan PerMenPAN RB Nomor 20 tahun 2018 tentang Pedoman Evaluasi Kelembagaan Instansi Pemerintah', '', '', ''],
  ['', '2. Fasilitasi ke Perangkat Daerah Lingkup Pemerintah Provinsi NTT dalam rangka Pengumpulan Data Evaluasi kelembagaan di Perangkat Daerah Lingkup PD Provinsi NTT', '', 'Data Evaluasi kelembagaan di Perangkat Daerah Lingkup PD Provinsi NTT', ''],
  ['', '3. Fasilitasi Perangkat Daerah Lingkup Pemerintah Provinsi NTT dalam rangka Finalisasi Pengumpulan Data Evaluasi kelembagaan di Perangkat Daerah Lingkup PD Provinsi NTT', '', 'Berita Acara yang berisikan hasil skor masing-masing subdimensi evaluasi kelembagaan Perangkat daerah pada Pemerintah Provinsi NTT', ''],
  ['', '4. Melakukan Studi Tiru Fasilitasi Kelembagaan Perangkat Daerah (Penerapan Praktek Baik Reformasi Birokrasi);', 'Tanggal 30 Januari – 01 Februari 2024', 'Fasilitasi Kelembagaan Perangkat Daerah (Penerapan Praktek Baik Reformasi Birokrasi);', ''],
  ['', '5. Asistensi Kelembagaan bersama Bagian Organisasi Setda Kota Kupang, Dinas Kesehatan Kota Kupang dan UPTD Brigade Kupang Sehat', '', 'Rekomendasi Kelembagaan UPTD Public Safety Center 119 Brigade Kupang Sehat pada Dinas Kesehatan Kota Kupang', 'Nomor : 0008.5/02/BO1. 2 Tanggal: 06 Februari 2024'],
  ['', '6. Asistensi Kelembagaan bersama Bagian Organisasi Setda Kab. Flores Timur dan Bappeda Kab. Flores Timur', 'Maret 2024', 'Rekomendasi Penataan Kelembagaan BAPPERIDAKabupaten Flores Timur', 'Nomor : 0008.5/17/BO1. 2 Tanggal : 18 maret 2024'],
  ['', '7. Asistensi Kelembagaan bersama Bagian Organisasi Setda Kab. Manggarai Barat', '', 'Rekomendasi Kelembagaan Badan Riset dan Inovasi Daerah Kabupaten Manggarai Barat', 'Nomor : 0008.5/20/BO1.2 Tanggal : 03 April 2024'],
  ['B.', 'Analisis Jabatan dan Analisis Beban Kerja', '', '', ''],
  ['', '1. Melakukan Studi Tiru Penyusunan dan Penerapan Analisis Jabatan dan Analisis Beban Kerja (Penerapan Praktek Baik Reformasi Birokrasi);', 'Tanggal 30 Januari – 01 Februari 2024', 'Penyusunan dan Penerapan Analisis Jabatan dan ABK (Penerapan Praktek Baik RB);', ''],
  ['', '2. Konsultasi dan koordinasi analisis jabatan dan analisis beban kerja di Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi;', 'Tanggal 26- 28 Februari 2024', 'Terlaksananya Penyusunan dan Penerapan Analisis Jabatan dan ABK (Penerapan Praktek Baik RB);', ''],
  ['', '3. Melakukan Desk Penginputan Peta Jabatan Dalam Aplikasi SIASN Perencanaan Tahun 2024 Lingkup Pemerintah Provinsi Nusa Tenggara Timur', 'Tanggal 25 s/d 26 Maret 2024', 'Terlaksananya peta jabatan dalam Aplikasi SIASN berdasarkan jabatan yang ada dalam KepMenPAN RB Nomor 173 Tahun 2024', 'Akhir penginputan peta jabatan Perangkat Daerah Lingkup Pemerintah Provinsi Nusa Tenggara Timur dalam Aplikasi SIASN 20 April 2024'],
  ['', '4. Penerbitan Rekomendasi hasil validasi kelas jabatan dan beban kerja untuk seluruh Perangkat Daerah', 'Tanggal Januari s/d Februari 2024', 'Rekomendasi untuk Triwulan I hasil validasi kelas jabatan dan beban kerja perangkat daerah dan Form D pada Aplikasi TPP Pemerintah Provinsi NTT untuk Bulan Januari', ''],
];

export const TABEL_3_5: Line[] = [
  ['A.', 'Tata Laksana Pemerintahan', '', '', ''],
  ['', '1. Pendampingan Evaluasi SOP AP pada Biro Pengadaan Barang/Jasa Setda Provinsi NTT', 'Tanggal 21 Januari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep gub Nomor 39/KEP/HK/2016 (Proses Review)'],
  ['', '2. Pendampingan Evaluasi SOP AP Biro Organisasi', 'Tanggal 4 Januari 2024', 'Terlaksananya Penyusunan', 'Kep Gub Nomor 350/KEP/HK/2021(Proses'],
  ['', 'Provinsi NTT', '', 'Review SOP AP', 'Review)'],
  ['', '3. Pendampingan Evaluasi SOP AP Biro Administrasi Pimpinan Provinsi NTT', 'Tanggal 27 Februari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep Gub Nomor 351/KEP/HK/2021 (Proses Review)'],
  ['', '4. Pendampingan Evaluasi SOP AP Biro Umum Setda Provinsi NTT', 'Tanggal 20 Januari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep Gub Nomor 443/KEP/HK/2022 (Proses Review)'],
  ['', '5. Pendampingan Evaluasi SOP AP Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi NTT', 'Tanggal 19 Februari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep Gub 136/KEP/HK/2022 (Proses review)'],
  ['', '6. Pendampingan Evaluasi SOP AP Dinas Perhubungan Provinsi NTT', 'Tanggal 25 Februari 2024', 'Terlaksananya Penyusunan Review SOP AP', 'Kep Gub 367/KEP/HK/2020 (Proses review)'],
  ['B', 'Pelayanan Publik', '', '', ''],
  ['', '1. Rapat persiapan Penyelenggaraan Mal Pelayanan Publik dengan kabupaten/Kota;', '', 'Penyelenggaraan Mal Pelayanan Publik dengan kabupaten/Kota Tahun 2024;', ''],
];

export const TABEL_3_7: Line[] = [
  ['A.', 'Reformasi Birokrasi', '', '', ''],
  ['', '1. Evaluasi RB General Provinsi NTT Tahun 2023 dan Penyusunan Rencana Aksi RB General Tahun 2024 Perangkat Daerah', 'Tanggal 26 Januari 2024', 'Terlaksananya evaluasi terhadap renaksi RB general tahun 2023', 'Surat nomor: 000.8.6/01/BO3.2'],
  ['', 'Pengampu.', '', '', ''],
  ['', '2. Penyampaian penyusunan rencana aksi RB general pemerintah provinsi NTT tahun 2024', 'Tanggal 29 Januari 2024', 'Tersusunnya rencana aksi RB general tahun 2024', 'https://docs.google.com/spreadsheets/d/1-tTK9jUiEGePZrAsS9d8bwvGc8RBI8ka/edit#gid=1872451300'],
  ['', '3. Penyusunan Logical Framework dan Rencana Aksi RB Tematik Pemprov NTT', 'Tanggal 18 Maret 2024', 'Tersusunnya Logical Framework Aksi RB Tematik Pemprov NTT', 'Surat Nomor : 000.8.6/10/BO/3.2'],
  ['', '4. Rapat Rencana Aksi Tindak Lanjut Evaluasi (RATL) RB General dan Tematik Berdasarkan Hasil KemenPANRB Tahun 2023.', 'Tanggal 7 dan 8 Maret 2024', 'Terlaksananya Rapat Rencana Aksi Tindak Lanjut Evaluasi (RATL) RB General dan Tematik Berdasarkan Hasil KemenPANRB Tahun 2023.', ''],
  ['', '5. Penyusunan Rencana Aksi Tindak Lanjut Evaluasi (RATL) RB General.', 'Tanggal 15 Maret 2024', 'Tersusunnya RATL RB general', 'https://bit.ly/FormatRencanaAksiRB'],
  ['', '6. Penyusunan Rencana Aksi Tindak Lanjut Evaluasi (RATL) RB Tematik.', 'Tanggal 15 Maret 2024', 'Tersusunnya RATL RB tematik', 'https://bit.ly/FormatRencanaAksiRB'],
  ['', '7. Menyusun draft peraturan gubernur tentang roadmap reformasi birokrasi pemerintah provinsi NTT tahun 2023-2026', 'Januari- Maret', 'Tersusunnya draft peraturan gubernur tentang roadmap reformasi birokrasi pemerintah provinsi NTT tahun 2023-2026', ''],
  ['', '8. Menyusun SK Tim Pelaksana RB Pemerintah Provinsi NTT Tahun 2024', 'Maret', 'Tersusunnya Keputusan Tim Pelaksana RB Pemerintah Provinsi NTT Tahun 2024', ''],
  ['', '9. Melakukan studi tiru pelaksanaan reformasi birokrasi di Jogjakarta', 'Tanggal 30 Januari 2024', 'Memahami pelaksanaan reformasi birokrasi', ''],
  ['B', 'Akuntabilitas Kinerja', '', '', ''],
  ['', '1. Menyusun LKIP Pemerintah Provinsi NTT Tahun 2023.', 'Januari s.d Maret 2024', 'Tersusunnya dokumen LKIP Pemprov NTT Tahun 2024', ''],
  ['', '2. Menyusun PK Gubernur NTT tahun 2024 tahun 2024', 'Maret 2026', 'Tersusunnya dokumen PK Gubernur 2024', ''],
  ['', '3. Menyusun Rencana Aksi Pemprov. NTT Tahun 2024', 'Maret 2024', 'Tersusunnya Rencana Aksi Pemprov, NTT TAHUN 2024', ''],
  ['', '4. Memfasilitasi penyusunan LKIP, PK dan Rencana Aksi PD lingkup Pemprov.NTT', 'Februari 2024', 'Tersusunnya dokumen LKIP, PK dan Rencana Aksi', ''],
  ['', '', '', 'PD.', ''],
  ['', '5. Melakukan Fasilitasi Dan Pembinaan SAKIP di Kabupaten, Malaka, Kab. Sikka, Kab. Alor, Kab. TTS', 'Januari s.d Februari 2024', 'Terlaksananya faslitasi dan pembinaan saking di Kabupaten, Malaka, Kab. Sikka, Kab. Alor, Kab. TTS', ''],
  ['', '6. Melakukan konsultasi penilaian AKIP di Kementerian PAN dan RB', 'Februari 2024', 'Terlakasanya Kegiatan Konsultasi', ''],
  ['', '7. Menyusun RATL Penilaian akip Pemprov NTT Tahun 2023', 'Maret 2024', 'Tersusunnya RATL AKIP Tahun 2024', ''],
  ['', '8. Memfasilitasi penyusunan Cascading PD', 'Januari s.d Februari 2024', 'Tersusunnya Cascading PD', ''],
];
