/**
 * Dinas Kependudukan dan Pencatatan Sipil, TW I: the codes stand in a column whose header cell was left empty
 * (the "Uraian" header merged over both columns), as planners leave it when the codes were pasted beside the
 * names. Planted: a kegiatan pagu off, a sub kegiatan % off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['2.12.02', 'PROGRAM PENDAFTARAN PENDUDUK', [
    ['2.12.02.2.01', 'Pelayanan Pendaftaran Penduduk', [
      ['2.12.02.2.01.0001', 'Fasilitasi Pelayanan Pendaftaran Penduduk', 140000000, 28000000],
      ['2.12.02.2.01.0002', 'Penyediaan Blangko KTP Elektronik', 260000000, 78000000],
    ]],
  ]],
  ['2.12.04', 'PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN', [
    ['2.12.04.2.01', 'Pengumpulan Data Kependudukan dan Pemanfaatan dan Penyajian Database Kependudukan', [
      ['2.12.04.2.01.0003', 'Penyajian Data Kependudukan Skala Provinsi', 95000000, 19000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 4;
const PAGU_OFF = '2.12.02.2.01';
const PCT_OFF = '2.12.04.2.01.0003';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));

const rows: Row[] = lines.map((l) => [l.code, l.uraian, l.code === PAGU_OFF ? l.pagu + 40000000 : l.pagu, l.realisasi, l.code === PCT_OFF ? 2 : pct(l.realisasi, l.pagu)]);
rows.push(['', 'JUMLAH', total.pagu, total.realisasi, pct(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-dukcapil-unheaded-kode',
  about: 'Blind trial: Dukcapil TW I, the code column without a header of its own (the Uraian header merged over it).',
  sheets: [
    {
      name: 'Realisasi',
      title: [['DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL'], ['Realisasi Anggaran Triwulan I Tahun 2024'], []],
      header: [['Uraian', '', 'Pagu', 'Realisasi', 'Capaian (%)']],
      headerMerges: ['A4:B4'],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [20, 60, 16, 16, 10],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi', cell: `C${rowOf(PAGU_OFF)}`, expected: rp(400000000) },
    { rule: 'percent-mismatch', sheet: 'Realisasi', cell: `E${rowOf(PCT_OFF)}`, expected: pctText(20) },
  ],
};

export default layout;
