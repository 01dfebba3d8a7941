/**
 * A Kecamatan, TW IV: codes typed with spaces and trailing dots ("7. 01. 01."), one uraian header naming every
 * level, an empty spacer column between the names and the amounts, Alokasi / Serapan / Sisa / % / Kategori
 * (by the TW IV absorption bands), a "Jumlah Total" row. Planted: a Kategori that fits neither the absorption nor the evaluation bands, a Sisa off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { absorptionCategory } from '../../../../src/domain/indicators/category';
import { budgetLines, pct, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['7.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [
    ['7.01.01.2.05', 'Administrasi Kepegawaian Perangkat Daerah', [
      ['7.01.01.2.05.0009', 'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi', 45000000, 44100000],
    ]],
    ['7.01.01.2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', [
      ['7.01.01.2.08.0002', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 96000000, 95040000],
      ['7.01.01.2.08.0004', 'Penyediaan Jasa Pelayanan Umum Kantor', 180000000, 171000000],
    ]],
  ]],
  ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', [
    ['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', [
      ['7.01.02.2.01.0003', 'Fasilitasi Musrenbang Tingkat Kecamatan', 65000000, 64350000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 5;
const KATEGORI_OFF = '7.01.01.2.08.0004';
const SISA_OFF = '7.01.02.2.01.0003';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
const band = (r: number, p: number): string => absorptionCategory(pct(r, p), 4) ?? '';
const spaced = (code: string): string => `${code.split('.').join('. ')}.`;

const rows: Row[] = lines.map((l) => [
  spaced(l.code),
  l.uraian,
  null,
  l.pagu,
  l.realisasi,
  l.pagu - l.realisasi + (l.code === SISA_OFF ? 650000 : 0),
  pct(l.realisasi, l.pagu),
  l.code === KATEGORI_OFF ? 'Sedang' : band(l.realisasi, l.pagu),
]);
rows.push(['', 'Jumlah Total', null, total.pagu, total.realisasi, total.pagu - total.realisasi, pct(total.realisasi, total.pagu), band(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-kecamatan',
  about: 'Blind trial: Kecamatan TW IV, codes "7. 01. 01.", one uraian header for all levels, empty spacer column, Alokasi/Serapan/Sisa/%/Kategori, "Jumlah Total".',
  sheets: [
    {
      name: 'Lamp. I',
      title: [['PEMERINTAH KOTA KUPANG'], ['KECAMATAN KOTA RAJA'], ['Rekapitulasi Serapan Anggaran Triwulan IV Tahun 2024'], []],
      header: [['Kode', 'Urusan / Program / Kegiatan / Sub Kegiatan', '', 'Alokasi (Rp)', 'Serapan s.d. TW IV (Rp)', 'Sisa (Rp)', '%', 'Kategori']],
      rows,
      amountColumns: [3, 4, 5],
      percentColumns: [6],
      widths: [18, 60, 2, 16, 16, 16, 8, 14],
    },
  ],
  faults: [
    { rule: 'kategori-mismatch', sheet: 'Lamp. I', cell: `H${rowOf(KATEGORI_OFF)}`, expected: band(171000000, 180000000) },
    { rule: 'sisa-mismatch', sheet: 'Lamp. I', cell: `F${rowOf(SISA_OFF)}`, expected: rp(650000) },
  ],
};

export default layout;
