/**
 * Satpol PP, TW I: the unit's own row carries the totals above the programmes (no JUMLAH under them), a
 * "Realisasi s.d. 31 Maret 2024" header, and amounts in thousands of rupiah ("dalam ribuan rupiah").
 * Planted: the unit row's realisasi off, a sub kegiatan % off, a kegiatan pagu off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.05.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
    ['1.05.01.2.02', 'Administrasi Keuangan Perangkat Daerah', [
      ['1.05.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 7450000, 1788000],
    ]],
  ]],
  ['1.05.02', 'PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM', [
    ['1.05.02.2.01', 'Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota', [
      ['1.05.02.2.01.0001', 'Deteksi Dini dan Pencegahan Gangguan Ketenteraman dan Ketertiban Umum', 420000, 63000],
      ['1.05.02.2.01.0002', 'Patroli Pengamanan Wilayah', 385500, 96375],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 5;
const PCT_OFF = '1.05.02.2.01.0002';
const PAGU_OFF = '1.05.02.2.01';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code)) + 1;

const rows: Row[] = [['1.05', 'SATUAN POLISI PAMONG PRAJA', total.pagu, total.realisasi + 1000, pct(total.realisasi, total.pagu)]];
for (const l of lines) rows.push([l.code, l.uraian, l.code === PAGU_OFF ? l.pagu + 5000 : l.pagu, l.realisasi, l.code === PCT_OFF ? 20 : pct(l.realisasi, l.pagu)]);

const layout: LayoutCase = {
  name: 'trial-satpolpp-unitrow',
  about: 'Blind trial: Satpol PP TW I, the unit row on top carrying the totals (no JUMLAH), amounts in thousands of rupiah.',
  sheets: [
    {
      name: 'Tabel 3.1',
      title: [['Tabel 3.1'], ['Realisasi Anggaran Satuan Polisi Pamong Praja Triwulan I Tahun 2024'], ['(dalam ribuan rupiah)'], []],
      header: [['Kode', 'Uraian', 'Pagu', 'Realisasi s.d. 31 Maret 2024', 'Capaian (%)']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [12, 60, 14, 16, 10],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: `D${ABOVE + 1}`, expected: rp(total.realisasi) },
    { rule: 'percent-mismatch', sheet: 'Tabel 3.1', cell: `E${rowOf(PCT_OFF)}`, expected: pctText(25) },
    { rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: `C${rowOf(PAGU_OFF)}`, expected: rp(805500) },
  ],
};

export default layout;
