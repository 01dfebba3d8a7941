/**
 * Dinas Sosial, TW I: last year's figures stand left of this year's — "Tahun 2023" over Pagu | Realisasi, then
 * "Tahun 2024" over Pagu | Realisasi s.d. TW I | % — under a two-row header, the kode typed with spaces for dots
 * ("1 06 03 1 01"), amounts as real numbers.
 * Planted: a 2024 sub kegiatan's % off, a 2024 kegiatan's pagu off, a realisasi typed "Rp. 2,100,000" (English
 * separators, read with a warning).
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.06.03', 'PROGRAM PEMBERDAYAAN SOSIAL', [
    ['1.06.03.1.01', 'Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', [
      ['1.06.03.1.01.0002', 'Pemberdayaan Sosial Komunitas Adat Terpencil', 265000000, 52400000],
      ['1.06.03.1.01.0005', 'Penyediaan Sarana dan Prasarana Sosial KAT', 410000000, 2100000],
    ]],
  ]],
  ['1.06.05', 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', [
    ['1.06.05.1.02', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Provinsi', [
      ['1.06.05.1.02.0001', 'Pendataan dan Pengelolaan Data Fakir Miskin', 138000000, 29700000],
      ['1.06.05.1.02.0003', 'Verifikasi dan Validasi Data Fakir Miskin', 92000000, 15640000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 5;
const PCT_OFF = '1.06.05.1.02.0003';
const PAGU_OFF = '1.06.03.1.01';
const TEXT_EN = '1.06.03.1.01.0005';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
/** Last year's figures: a different pagu, fully spent but for a little. */
const lastPagu = (p: number): number => Math.round(p * 0.9 / 1000000) * 1000000;
const lastReal = (p: number): number => Math.round(lastPagu(p) * 0.97);
const spaced = (code: string): string => code.replace(/\./g, ' ');

const rows: Row[] = lines.map((l) => [
  spaced(l.code),
  l.uraian,
  lines.filter((x) => x.level === 'sub' && (x.code === l.code || x.code.startsWith(`${l.code}.`))).reduce((a, x) => a + lastPagu(x.pagu), 0),
  lines.filter((x) => x.level === 'sub' && (x.code === l.code || x.code.startsWith(`${l.code}.`))).reduce((a, x) => a + lastReal(x.pagu), 0),
  l.code === PAGU_OFF ? l.pagu - 15000000 : l.pagu,
  l.code === TEXT_EN ? 'Rp. 2,100,000' : l.realisasi,
  l.code === PCT_OFF ? 18.0 : pct(l.realisasi, l.pagu),
]);
const subs = lines.filter((l) => l.level === 'sub');
rows.push(['', 'JUMLAH', subs.reduce((a, x) => a + lastPagu(x.pagu), 0), subs.reduce((a, x) => a + lastReal(x.pagu), 0), total.pagu, total.realisasi, pct(total.realisasi, total.pagu)]);
const keg = lines.find((l) => l.code === PAGU_OFF)!;

const layout: LayoutCase = {
  name: 'trial-dinsos-last-year',
  about: 'Blind trial: Dinas Sosial TW I, "Tahun 2023" Pagu | Realisasi left of "Tahun 2024" Pagu | Realisasi s.d. TW I | %, kode typed with spaces, an amount with English separators.',
  sheets: [
    {
      name: 'Realisasi 2024',
      title: [['DINAS SOSIAL PROVINSI NUSA TENGGARA TIMUR'], ['Perbandingan Realisasi Anggaran'], ['Triwulan I Tahun 2024']],
      header: [
        ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Tahun 2023', '', 'Tahun 2024', '', ''],
        ['', '', 'Pagu (Rp)', 'Realisasi (Rp)', 'Pagu (Rp)', 'Realisasi s.d. TW I (Rp)', '%'],
      ],
      headerMerges: ['A4:A5', 'B4:B5', 'C4:D4', 'E4:G4'],
      rows,
      amountColumns: [2, 3, 4, 5],
      percentColumns: [6],
      widths: [20, 60, 16, 16, 16, 18, 9],
    },
  ],
  faults: [
    { rule: 'percent-mismatch', sheet: 'Realisasi 2024', cell: `G${rowOf(PCT_OFF)}`, expected: pctText(pct(15640000, 92000000)) },
    { rule: 'sum-mismatch', sheet: 'Realisasi 2024', cell: `E${rowOf(PAGU_OFF)}`, expected: rp(keg.pagu) },
    { rule: 'separator-style', sheet: 'Realisasi 2024', cell: `F${rowOf(TEXT_EN)}` },
  ],
};

export default layout;
