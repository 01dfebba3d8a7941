/**
 * Badan Kesbangpol, TW I: no kode at all — the level shows only by leading spaces in the Uraian (programme flush
 * left, kegiatan two spaces in, sub kegiatan four), a "No" column numbering the programmes only, and the totals
 * row at the top, right under the header.
 * Planted: a kegiatan's pagu off, a sub kegiatan's capaian off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['8.01.02', 'PROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN', [
    ['8.01.02.1.01', 'Perumusan Kebijakan Teknis dan Pelaksanaan Pemantapan Pelaksanaan Bidang Ideologi Pancasila', [
      ['8.01.02.1.01.0001', 'Penguatan Ideologi Pancasila dan Karakter Kebangsaan', 185000000, 41200000],
      ['8.01.02.1.01.0002', 'Pendidikan Politik bagi Pemilih Pemula', 96000000, 18000000],
    ]],
  ]],
  ['8.01.04', 'PROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN', [
    ['8.01.04.1.01', 'Pelaksanaan Kebijakan di Bidang Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan', [
      ['8.01.04.1.01.0001', 'Pemberdayaan Organisasi Kemasyarakatan', 142000000, 27500000],
      ['8.01.04.1.01.0003', 'Pengawasan Organisasi Kemasyarakatan Asing', 64000000, 9600000],
    ]],
  ]],
  ['8.01.05', 'PROGRAM PEMBINAAN DAN PENGEMBANGAN KETAHANAN EKONOMI, SOSIAL, DAN BUDAYA', [
    ['8.01.05.1.01', 'Pelaksanaan Kebijakan di Bidang Ketahanan Ekonomi, Sosial, dan Budaya', [
      ['8.01.05.1.01.0002', 'Fasilitasi Forum Kerukunan Umat Beragama', 118000000, 31000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 4;
const PAGU_OFF = '8.01.04.1.01';
const PCT_OFF = '8.01.02.1.01.0002';
// Body row 0 is the totals row, so line i sits on body row i + 1.
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code) + 1);
const indent = { program: '', kegiatan: '  ', sub: '    ' };

let no = 0;
const rows: Row[] = [['', 'JUMLAH BELANJA', total.pagu, total.realisasi, pct(total.realisasi, total.pagu)]];
for (const l of lines) {
  rows.push([
    l.level === 'program' ? ++no : '',
    indent[l.level] + l.uraian,
    l.code === PAGU_OFF ? l.pagu + 10000000 : l.pagu,
    l.realisasi,
    l.code === PCT_OFF ? 17.75 : pct(l.realisasi, l.pagu),
  ]);
}
const keg = lines.find((l) => l.code === PAGU_OFF)!;

const layout: LayoutCase = {
  name: 'trial-kesbangpol-indent',
  about: 'Blind trial: Kesbangpol TW I, no kode — levels by leading spaces in the Uraian, No for programmes only, the totals row on top under the header.',
  sheets: [
    {
      name: 'Realisasi Anggaran',
      title: [['BADAN KESATUAN BANGSA DAN POLITIK'], ['Realisasi Anggaran Triwulan I Tahun 2024'], []],
      header: [['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%']],
      rows,
      boldRows: [0],
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [5, 70, 18, 18, 9],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi Anggaran', cell: `C${rowOf(PAGU_OFF)}`, expected: rp(keg.pagu) },
    { rule: 'percent-mismatch', sheet: 'Realisasi Anggaran', cell: `E${rowOf(PCT_OFF)}`, expected: pctText(pct(18000000, 96000000)) },
  ],
};

export default layout;
