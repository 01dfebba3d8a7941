/**
 * A Tabel 3.1 of a Dinas serving two urusan: the programmes of each urusan closed by a subtotal of their own
 * ("Jumlah Urusan Perhubungan", "Sub Total Urusan Komunikasi dan Informatika"), then the grand total. Each subtotal
 * adds up the programmes since the previous totals row, several of them, not all. Planted: a subtotal's realisasi
 * off its programmes (the grand total adds them up right), and a programme's pagu off its kegiatan, which the
 * urusan's subtotal and the grand total bear out.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, percentOf, type BudgetLine } from '../layout-kit';
import { rp, sheetRow } from '../trial/trial-kit';

const KOMINFO: BudgetLine[] = [
  { code: '2.16.02', uraian: 'Program Pengelolaan Informasi dan Komunikasi Publik', pagu: 300000000, realisasi: 120000000 },
  { code: '2.16.02.1.01', uraian: 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Provinsi', pagu: 300000000, realisasi: 120000000 },
  { code: '2.16.02.1.01.0001', uraian: 'Pengelolaan Konten dan Perencanaan Media Komunikasi Publik', pagu: 300000000, realisasi: 120000000 },
  { code: '2.16.03', uraian: 'Program Pengelolaan Aplikasi Informatika', pagu: 500000000, realisasi: 260000000 },
  { code: '2.16.03.1.02', uraian: 'Pengelolaan e-government di Lingkup Pemerintah Daerah Provinsi', pagu: 500000000, realisasi: 260000000 },
  { code: '2.16.03.1.02.0001', uraian: 'Pengelolaan Nama Domain Pemerintah Daerah', pagu: 200000000, realisasi: 100000000 },
  { code: '2.16.03.1.02.0002', uraian: 'Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik', pagu: 300000000, realisasi: 160000000 },
];

const line = (l: BudgetLine): Row => [l.code, l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)];
const sumRow = (label: string, pagu: number, realisasi: number): Row => ['', label, pagu, realisasi, percentOf(realisasi, pagu)];
const programs = (lines: BudgetLine[]) => lines.filter((l) => l.code.split('.').length === 3);
const sum = (lines: BudgetLine[], key: 'pagu' | 'realisasi') => programs(lines).reduce((a, l) => a + l[key], 0);

const ABOVE = 4;
const rows: Row[] = [
  ...DINAS_BUDGET.map(line),
  sumRow('Jumlah Urusan Perhubungan', sum(DINAS_BUDGET, 'pagu'), sum(DINAS_BUDGET, 'realisasi')),
  ...KOMINFO.map(line),
  sumRow('Sub Total Urusan Komunikasi dan Informatika', sum(KOMINFO, 'pagu'), sum(KOMINFO, 'realisasi')),
  sumRow('JUMLAH TOTAL', sum(DINAS_BUDGET, 'pagu') + sum(KOMINFO, 'pagu'), sum(DINAS_BUDGET, 'realisasi') + sum(KOMINFO, 'realisasi')),
];

// The first urusan's subtotal: realisasi 7.000.000 more than its programmes.
const subtotal = DINAS_BUDGET.length;
rows[subtotal][3] = sum(DINAS_BUDGET, 'realisasi') + 7000000;
rows[subtotal][4] = percentOf(sum(DINAS_BUDGET, 'realisasi') + 7000000, sum(DINAS_BUDGET, 'pagu'));
// Programme 2.16.03: pagu 50.000.000 short of its kegiatan (its % from that figure).
const program = subtotal + 1 + KOMINFO.findIndex((l) => l.code === '2.16.03');
rows[program][2] = 450000000;
rows[program][4] = percentOf(260000000, 450000000);

const layout: LayoutCase = {
  name: 'layout-urusan-subtotals',
  about: 'Tabel 3.1 of a Dinas of two urusan, each urusan\'s programmes closed by a "Jumlah Urusan …" / "Sub Total …" row, then the grand total (issue 7, subtotals over several programmes).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    {
      name: 'Tabel 3.1',
      title: [['DINAS PERHUBUNGAN, KOMUNIKASI DAN INFORMATIKA'], ['Realisasi Anggaran Triwulan II Tahun 2024'], []],
      header: [['Kode', 'Uraian', 'Pagu', 'Realisasi', '%']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [20, 60, 18, 18, 8],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: `D${sheetRow(ABOVE, subtotal)}`, expected: rp(sum(DINAS_BUDGET, 'realisasi')) },
    { rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: `C${sheetRow(ABOVE, program)}`, expected: rp(500000000) },
  ],
};

export default layout;
