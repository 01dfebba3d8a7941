/**
 * Dinas Pertanian, TW III: the shared programme written X.XX.01, a roman-numbered "No" column beside the kode, a
 * three-row header ("Realisasi" over "s.d. Triwulan III" over "Rp | %"), capaian stored as %-formatted fractions,
 * amounts typed as text with non-breaking spaces, a "Jumlah Belanja" total, and a "Rekap" sheet of programmes only.
 * Planted: a sub kegiatan capaian off, a kegiatan pagu off, the Rekap's total realisasi off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['X.XX.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
    ['X.XX.01.2.02', 'Administrasi Keuangan Perangkat Daerah', [
      ['X.XX.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 5200000000, 3796000000],
    ]],
  ]],
  ['3.27.03', 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN', [
    ['3.27.03.1.01', 'Pengembangan Prasarana Pertanian', [
      ['3.27.03.1.01.0002', 'Pembangunan Prasarana Pertanian', 2750000000, 1650000000],
      ['3.27.03.1.01.0005', 'Pengembangan Jaringan Irigasi Tersier', 940000000, 611000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 6;
const PCT_OFF = '3.27.03.1.01.0005';
const PAGU_OFF = '3.27.03.1.01';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
const nbsp = (n: number): string => `Rp\u00a0${rp(n)}`;
const ROMAN = ['I', 'II'];

let program = -1;
const rows: Row[] = lines.map((l) => {
  if (l.level === 'program') program++;
  const pagu = l.code === PAGU_OFF ? l.pagu - 100000000 : l.pagu;
  const fraction = l.code === PCT_OFF ? 0.6 : Math.round((l.realisasi / l.pagu) * 10000) / 10000;
  return [l.level === 'program' ? ROMAN[program] : '', l.code, l.uraian, nbsp(pagu), nbsp(l.realisasi), { pct: fraction }];
});
rows.push(['', '', 'Jumlah Belanja', nbsp(total.pagu), nbsp(total.realisasi), { pct: Math.round((total.realisasi / total.pagu) * 10000) / 10000 }]);

const programs = lines.filter((l) => l.level === 'program');
const rekap: Row[] = programs.map((l, i) => [i + 1, l.code, l.uraian, l.pagu, l.realisasi, pct(l.realisasi, l.pagu)]);
const rekapTotalRow = 4 + rekap.length + 1;
rekap.push(['', '', 'JUMLAH', total.pagu, total.realisasi + 20000000, pct(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-distan-shared',
  about: 'Blind trial: Dinas Pertanian TW III, shared programme X.XX.01, roman-numbered No, three-row header, %-formatted fractions, Rp with NBSP, a programme-only Rekap.',
  sheets: [
    {
      name: 'Realisasi',
      title: [['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR'], ['DINAS PERTANIAN DAN KETAHANAN PANGAN'], ['Realisasi Anggaran s.d. Triwulan III Tahun 2024']],
      header: [
        ['No', 'Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi', ''],
        ['', '', '', '', 's.d. Triwulan III', ''],
        ['', '', '', '', 'Rp', '%'],
      ],
      headerMerges: ['A4:A6', 'B4:B6', 'C4:C6', 'D4:D6', 'E4:F4', 'E5:F5'],
      rows,
      widths: [5, 20, 60, 20, 20, 9],
    },
    {
      name: 'Rekap',
      title: [['REKAPITULASI PER PROGRAM'], ['Triwulan III Tahun 2024'], []],
      header: [['No', 'Kode', 'Program', 'Pagu', 'Realisasi', 'Capaian (%)']],
      rows: rekap,
      amountColumns: [3, 4],
      percentColumns: [5],
      widths: [5, 14, 60, 18, 18, 10],
    },
  ],
  faults: [
    { rule: 'percent-mismatch', sheet: 'Realisasi', cell: `F${rowOf(PCT_OFF)}`, expected: pctText(65) },
    { rule: 'sum-mismatch', sheet: 'Realisasi', cell: `D${rowOf(PAGU_OFF)}`, expected: rp(3690000000) },
    { rule: 'sum-mismatch', sheet: 'Rekap', cell: `E${rekapTotalRow}`, expected: rp(total.realisasi) },
  ],
};

export default layout;
