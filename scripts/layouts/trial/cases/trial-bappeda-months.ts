/**
 * Bappeda, TW I: the kode split over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan where the first three
 * were typed as numbers (Excel keeps 5, 1, 2 for "5", "01", "02"), a "Nomenklatur" column, realisasi by month
 * beside "Jumlah s.d. TW I", "Persentase", and a hidden "Bobot (%)" helper column.
 * Planted: one sub kegiatan whose months do not add up to its cumulative realisasi; a programme pagu off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, rp, sheetRow, totalOf, type ProgramSpec, type TrialLine } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['5.01.02', 'PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', [
    ['5.01.02.2.01', 'Penyusunan Perencanaan dan Pendanaan', [
      ['5.01.02.2.01.0003', 'Penyusunan Dokumen RKPD', 240000000, 60000000],
      ['5.01.02.2.01.0008', 'Koordinasi Pelaksanaan Musrenbang', 360000000, 96000000],
    ]],
    ['5.01.02.2.02', 'Analisis Data dan Informasi Perencanaan Pembangunan Daerah', [
      ['5.01.02.2.02.0001', 'Analisis Data dan Informasi Pembangunan Daerah', 150000000, 27000000],
    ]],
  ]],
  ['5.01.03', 'PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH', [
    ['5.01.03.2.04', 'Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan', [
      ['5.01.03.2.04.0001', 'Koordinasi Penyusunan Dokumen Perencanaan Sektoral', 210000000, 42000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 5;
const MONTHS_OFF = '5.01.02.2.01.0008';
const PAGU_OFF = '5.01.03';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));

/** January a fifth, February two fifths, March the rest: whole amounts that add up. */
function months(realisasi: number): [number, number, number] {
  const jan = Math.round(realisasi / 5);
  const feb = Math.round((realisasi * 2) / 5);
  return [jan, feb, realisasi - jan - feb];
}

function kode(l: TrialLine): Row {
  const s = l.code.split('.');
  return [Number(s[0]), Number(s[1]), Number(s[2]), s.length >= 5 ? `${s[3]}.${s[4]}` : '', s.length >= 6 ? s[5] : ''];
}

const rows: Row[] = lines.map((l) => {
  const [jan, feb, mar] = months(l.realisasi);
  const pagu = l.code === PAGU_OFF ? l.pagu + 40000000 : l.pagu;
  return [...kode(l), l.uraian, pct(l.pagu, total.pagu), pagu, jan, feb, l.code === MONTHS_OFF ? mar - 5000000 : mar, l.realisasi, pct(l.realisasi, l.pagu)];
});
const [tj, tf, tm] = months(total.realisasi);
rows.push(['', '', '', '', '', 'JUMLAH', 100, total.pagu, tj, tf, tm, total.realisasi, pct(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-bappeda-months',
  about: 'Blind trial: Bappeda TW I, kode over five columns with numeric Urusan/Bidang/Program, monthly realisasi beside "Jumlah s.d. TW I", hidden Bobot column.',
  sheets: [
    {
      name: 'Form Realisasi',
      title: [['BADAN PERENCANAAN PEMBANGUNAN DAERAH'], ['REALISASI KEUANGAN PER BULAN'], ['Triwulan I Tahun Anggaran 2024'], []],
      header: [['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Nomenklatur', 'Bobot (%)', 'Pagu', 'Januari', 'Februari', 'Maret', 'Jumlah s.d. TW I', 'Persentase']],
      rows,
      amountColumns: [7, 8, 9, 10, 11],
      percentColumns: [6, 12],
      hiddenColumns: [6],
      widths: [7, 7, 8, 9, 11, 55, 8, 16, 14, 14, 14, 16, 11],
    },
  ],
  faults: [
    { rule: 'months-sum-mismatch', sheet: 'Form Realisasi', cell: `L${rowOf(MONTHS_OFF)}`, expected: rp(91000000) },
    { rule: 'sum-mismatch', sheet: 'Form Realisasi', cell: `H${rowOf(PAGU_OFF)}`, expected: rp(210000000) },
  ],
};

export default layout;
