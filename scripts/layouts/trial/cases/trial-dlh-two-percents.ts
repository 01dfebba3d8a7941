/**
 * Dinas Lingkungan Hidup, TW II: beside the anggaran kas ("Target Anggaran Kas TW II (Rp)") stand two percentages,
 * "% thd Target" (realisasi / anggaran kas) and "% thd Pagu" (realisasi / pagu, the capaian), and a PK sheet with
 * realisasi per quarter (Realisasi TW I … TW IV) whose values are %-formatted fractions.
 * Planted: a sub kegiatan "% thd Pagu" off, a programme anggaran kas off, a PK capaian off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['2.11.02', 'PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP', [
    ['2.11.02.1.01', 'Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup', [
      ['2.11.02.1.01.0003', 'Pemantauan Kualitas Air', 320000000, 112000000],
      ['2.11.02.1.01.0004', 'Pemantauan Kualitas Udara', 180000000, 81000000],
    ]],
  ]],
  ['2.11.09', 'PROGRAM PENGELOLAAN PERSAMPAHAN', [
    ['2.11.09.1.01', 'Penanganan Sampah di TPA/TPST Regional', [
      ['2.11.09.1.01.0001', 'Operasi dan Pemeliharaan TPA Regional', 560000000, 252000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 4;
const PCT_OFF = '2.11.02.1.01.0004';
const KAS_OFF = '2.11.09';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
/** Anggaran kas to the end of TW II: half the pagu. */
const kas = (pagu: number): number => pagu / 2;

const rows: Row[] = lines.map((l) => [
  l.code,
  l.uraian,
  l.pagu,
  l.code === KAS_OFF ? kas(l.pagu) + 20000000 : kas(l.pagu),
  l.realisasi,
  pct(l.realisasi, kas(l.pagu)),
  l.code === PCT_OFF ? 54 : pct(l.realisasi, l.pagu),
]);
rows.push(['', 'JUMLAH', total.pagu, kas(total.pagu), total.realisasi, pct(total.realisasi, kas(total.pagu)), pct(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-dlh-two-percents',
  about: 'Blind trial: DLH TW II, "% thd Target" beside "% thd Pagu" after an anggaran kas column; PK realisasi per quarter as %-formatted fractions.',
  sheets: [
    {
      name: 'Anggaran',
      title: [['DINAS LINGKUNGAN HIDUP'], ['Realisasi Anggaran s.d. Triwulan II Tahun 2024'], []],
      header: [['Kode', 'Uraian', 'Pagu (Rp)', 'Target Anggaran Kas TW II (Rp)', 'Realisasi (Rp)', '% thd Target', '% thd Pagu']],
      rows,
      amountColumns: [2, 3, 4],
      percentColumns: [5, 6],
      widths: [20, 60, 16, 18, 16, 10, 10],
    },
    {
      name: 'IKU',
      title: [['CAPAIAN INDIKATOR KINERJA UTAMA'], ['Triwulan II Tahun 2024'], []],
      header: [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi', '', '', '', 'Capaian (%)'],
        ['', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', ''],
      ],
      headerMerges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:H4', 'I4:I5'],
      rows: [
        /* 6 */ [1, 'Indeks Kualitas Air', 'Indeks', 55, 51, 52.8, null, null, 96],
        /* 7 */ [2, 'Persentase sampah yang tertangani', '%', { pct: 0.8 }, { pct: 0.6 }, { pct: 0.7 }, null, null, { pct: 0.9 }],
        /* 8 */ [3, 'Indeks Kualitas Udara', 'Indeks', 88, 86, 87.1, null, null, 98.98],
      ],
      widths: [5, 45, 10, 12, 10, 10, 10, 10, 12],
    },
  ],
  faults: [
    { rule: 'percent-mismatch', sheet: 'Anggaran', cell: `G${rowOf(PCT_OFF)}`, expected: pctText(45) },
    { rule: 'sum-mismatch', sheet: 'Anggaran', cell: `D${rowOf(KAS_OFF)}`, expected: rp(280000000) },
    { rule: 'capaian-mismatch', sheet: 'IKU', cell: 'I7', expected: pctText(87.5) },
  ],
};

export default layout;
