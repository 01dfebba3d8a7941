/**
 * Dinas Perhubungan, TW II: the header's words do not tell the columns apart. "Anggaran" is grouped over
 * "Semula" and "Menjadi" (before and after the APBD-P), and "Realisasi Triwulan Berjalan (Rp)" (this quarter
 * only) stands before "Realisasi (Rp)" (cumulative). Only the rows tell which pagu and realisasi the capaian and
 * the Sisa were computed from. Planted: a kegiatan realisasi off, a sub kegiatan % off, a sisa off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec, type TrialLine } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['2.15.02', 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', [
    ['2.15.02.1.03', 'Penyediaan Perlengkapan Jalan di Jalan Provinsi', [
      ['2.15.02.1.03.0001', 'Pengadaan Perlengkapan Jalan', 1800000000, 630000000],
      ['2.15.02.1.03.0005', 'Pemeliharaan Perlengkapan Jalan', 420000000, 189000000],
    ]],
    ['2.15.02.1.05', 'Pengendalian dan Pengawasan Ketersediaan Angkutan Umum', [
      ['2.15.02.1.05.0002', 'Pengawasan Angkutan Umum Antar Kota dalam Provinsi', 260000000, 122200000],
    ]],
  ]],
  ['2.15.03', 'PROGRAM PENGELOLAAN PELAYARAN', [
    ['2.15.03.1.02', 'Penerbitan Izin Usaha Angkutan Laut bagi Badan Usaha', [
      ['2.15.03.1.02.0001', 'Fasilitasi Perizinan Usaha Angkutan Laut', 150000000, 57000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 5;
const REAL_OFF = '2.15.02.1.03';
const PCT_OFF = '2.15.02.1.05.0002';
const SISA_OFF = '2.15.03.1.02.0001';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));

/** The budget before the APBD-P: the sub kegiatan of 2.15.02.1.03 had 10 % more, the others 20 % less. */
const semulaOf = (l: TrialLine): number => {
  const subs = l.level === 'sub' ? [l] : lines.filter((s) => s.level === 'sub' && s.code.startsWith(`${l.code}.`));
  return subs.reduce((a, s) => a + (s.code.startsWith('2.15.02.1.03') ? Math.round(s.pagu * 1.1) : Math.round(s.pagu * 0.8)), 0);
};
/** This quarter's part of the cumulative realisasi: three fifths. */
const quarterOnly = (realisasi: number): number => Math.round((realisasi * 3) / 5);

const rows: Row[] = lines.map((l) => [
  l.code,
  l.uraian,
  semulaOf(l),
  l.pagu,
  quarterOnly(l.realisasi),
  l.code === REAL_OFF ? l.realisasi + 30000000 : l.realisasi,
  l.pagu - l.realisasi + (l.code === SISA_OFF ? 3000000 : 0),
  l.code === PCT_OFF ? 37 : pct(l.realisasi, l.pagu),
]);
const semulaTotal = lines.filter((l) => l.level === 'program').reduce((a, l) => a + semulaOf(l), 0);
rows.push(['', 'JUMLAH', semulaTotal, total.pagu, quarterOnly(total.realisasi), total.realisasi, total.pagu - total.realisasi, pct(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-dishub-semula',
  about: 'Blind trial: Dinas Perhubungan TW II, "Anggaran" over Semula/Menjadi and a quarter-only realisasi before the cumulative one; only the rows tell them apart.',
  sheets: [
    {
      name: 'LRA TW II',
      title: [['DINAS PERHUBUNGAN PROVINSI'], ['Laporan Realisasi Anggaran Triwulan II Tahun 2024'], []],
      header: [
        ['Kode', 'Uraian', 'Anggaran', '', 'Realisasi Triwulan Berjalan (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%'],
        ['', '', 'Semula', 'Menjadi', '', '', '', ''],
      ],
      headerMerges: ['A4:A5', 'B4:B5', 'C4:D4', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:H5'],
      rows,
      amountColumns: [2, 3, 4, 5, 6],
      percentColumns: [7],
      widths: [20, 60, 16, 16, 18, 16, 16, 8],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'LRA TW II', cell: `F${rowOf(REAL_OFF)}`, expected: rp(819000000) },
    { rule: 'percent-mismatch', sheet: 'LRA TW II', cell: `H${rowOf(PCT_OFF)}`, expected: pctText(47) },
    { rule: 'sisa-mismatch', sheet: 'LRA TW II', cell: `G${rowOf(SISA_OFF)}`, expected: rp(93000000) },
  ],
};

export default layout;
