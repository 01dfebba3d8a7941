/**
 * Kecamatan, TW III: neither kode nor No — programme names flush left, kegiatan three spaces in, sub kegiatan
 * six, as a camat's staff type a table copied from a printed DPA; a blank row between programmes, "Jumlah" last.
 * Planted: a programme's realisasi off, a sub kegiatan's % off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['7.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [
    ['7.01.01.1.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', [
      ['7.01.01.1.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 24000000, 18500000],
      ['7.01.01.1.01.0007', 'Evaluasi Kinerja Perangkat Daerah', 15000000, 11250000],
    ]],
    ['7.01.01.1.06', 'Administrasi Umum Perangkat Daerah', [
      ['7.01.01.1.06.0002', 'Penyediaan Peralatan dan Perlengkapan Kantor', 42000000, 30870000],
    ]],
  ]],
  ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', [
    ['7.01.02.1.01', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah', [
      ['7.01.02.1.01.0001', 'Fasilitasi Musyawarah Perencanaan Pembangunan Kecamatan', 36000000, 36000000],
      ['7.01.02.1.01.0002', 'Pelaksanaan Koordinasi Pelayanan Publik di Kecamatan', 28000000, 17640000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 4;
const PROG_OFF = '7.01.01';
const PCT_OFF = '7.01.02.1.01.0002';
const indent = { program: '', kegiatan: '   ', sub: '      ' };
const rows: Row[] = [];
const rowOf = new Map<string, number>();
for (const l of lines) {
  if (l.level === 'program' && rows.length > 0) rows.push([]);
  rowOf.set(l.code, ABOVE + rows.length + 1);
  rows.push([indent[l.level] + l.uraian, l.pagu, l.code === PROG_OFF ? l.realisasi - 3000000 : l.realisasi, l.code === PCT_OFF ? 61 : pct(l.realisasi, l.pagu)]);
}
rows.push(['Jumlah', total.pagu, total.realisasi, pct(total.realisasi, total.pagu)]);
const prog = lines.find((l) => l.code === PROG_OFF)!;

const layout: LayoutCase = {
  name: 'trial-kecamatan-indent',
  about: 'Blind trial: Kecamatan TW III, no kode and no No — levels only by leading spaces in the Uraian, blank rows between programmes, "Jumlah" last.',
  sheets: [
    {
      name: 'Realisasi TW III',
      title: [['KECAMATAN KOTA RAJA'], ['Realisasi Anggaran s.d. Triwulan III Tahun 2024'], []],
      header: [['Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)']],
      rows,
      amountColumns: [1, 2],
      percentColumns: [3],
      widths: [75, 16, 16, 10],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi TW III', cell: `C${rowOf.get(PROG_OFF)!}`, expected: rp(prog.realisasi) },
    { rule: 'percent-mismatch', sheet: 'Realisasi TW III', cell: `D${rowOf.get(PCT_OFF)!}`, expected: pctText(pct(17640000, 28000000)) },
  ],
};

export default layout;
