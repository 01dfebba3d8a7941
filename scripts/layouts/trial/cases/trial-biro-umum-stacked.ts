/**
 * Biro Umum Setda, TW I: three tables stacked on one sheet, each under its own caption: Tabel 3.1 ("Anggaran",
 * "Realisasi TW I", "Persentase"), a detail table of one sub kegiatan's kode rekening line items, and the PK
 * table ("% Capaian"). Planted: the detail states another pagu for a sub kegiatan than Tabel 3.1 (its items
 * agree with the detail) — so the two tables' capaian of it differ too —, a PK capaian off, a Tabel 3.1 sub
 * kegiatan % off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['4.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
    ['4.01.01.2.07', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', [
      ['4.01.01.2.07.0002', 'Pengadaan Kendaraan Dinas Operasional atau Lapangan', 950000000, 0],
      ['4.01.01.2.07.0005', 'Pengadaan Mebel', 175000000, 42000000],
    ]],
    ['4.01.01.2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', [
      ['4.01.01.2.09.0002', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas', 420000000, 88200000],
      ['4.01.01.2.09.0009', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 615000000, 61500000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const PCT_OFF = '4.01.01.2.09.0002';
const tabel: Row[] = lines.map((l, i) => [l.level === 'sub' ? i : '', l.code, l.uraian, l.pagu, l.realisasi, l.code === PCT_OFF ? 2.1 : pct(l.realisasi, l.pagu)]);
tabel.push(['', '', 'JUMLAH', total.pagu, total.realisasi, pct(total.realisasi, total.pagu)]);

const ABOVE = 4;
const afterTabel = ABOVE + tabel.length;
const rowOf = (code: string): number => ABOVE + 1 + lines.findIndex((l) => l.code === code);

/** The detail table: sub kegiatan 4.01.01.2.09.0009 stated at 605.000.000, its items summing to that. */
const detailHeaderRow = afterTabel + 3;
const detail: Row[] = [
  [],
  ['Tabel 3.2 Rincian Belanja Pemeliharaan Gedung'],
  ['Kode', 'Uraian', '', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
  ['4.01.01.2.09.0009', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', '', 605000000, 61500000, pct(61500000, 605000000)],
  ['5.1.02.03.02.0117', 'Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Kantor', '', 480000000, 48000000, 10],
  ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', '', 125000000, 13500000, 10.8],
];
const pkHeaderRow = detailHeaderRow + (detail.length - 3) + 3;
const pk: Row[] = [
  [],
  ['Tabel 3.3 Capaian Kinerja Biro Umum'],
  ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian'],
  [1, 'Persentase sarana prasarana kantor dalam kondisi baik', '%', 85, 80, 94.12],
  [2, 'Indeks kepuasan layanan internal', 'Indeks', 3.5, 3.2, 85],
];

const layout: LayoutCase = {
  name: 'trial-biro-umum-stacked',
  about: 'Blind trial: Biro Umum TW I, Tabel 3.1, a kode-rekening detail table and a PK table stacked on one sheet under captions.',
  sheets: [
    {
      name: 'LKj TW I',
      title: [['LAPORAN KINERJA BIRO UMUM SETDA PROVINSI NTT TRIWULAN I TAHUN 2024'], ['Tabel 3.1 Realisasi Anggaran'], []],
      header: [['No', 'Kode', 'Program/Kegiatan/Sub Kegiatan', 'Anggaran (Rp)', 'Realisasi TW I (Rp)', 'Persentase']],
      rows: [...tabel, ...detail, ...pk],
      amountColumns: [3, 4],
      percentColumns: [5],
      widths: [5, 20, 60, 18, 18, 11],
    },
  ],
  faults: [
    { rule: 'percent-mismatch', sheet: 'LKj TW I', cell: `F${rowOf(PCT_OFF)}`, expected: pctText(21) },
    { rule: 'cross-table-mismatch', sheet: 'LKj TW I', cell: `D${detailHeaderRow + 1}`, expected: rp(615000000) },
    { rule: 'cross-table-mismatch', sheet: 'LKj TW I', cell: `F${detailHeaderRow + 1}`, expected: pctText(10) },
    { rule: 'capaian-mismatch', sheet: 'LKj TW I', cell: `F${pkHeaderRow + 2}`, expected: pctText(pct(3.2, 3.5)) },
  ],
};

export default layout;
