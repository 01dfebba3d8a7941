/**
 * Dinas Pendidikan, TW III: a five-row title block with an empty logo row, a two-row header with a merged
 * "Realisasi s.d. Triwulan III" group over Keuangan (Rp) / % / Fisik (%), Sisa Anggaran and Ket. columns.
 * Planted: a kegiatan pagu off, a sub kegiatan's % off, a sisa off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
    ['1.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', [
      ['1.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 145000000, 98500000],
      ['1.01.01.2.01.0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja', 87500000, 61250000],
    ]],
    ['1.01.01.2.06', 'Administrasi Umum Perangkat Daerah', [
      ['1.01.01.2.06.0002', 'Penyediaan Peralatan dan Perlengkapan Kantor', 312000000, 240240000],
    ]],
  ]],
  ['1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN', [
    ['1.01.02.2.01', 'Pengelolaan Pendidikan Sekolah Menengah Atas', [
      ['1.01.02.2.01.0013', 'Pengadaan Mebel Sekolah', 1750000000, 1225000000],
      ['1.01.02.2.01.0020', 'Penyediaan Biaya Operasional Pendidikan', 4200000000, 3150000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 8;
const FISIK = [72, 70, 75, 80, 78, 70, 65, 74, 76];

const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
const PAGU_OFF = '1.01.01.2.01';
const PCT_OFF = '1.01.02.2.01.0013';
const SISA_OFF = '1.01.01.2.06.0002';

const rows: Row[] = lines.map((l, i) => {
  const pagu = l.code === PAGU_OFF ? l.pagu + 10000000 : l.pagu;
  const persen = l.code === PCT_OFF ? 72 : pct(l.realisasi, l.pagu);
  const sisa = l.pagu - l.realisasi + (l.code === SISA_OFF ? 1000000 : 0);
  const no = l.level === 'program' ? String(i + 1) : '';
  return [no, l.code, l.uraian, pagu, l.realisasi, persen, FISIK[i], sisa, l.level === 'sub' ? 'Sesuai jadwal' : ''];
});
rows.push(['', '', 'JUMLAH', total.pagu, total.realisasi, pct(total.realisasi, total.pagu), 74, total.pagu - total.realisasi, '']);

const layout: LayoutCase = {
  name: 'trial-dinas-pendidikan',
  about: 'Blind trial: Dinas Pendidikan TW III, logo row in a five-row title, merged Realisasi group (Keuangan / % / Fisik), Sisa Anggaran, Ket.',
  sheets: [
    {
      name: 'Realisasi TW III',
      title: [
        ['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR'],
        ['DINAS PENDIDIKAN DAN KEBUDAYAAN'],
        [],
        ['LAPORAN REALISASI FISIK DAN KEUANGAN'],
        ['TRIWULAN III TAHUN ANGGARAN 2024'],
        [],
      ],
      header: [
        ['No', 'Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi s.d. Triwulan III', '', '', 'Sisa Anggaran (Rp)', 'Ket.'],
        ['', '', '', '', 'Keuangan (Rp)', '%', 'Fisik (%)', '', ''],
      ],
      // The title lines centred over the table, as printed.
      headerMerges: ['A1:I1', 'A2:I2', 'A4:I4', 'A5:I5', 'A7:A8', 'B7:B8', 'C7:C8', 'D7:D8', 'E7:G7', 'H7:H8', 'I7:I8'],
      rows,
      amountColumns: [3, 4, 7],
      percentColumns: [5, 6],
      widths: [5, 20, 55, 18, 18, 8, 8, 18, 16],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi TW III', cell: `D${rowOf(PAGU_OFF)}`, expected: rp(232500000) },
    { rule: 'percent-mismatch', sheet: 'Realisasi TW III', cell: `F${rowOf(PCT_OFF)}`, expected: pctText(70) },
    { rule: 'sisa-mismatch', sheet: 'Realisasi TW III', cell: `H${rowOf(SISA_OFF)}`, expected: rp(71760000) },
  ],
};

export default layout;
