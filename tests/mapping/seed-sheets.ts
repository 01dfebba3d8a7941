/**
 * The seed report's tables (Laporan Kinerja TW I 2024, Biro Organisasi NTT) as planners keep them in
 * Excel, faults included, plus a differently laid out workbook (TW II) for the detector's generality.
 */
import type { Grid } from '../../src/domain/grid/grid';
import { gridOf, rp, type CellSpec } from './grid-builder';

const pct = (n: number): CellSpec => ({ v: n, fmt: '0.00' });

/** Tabel 3.1: title block, codes, the unit row, and the JUMLAH row with "375.000.00". */
export function tabel31(): Grid {
  return gridOf(
    'Tabel 3.1',
    [
      ['3.2 Realisasi Anggaran'],
      ['Alokasi anggaran tahun 2024 dan realisasi sampai dengan tanggal 31 Maret 2024 dengan rincian sebagaimana terlihat pada tabel dibawah ini'],
      ['Tabel 3.1'],
      ['Kode Rek', 'Uraian', 'Pagu Anggaran 2024', 'Realisasi Triwulan I Tahun 2024', 'Capaian'],
      [null, 'Biro Organisasi', rp(1500000000), rp(375000000), pct(25)],
      ['4.01.01', 'Program penunjang urusan pemerintahan', rp(661473673), rp(168615100), pct(25.49)],
      ['4.01.02', 'Program Penataan Organisasi', rp(838526327), rp(206384900), pct(24.61)],
      ['4.01.02.1.01', 'Fasilitasi Kelembagaan dan Anjab', rp(183931250), rp(62303503), pct(33.87)],
      ['4.01.02.1.01.01', 'Fasilitasi Penataan Kelembagaan Provinsi', rp(75000000), rp(28331441), pct(37.35)],
      ['4.01.02.1.01.02', 'Fasilitasi Penataan Kelembagaan Kab/kota', rp(30356250), '-', '-'],
      ['4.01.02.1.01.03', 'Penataan Analisi Jabatan', rp(78575000), rp(33992062), pct(43.26)],
      ['4.01.02.1.02', 'Fasilitasi RB dan AK', rp(654595077), rp(144081397), pct(22.01)],
      ['4.01.02.1.02.01', 'Pembinaan Pelaksanaan RB', rp(102678125), rp(26371770), pct(25.68)],
      ['4.01.02.1.02.02', 'Monitoring dan Evaluasi AK', rp(255356250), rp(52826947), pct(20.69)],
      ['4.01.02.1.02.03', 'Evaluasi pelaksanaan Budaya Kerja', rp(52678125), '-', '-'],
      ['4.01.02.1.02.04', 'Pengelolaan tatalaksana Pemerintah', rp(105256250), rp(39003000), pct(37.02)],
      ['4.01.02.1.02.05', 'Fasilitasi Peningkatan Pelayanan Publik', rp(138526327), rp(25879680), pct(18.68)],
      ['JUMLAH', null, rp(1500000000), '375.000.00', '25,00'],
    ],
    { index: 1, merges: ['A18:B18'] },
  );
}

