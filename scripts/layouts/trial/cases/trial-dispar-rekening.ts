/**
 * Dinas Pariwisata, TW III, DPA-style: under each sub kegiatan its belanja by kode rekening, grouped (5.1.02 Belanja
 * Barang dan Jasa, 5.2.02 Belanja Modal Peralatan dan Mesin, each the sum of its own items), and one group
 * written without codes ("Belanja Operasi" over uncoded items). Planted: a kode rekening group's realisasi off
 * (its items are right), a sub kegiatan % off.
 * Waited in ../open/ until the budget hierarchy nested kode rekening (1/2 found, 5 false errors before). Its Alat
 * Tulis Kantor realisasi was 30.000.000 there, leaving the clean Belanja Barang dan Jasa row (240.000.000, 68,57 %)
 * and its sub kegiatan 10.000.000 off their items: made 40.000.000 (80 %), so the planted faults are the only ones.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { pct, pctText, rp } from '../trial-kit';

const ABOVE = 4;
const rows: Row[] = [
  /* 5 */ ['3.26.02', 'PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA', 700000000, 420000000, 60],
  /* 6 */ ['3.26.02.2.01', 'Pengelolaan Daya Tarik Wisata Provinsi', 700000000, 420000000, 60],
  /* 7 */ ['3.26.02.2.01.0001', 'Penetapan Daya Tarik Wisata Provinsi', 500000000, 300000000, 60],
  /* 8 */ ['5.1.02', 'Belanja Barang dan Jasa', 350000000, 240000000, pct(240000000, 350000000)],
  /* 9 */ ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 50000000, 40000000, 80],
  /* 10 */ ['5.1.02.02.01.0003', 'Belanja Jasa Tenaga Ahli', 300000000, 200000000, pct(200000000, 300000000)],
  /* 11 */ ['5.2.02', 'Belanja Modal Peralatan dan Mesin', 150000000, 60000000, 40],
  /* 12 */ ['5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya', 150000000, 60000000, 40],
  /* 13 */ ['3.26.02.2.01.0002', 'Pengembangan Daya Tarik Wisata Provinsi', 200000000, 120000000, 45],
  /* 14 */ ['', 'Belanja Operasi', 200000000, 120000000, 60],
  /* 15 */ ['', 'Belanja Perjalanan Dinas Dalam Kota', 80000000, 48000000, 60],
  /* 16 */ ['', 'Belanja Sewa Gedung', 120000000, 72000000, 60],
  /* 17 */ ['', 'JUMLAH', 700000000, 420000000, 60],
];
rows[3][3] = 250000000;

const layout: LayoutCase = {
  name: 'trial-dispar-rekening',
  about: 'Blind trial: Dinas Pariwisata TW III, belanja by kode rekening grouped under each sub kegiatan, and an uncoded group over uncoded items.',
  sheets: [
    {
      name: 'DPA Realisasi',
      title: [['DINAS PARIWISATA'], ['Realisasi per Rekening s.d. Triwulan III Tahun 2024'], []],
      header: [['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi', '%']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [22, 60, 16, 16, 8],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'DPA Realisasi', cell: `D${ABOVE + 4}`, expected: rp(240000000) },
    { rule: 'percent-mismatch', sheet: 'DPA Realisasi', cell: `E${ABOVE + 9}`, expected: pctText(60) },
  ],
};

export default layout;
