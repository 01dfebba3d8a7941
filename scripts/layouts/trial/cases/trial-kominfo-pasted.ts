/**
 * A Diskominfo table pasted from a printed report: blank spacer rows between the programmes, and the header row
 * repeated where page 2 began (with its column-number row "1 | 2 | 3 | 4 | 5 | 6"), in the middle of a programme.
 * Planted: a kegiatan pagu off (its sub kegiatan run on past the repeated header), a sub kegiatan % off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['2.16.02', 'PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK', [
    ['2.16.02.2.01', 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Provinsi', [
      ['2.16.02.2.01.0001', 'Perumusan Kebijakan Teknis di Bidang Komunikasi Publik', 90000000, 45000000],
      ['2.16.02.2.01.0002', 'Monitoring Opini dan Aspirasi Publik', 150000000, 60000000],
      ['2.16.02.2.01.0003', 'Pengelolaan Konten dan Perencanaan Media Komunikasi Publik', 210000000, 94500000],
    ]],
  ]],
  ['2.16.03', 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA', [
    ['2.16.03.2.02', 'Pengelolaan e-Government di Lingkup Pemerintah Daerah Provinsi', [
      ['2.16.03.2.02.0005', 'Pengelolaan Pusat Data Pemerintahan Daerah', 640000000, 256000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const PAGU_OFF = '2.16.02.2.01';
const PCT_OFF = '2.16.03.2.02.0005';
const HEADER: Row = ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Ket.'];
const NUMBERS: Row = ['1', '2', '3', '4', '5', '6'];

const ABOVE = 5;
const rows: Row[] = [];
const rowOf = new Map<string, number>();
lines.forEach((l, i) => {
  if (l.level === 'program' && i > 0) rows.push([]);
  // Page 2 starts after the second sub kegiatan: the printed header repeats there.
  if (l.code === '2.16.02.2.01.0003') rows.push(HEADER, NUMBERS);
  rowOf.set(l.code, ABOVE + rows.length + 1);
  rows.push([l.code, l.uraian, l.code === PAGU_OFF ? l.pagu + 30000000 : l.pagu, l.realisasi, l.code === PCT_OFF ? 14 : pct(l.realisasi, l.pagu), '']);
});
rows.push([]);
rows.push(['', 'JUMLAH', total.pagu, total.realisasi, pct(total.realisasi, total.pagu), '']);

const layout: LayoutCase = {
  name: 'trial-kominfo-pasted',
  about: 'Blind trial: Diskominfo TW II pasted from a printed report, blank rows between programmes and the header repeated at the page break.',
  sheets: [
    {
      name: 'Tabel 3.1',
      title: [['Tabel 3.1'], ['Realisasi Anggaran Dinas Komunikasi dan Informatika Triwulan II Tahun 2024'], []],
      header: [HEADER, NUMBERS],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [20, 60, 16, 16, 10, 10],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: `C${rowOf.get(PAGU_OFF)}`, expected: rp(450000000) },
    { rule: 'percent-mismatch', sheet: 'Tabel 3.1', cell: `E${rowOf.get(PCT_OFF)}`, expected: pctText(40) },
  ],
};

export default layout;