/** Tabel 3.2: the header lies (rupiah under "Target Triwulan I %", percentages under "Realisasi Triwulan I %"). */
export function tabel32(): Grid {
  return gridOf(
    'Kelembagaan',
    [
      ['I. Bagian Kelembagaan dan Analisis Jabatan'],
      ['1. Pelaksanaan Kegiatan Triwulan I sesuai dengan Renja/DPA 2024'],
      ['Alokasi anggaran tahun 2024 dan realisasi sampai dengan tanggal 31 Maret 2024 dengan rincian sebagaimana terlihat pada tabel dibawah ini'],
      ['Tabel 3.2'],
      ['No.', 'Sub Kegiatan', 'Alokasi dana', 'Target Triwulan I %', 'Realisasi Triwulan I %', 'Hasil', 'Ket.'],
      [1, 'Fasilitasi Kelembagaan Provinsi', 'Rp. 75.000.000', 'Rp. 28.331.441', '37,35 %'],
      [null, 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 114.000', 'Rp. 114.000'],
      [null, 'Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover', 'Rp. 2.072.000', 'Rp. 2.072.000'],
      [null, 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 4.747.000', 'Rp. 3.852.000'],
      [null, 'Belanja Makanan dan Minuman Rapat', 'Rp. 2,100,000', 'Rp. 2.100.000'],
      [null, 'Belanja Lembur', 'Rp. 11.150.000', 'Rp. 6.570.000'],
      [null, 'Belanja Perjalanan Dinas Biasa', 'Rp. 45.317.000', 'Rp. 6.223.441'],
      [2, 'Fasilitasi Kelembagaan Kabupaten/ Kota', 'Rp. 30.356.250', 'Rp. -'],
      [3, 'Fasilitasi Analisis Jabatan', 'Rp. 78.575.000', 'Rp. 33.992.062', '42,26 %'],
      [null, 'Belanja Alat/Bahan untuk kegiatan Kantor - Alat Tulis Kantor', 'Rp. 228.000', 'Rp. 22.8000'],
      [null, 'Belanja Alat/Bahan untuk kegiatan Kantor - kertas dan cover', 'Rp. 6.601.000', 'Rp. 2.884.000'],
      [null, 'Belanja Alat/Bahan untuk kegiatan Kantor - Cetak', 'Rp. 3.276.000', 'Rp. 1.042.000'],
      [null, 'Jasa tenaga operator computer', 'Rp. 24.000.000', 'Rp. 4.000.000'],
      [null, 'Belanja Perjalanan Dinas Biasa', 'Rp. 33.410.000', 'Rp. 22.358.062'],
      [null, 'Total', 'Rp. 183.931.250', 'Rp. 62.303.503', '33,87%'],
    ],
    { index: 2 },
  );
}

/** Tabel 3.3: activities with dates as typed, in sections A. / B. */
export function tabel33(): Grid {
  return gridOf(
    'Kegiatan Kelembagaan',
    [
      ['I. Bagian Kelembagaan dan Analisis Jabatan'],
      ['2. Pelaksanaan Kegiatan dan Tugas Lainnya'],
      ['a. Realisasi Pelaksanaan Kegiatan dan Tugas terlihat pada tabel dibawah ini :'],
      ['Tabel 3.3'],
      ['No.', 'Kegiatan', 'Waktu Pelaksanaan', 'Hasil', 'Ket.'],
      ['A.', 'Kelembagaan'],
      [null, '1. Desk Evaluasi Kelembagaan Perangkat daerah berdasarkan PerMenPAN RB Nomor 20 tahun 2018', 'Tanggal 26 Februari 2024', 'Instrumen Evaluasi Kelembagaan'],
      [null, '2. Fasilitasi ke Perangkat Daerah Lingkup Pemerintah Provinsi NTT', null, 'Data Evaluasi kelembagaan di Perangkat Daerah Lingkup PD Provinsi NTT'],
      [null, '4. Melakukan Studi Tiru Fasilitasi Kelembagaan Perangkat Daerah', 'Tanggal 30 Januari – 01 Februari 2024', 'Fasilitasi Kelembagaan Perangkat Daerah'],
      [null, '6. Asistensi Kelembagaan bersama Bagian Organisasi Setda Kab. Flores Timur', 'Maret 2024', 'Rekomendasi Penataan Kelembagaan BAPPERIDA', 'Nomor : 0008.5/17/BO1. 2 Tanggal : 18 maret 2024'],
      ['B.', 'Analisis Jabatan dan Analisis Beban Kerja'],
      [null, '2. Konsultasi dan koordinasi analisis jabatan dan analisis beban kerja', 'Tanggal 26- 28 Februari 2024', 'Terlaksananya Penyusunan dan Penerapan Analisis Jabatan dan ABK'],
      [null, '3. Melakukan Desk Penginputan Peta Jabatan Dalam Aplikasi SIASN', 'Tanggal 25 s/d 26 Maret 2024', 'Terlaksananya peta jabatan dalam Aplikasi SIASN', 'Akhir penginputan 20 April 2024'],
    ],
    { index: 3 },
  );
}

/** Section 3.4: two-row header with merged TARGET and OUTPUT groups, a column-number row, sasaran merged over indicators. */
export function capaianPk(): Grid {
  return gridOf(
    'Capaian PK',
    [
      ['3.4. Capaian Kinerja berdasarkan Perjanjian Kinerja'],
      ['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET', null, null, 'OUTPUT', null],
      [null, null, null, 'KONDISI AWAL 2023', 'TARGET TAHUN 2023 SEBELUM PERUBAHAN', 'TARGET TAHUN 2024', 'REALISASI TAHUN 2024', 'CAPAIAN'],
      [1, 2, 3, 4, 5, 6, 7, 8],
      ['1.', 'Tertaksananya Penataan Kelembagaan Provinsi dan Kabupaten/Kota', 'Hasil Evaluasi Kelembagaan PD Provinsi', '100%', '100%', '100%', '37,35', null],
      [null, null, 'Jumlah usulan penataan kelembagaan kabupaten/kota yang ditindaklanjuti', '100%', '100%', '100%', '-', null],
      ['2.', 'Tertaksananya Fasilitasi Penyusunan Analisis Jabatan dan Analisis Beban Kerja', 'Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja Perangkat Daerah Lingkup Pemerintah Provinsi Nusa Tenggara Timur', '100 %', '100 %', '96,96%', '0 %', '100%'],
      [null, null, 'Persentase Penyusunan Analisis Jabatan dan Analisis Beban Kerja pada Kabupaten /Kota', '100%', '100 %', '100%', '13.36%', '100%'],
      ['3.', 'Meningkatnya Perangkat Daerah yang melaksanakan Tatalaksana Pemerintahan sesuai Regulasi', 'Persentase Perangkat Daerah yang melaksanakan Tatalaksana Pemerintahan sesuai Regulasi', '100%', '100%', '100%', '-', null],
      ['4.', 'Meningkatnya Kualitas Pelayanan Publik', 'Indeks Kepuasan masyarakat', '100%', '100%', '100%', null, null],
      ['5.', 'Tertelaksananya Pelayanan Administrasi Ketatausahaan Biro', 'Persentase kualitas pelayanan ketatausahaan Biro', '100%', '100%', '100%', '25.49%', '25.49%'],
      ['6.', 'Tertelaksananya Monitoring dan Evaluasi Akuntabilitas Kinerja.', 'Persentase Monitoring dan Evaluasi Akuntabilitas Kinerja.', '100%', '100%', '100%', '37.35%', '37.35%'],
      ['7.', 'Tertaksananya Reformasi Birokrasi Perangkat Daerah', 'Persentase Reformasi Birokrasi Perangkat Daerah', '100%', '100%', '100%', '26%', '26%'],
      ['8.', 'Tertaksananya Budaya Kerja Perangkat Daerah', 'Persentase Budaya Kerja Perangkat Daerah', '100%', '0%', '100%', '0%', '0%'],
    ],
    { index: 4, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:H2', 'A5:A6', 'B5:B6', 'A7:A8', 'B7:B8'] },
  );
}

/** Tabel 2.2: Renstra targets 2024–2026 and no realisasi — not a table Lapkin checks. */
export function tabel22(): Grid {
  return gridOf(
    'Tabel 2.2',
    [
      ['PERJANJIAN KINERJA TAHUN 2024'],
      ['Tabel 2.2'],
      ['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'DEFINISI OPERASIONAL', 'KONDISI AWAL', 'TARGET', null, null, 'FORMULA INDIKATOR'],
      [null, null, null, null, 2023, 2024, 2025, 2026, null],
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      ['1.', 'Meningkatnya Kualitas Penataan Kelembagaan, Tatallaksana, Reformasi Birokrasi dan Akuntabilitas Kinerja Perangkat Daerah', 'Persentase Perangkat Daerah Memiliki Predikat RB "Istimewa" (Kategori AA/Nilai = 80-90)', 'Persentase Perangkat Daerah yang memperoleh Predikat RB "Istimewa"', '39,39', '45,45', '51,51', '57,57', 'Jumlah PD Provinsi yang memperoleh Predikat RB "Istimewa" / Total Jumlah PD Lingkup Provinsi NTT x 100%'],
      [null, null, 'Level Maturitas Kelembagaan', 'Level Maturitas Kelembagaan adalah Penilaian tingkat kematangan Perangkat Daerah', '40,67', 45, 47, 49, 'Total Nilai PD / Jumlah PD'],
      [null, null, 'Presentase Perangkat Daerah dengan hasil evaluasi akuntabilitas kinerja "memuaskan" A.', 'aktifitas analisis yang sistematis untuk menilai penerapan SAKIP', 6, 12, 18, 24, 'Jumlah PD yang memperoleh nilai A / Jumlah PD x 100%'],
    ],
    { index: 0, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'F3:H3', 'I3:I4', 'A6:A8', 'B6:B8'] },
  );
}

/** A sheet Lapkin wrote itself: never input. */
export function generatedSheet(): Grid {
  return gridOf('Lapkin Tabel 3.1', [['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian'], ['4.01.01', 'Program', rp(1), rp(1), pct(100)]], {
    index: 5,
    generatedBy: 'lapkin',
  });
}

export function seedWorkbook(): Grid[] {
  return [tabel22(), tabel31(), tabel32(), tabel33(), capaianPk(), generatedSheet()];
}

const fraction = (n: number): CellSpec => ({ v: n, fmt: '0.00%' });

/**
 * A different layout: five title rows, blank rows, a two-row header on row 8 with a "Keuangan" group,
 * columns reordered (Uraian, Kode, Realisasi, Pagu, %), extra columns, blank separator rows,
 * percentages stored as fractions under "0.00%", and a formula total.
 */
export function reorderedBudget(): Grid {
  return gridOf(
    'LRA s.d. TW II',
    [
      ['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR'],
      ['SEKRETARIAT DAERAH - BIRO ORGANISASI'],
      ['LAPORAN REALISASI ANGGARAN'],
      ['KEADAAN s.d. TW II TAHUN ANGGARAN 2024'],
      ['Sumber: SIPD, diolah'],
      [],
      [],
      ['Program/Kegiatan/Sub Kegiatan', 'Kode Rekening', 'Keuangan', null, null, 'Sumber Dana', 'Penanggung Jawab', 'Keterangan'],
      [null, null, 'Realisasi s.d. TW II', 'Pagu', '%', null, null, null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['Program Penataan Organisasi', '4.01.02', rp(412000000), rp(838526327), fraction(0.4913), 'APBD', 'Kepala Biro', null],
      [],
      ['Fasilitasi Kelembagaan dan Anjab', '4.01.02.1.01', rp(97500000), rp(183931250), fraction(0.5301), 'APBD', 'Kabag KAJ', null],
      ['Fasilitasi Penataan Kelembagaan Provinsi', '4.01.02.1.01.0001', rp(40000000), rp(75000000), fraction(0.5333), 'APBD', 'Kabag KAJ', null],
      ['Penataan Analisis Jabatan', '4.01.02.1.01.0003', rp(57500000), rp(108931250), fraction(0.5279), 'APBD', 'Kabag KAJ', 'revisi DPA'],
      [],
      ['Fasilitasi RB dan AK', '4.01.02.1.02', rp(314500000), rp(654595077), fraction(0.4805), 'APBD', 'Kabag RBAK', null],
      ['Pembinaan Pelaksanaan RB', '4.01.02.1.02.0001', rp(314500000), rp(654595077), fraction(0.4805), 'APBD', 'Kabag RBAK', null],
      ['JUMLAH', null, { v: 412000000, f: 'C11', fmt: '#,##0' }, { v: 838526327, f: 'D11', fmt: '#,##0' }, { v: 0.4913, f: 'C19/D19', fmt: '0.00%' }, null, null, null],
    ],
    { index: 0, merges: ['A8:A9', 'B8:B9', 'C8:E8', 'F8:F9', 'G8:G9', 'H8:H9'] },
  );
}

/** An indicator sheet with its own Polaritas column: one negative indicator (T=8 complaints, R=9). */
export function indikatorPolaritas(): Grid {
  return gridOf(
    'IKU',
    [
      ['Pengukuran Kinerja Triwulan II Tahun 2024'],
      [],
      ['Sasaran', 'Indikator', 'Satuan', 'Polaritas', 'Target Tahun 2024', 'Realisasi s.d. TW II', 'Capaian (%)', 'Kategori'],
      ['Meningkatnya Kualitas Pelayanan Publik', 'Indeks Kepuasan Masyarakat', 'Indeks', 'Positif', 80, 82.5, 103.13, 'Sangat Tinggi'],
      [null, 'Jumlah pengaduan yang tidak ditindaklanjuti', 'Kasus', 'Negatif', 8, 9, 87.5, 'Tinggi'],
    ],
    { index: 1, merges: ['A4:A5'] },
  );
}
