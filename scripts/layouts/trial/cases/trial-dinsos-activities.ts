/**
 * Dinas Sosial, TW I: a budget sheet written with the older two-digit sub kegiatan codes (1.06.04.2.01.01) and
 * uncoded line items under one sub kegiatan, and an activity sheet ("Tgl. Mulai" / "Tgl. Selesai" typed as text,
 * and a "Waktu" column of ranges such as "30 Januari – 01 Februari 2024").
 * Planted: an end before its start in each form, an activity ending after the quarter, JUMLAH's pagu off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, rp, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.06.04', 'PROGRAM REHABILITASI SOSIAL', [
    ['1.06.04.2.01', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar', [
      ['1.06.04.2.01.01', 'Penyediaan Permakanan', 540000000, 126000000],
      ['1.06.04.2.01.06', 'Pemberian Pelayanan Reunifikasi Keluarga', 85000000, 17000000],
    ]],
  ]],
  ['1.06.06', 'PROGRAM PENANGANAN BENCANA', [
    ['1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi', [
      ['1.06.06.2.01.02', 'Penyediaan Makanan', 300000000, 0],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const budget: Row[] = [];
for (const l of lines) {
  budget.push([l.code, l.uraian, l.pagu, l.realisasi, pct(l.realisasi, l.pagu)]);
  if (l.code === '1.06.04.2.01.01') {
    budget.push(['', 'Belanja Makanan dan Minuman Jamuan Tamu', 500000000, 120000000, 24]);
    budget.push(['', 'Belanja Bahan-Bahan Lainnya', 40000000, 6000000, 15]);
  }
}
const ABOVE = 4;
const jumlahRow = ABOVE + budget.length + 1;
budget.push(['', 'JUMLAH', total.pagu + 15000000, total.realisasi, pct(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-dinsos-activities',
  about: 'Blind trial: Dinas Sosial TW I, two-digit sub kegiatan codes with uncoded line items, activity dates typed as text in two forms.',
  sheets: [
    {
      name: 'Anggaran',
      title: [['DINAS SOSIAL PROVINSI'], ['Realisasi Anggaran Triwulan I Tahun 2024'], []],
      header: [['Kode', 'Program / Kegiatan / Sub Kegiatan / Rincian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian (%)']],
      rows: budget,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [20, 60, 18, 18, 10],
    },
    {
      name: 'Kegiatan',
      title: [['PELAKSANAAN KEGIATAN TRIWULAN I 2024'], []],
      header: [['No.', 'Nama Kegiatan', 'Lokasi', 'Tgl. Mulai', 'Tgl. Selesai', 'Waktu', 'Ket.']],
      rows: [
        /* 4 */ ['1', 'Penyaluran permakanan lansia terlantar', 'Kota Kupang', '8 Januari 2024', '31 Januari 2024', '8 – 31 Januari 2024', 'Selesai'],
        /* 5 */ ['2', 'Reunifikasi keluarga penerima manfaat', 'Kab. Kupang', '12 Februari 2024', '9 Februari 2024', '12 Februari 2024', 'Selesai'],
        /* 6 */ ['3', 'Asesmen korban bencana banjir', 'Kab. Malaka', '30 Januari 2024', '1 Februari 2024', '30 Januari – 01 Februari 2024', 'Selesai'],
        /* 7 */ ['4', 'Bimbingan sosial pendamping', 'Kota Kupang', '25 Maret 2024', '4 April 2024', '25 Maret – 04 April 2024', 'Berlanjut'],
        /* 8 */ ['5', 'Rapat evaluasi triwulan', 'Kantor Dinas', '', '', '27 s/d 26 Maret 2024', ''],
      ],
      widths: [5, 45, 16, 16, 16, 28, 12],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Anggaran', cell: `C${jumlahRow}`, expected: rp(total.pagu) },
    { rule: 'date-order', sheet: 'Kegiatan', cell: 'E5', expected: '12 Februari 2024' },
    { rule: 'date-out-of-period', sheet: 'Kegiatan', cell: 'E7', expected: '1 Januari – 31 Maret 2024' },
    { rule: 'date-out-of-period', sheet: 'Kegiatan', cell: 'F7', expected: '1 Januari – 31 Maret 2024' },
    { rule: 'date-order', sheet: 'Kegiatan', cell: 'F8' },
  ],
};

export default layout;
