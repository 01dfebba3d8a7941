/**
 * Satpol PP, TW I: the "TOTAL" row at the top right under the header, a blank row between programmes, amounts in
 * the Indonesian accounting format; an activity sheet with dates typed "31-03-2024", written "15 Maret 2024" and
 * as Excel date cells.
 * Planted: a programme's realisasi off, a sub kegiatan over its pagu, an activity ending after the quarter (typed
 * dd-mm-yyyy and as a date cell), an end before its start.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, rp, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.05.02', 'PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM', [
    ['1.05.02.1.01', 'Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (satu) Daerah Kabupaten/Kota', [
      ['1.05.02.1.01.0001', 'Patroli, Pengamanan dan Pengawalan', 275000000, 61800000],
      ['1.05.02.1.01.0004', 'Penyelenggaraan Ketertiban Umum dan Ketenteraman Masyarakat', 190000000, 48250000],
    ]],
    ['1.05.02.1.02', 'Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', [
      ['1.05.02.1.02.0002', 'Penindakan atas Gangguan Perda dan Perkada', 88000000, 91500000],
    ]],
  ]],
  ['1.05.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
    ['1.05.01.1.07', 'Administrasi Umum Perangkat Daerah', [
      ['1.05.01.1.07.0004', 'Penyediaan Bahan Logistik Kantor', 56000000, 13900000],
      ['1.05.01.1.07.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 120000000, 33600000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 4;
const PROG_OFF = '1.05.01';
const OVER = '1.05.02.1.02.0002';
const rows: Row[] = [['', 'TOTAL', total.pagu, total.realisasi, pct(total.realisasi, total.pagu)]];
const rowOf = new Map<string, number>();
for (const l of lines) {
  if (l.level === 'program') rows.push([]);
  rowOf.set(l.code, ABOVE + rows.length + 1);
  rows.push([l.code, l.uraian, l.pagu, l.code === PROG_OFF ? l.realisasi + 2500000 : l.realisasi, pct(l.realisasi, l.pagu)]);
}
const prog = lines.find((l) => l.code === PROG_OFF)!;
const ACCOUNTING_ID = '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-';

const layout: LayoutCase = {
  name: 'trial-satpolpp-dates',
  about: 'Blind trial: Satpol PP TW I, TOTAL row on top, blank rows between programmes, Indonesian accounting format; activity dates as dd-mm-yyyy text, "15 Maret 2024" and date cells.',
  sheets: [
    {
      name: 'Realisasi',
      title: [['SATUAN POLISI PAMONG PRAJA'], ['REALISASI ANGGARAN TRIWULAN I TAHUN 2024'], []],
      header: [['Kode Rekening', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)']],
      rows,
      boldRows: [0],
      numFmts: { 2: ACCOUNTING_ID, 3: ACCOUNTING_ID },
      percentColumns: [4],
      widths: [20, 65, 16, 16, 10],
    },
    {
      name: 'Kegiatan TW I',
      title: [['PELAKSANAAN KEGIATAN SATPOL PP TRIWULAN I 2024'], []],
      header: [['No', 'Uraian Kegiatan', 'Tgl Mulai', 'Tgl Selesai', 'Lokasi']],
      rows: [
        /* 4 */ [1, 'Patroli rutin wilayah Kota Kupang', '02-01-2024', '31-03-2024', 'Kota Kupang'],
        /* 5 */ [2, 'Penertiban pedagang kaki lima', '15 Maret 2024', '16 Maret 2024', 'Pasar Oeba'],
        /* 6 */ [3, 'Sosialisasi Perda Ketertiban Umum', '07-02-2024', '05-02-2024', 'Kab. Kupang'],
        /* 7 */ [4, 'Pengamanan kunjungan kerja', { date: '2024-03-25' }, { date: '2024-04-05' }, 'Labuan Bajo'],
        /* 8 */ [5, 'Rapat koordinasi PPNS', '28-03-2024', '02-04-2024', 'Kantor Satpol PP'],
      ],
      widths: [5, 45, 16, 16, 18],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi', cell: `D${rowOf.get(PROG_OFF)!}`, expected: rp(prog.realisasi) },
    { rule: 'over-budget', sheet: 'Realisasi', cell: `D${rowOf.get(OVER)!}` },
    { rule: 'date-order', sheet: 'Kegiatan TW I', cell: 'D6' },
    { rule: 'date-out-of-period', sheet: 'Kegiatan TW I', cell: 'D7', expected: '1 Januari – 31 Maret 2024' },
    { rule: 'date-out-of-period', sheet: 'Kegiatan TW I', cell: 'D8', expected: '1 Januari – 31 Maret 2024' },
  ],
};

export default layout;
