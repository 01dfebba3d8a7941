/**
 * Header words planners use instead of Kode / Pagu / Realisasi: "No. Rekening", "APBD 2024 (Rp)",
 * "Serapan s.d. TW II (Rp)", "Sisa Anggaran", under a title block.
 */
import type { LayoutCase } from '../case';

const layout: LayoutCase = {
  name: 'layout-header-words',
  about: 'Tabel 3.1 headed No. Rekening | Uraian | APBD 2024 (Rp) | Serapan s.d. TW II (Rp) | % | Sisa Anggaran (issue 7, header words).',
  sheets: [
    {
      name: 'Realisasi',
      title: [['LAPORAN REALISASI ANGGARAN'], ['DINAS PERHUBUNGAN'], ['Triwulan II Tahun 2024'], []],
      header: [['No. Rekening', 'Uraian', 'APBD 2024 (Rp)', 'Serapan s.d. TW II (Rp)', '%', 'Sisa Anggaran']],
      rows: [
        /* 6 */ ['2.15.01', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', 800000000, 400000000, 50, 400000000],
        /* 7 */ ['2.15.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 300000000, 150000000, 50, 150000000],
        /* 8 */ ['2.15.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 100000000, 40000000, 40, 60000000],
        /* 9 */ ['2.15.01.2.01.0002', 'Koordinasi Penyusunan Laporan Kinerja', 200000000, 110000000, 55, 90000000],
        /* 10 */ ['2.15.01.2.02', 'Administrasi Keuangan', 500000000, 250000000, 50, 250000000],
        /* 11 */ ['2.15.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 500000000, 250000000, 50, 250000000],
        /* 12 */ ['2.15.02', 'Program Penyelenggaraan Lalu Lintas', 450000000, 180000000, 40, 270000000],
        /* 13 */ ['2.15.02.1.01', 'Penetapan Rencana Induk Jaringan LLAJ', 450000000, 180000000, 40, 270000000],
        /* 14 */ ['2.15.02.1.01.0001', 'Penyusunan Rencana Induk', 250000000, 100000000, 40, 150000000],
        /* 15 */ ['2.15.02.1.01.0002', 'Survei Lalu Lintas', 200000000, 80000000, 45, 120000000],
        /* 16 */ ['JUMLAH', '', 1250000000, '580.000.00', 46.4, 670000000],
      ],
      boldRows: [0, 10],
      amountColumns: [2, 3, 5],
      percentColumns: [4],
    },
  ],
  faults: [
    { rule: 'percent-mismatch', sheet: 'Realisasi', cell: 'E15', expected: '40,00' },
    { rule: 'number-format', sheet: 'Realisasi', cell: 'D16' },
  ],
};

export default layout;
