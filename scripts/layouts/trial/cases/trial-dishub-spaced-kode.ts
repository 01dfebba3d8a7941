/**
 * Dinas Perhubungan, TW III: the kode typed with spaces for dots ("2 15 02 1 01 0003"), a "No" column before it,
 * realisasi split into Fisik (%) before Keuangan (Rp) and % under a merged "Realisasi s.d. Triwulan III", a blank
 * row between programmes, amounts as real numbers with "#,##0.00".
 * Planted: a realisasi typed as text with a two-digit group ("1.500.00.000"), a kegiatan's % off, JUMLAH's pagu off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['2.15.02', 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', [
    ['2.15.02.1.01', 'Penetapan Rencana Induk Jaringan LLAJ Provinsi', [
      ['2.15.02.1.01.0001', 'Penyusunan Dokumen Rencana Induk Jaringan LLAJ', 420000000, 315000000],
    ]],
    ['2.15.02.1.03', 'Pembangunan Prasarana Terminal Penumpang Tipe B', [
      ['2.15.02.1.03.0002', 'Rehabilitasi dan Pemeliharaan Terminal Tipe B', 2400000000, 1500000000],
      ['2.15.02.1.03.0003', 'Pengadaan Perlengkapan Jalan di Jalan Provinsi', 860000000, 602000000],
    ]],
  ]],
  ['2.15.04', 'PROGRAM PENGELOLAAN PELAYARAN', [
    ['2.15.04.1.02', 'Penerbitan Izin Usaha Angkutan Laut', [
      ['2.15.04.1.02.0001', 'Fasilitasi Perizinan Angkutan Laut Pelayaran Rakyat', 150000000, 96750000],
      ['2.15.04.1.02.0002', 'Pengawasan Penyelenggaraan Angkutan Sungai dan Danau', 210000000, 141000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 5;
const TEXT_OFF = '2.15.02.1.03.0002';
const PCT_OFF = '2.15.04.1.02';
const spaced = (code: string): string => code.replace(/\./g, ' ');
const fisik = (l: { pagu: number; realisasi: number }): number => Math.min(100, Math.round(pct(l.realisasi, l.pagu) + 6));

const rows: Row[] = [];
const rowOf = new Map<string, number>();
let no = 0;
for (const l of lines) {
  if (l.level === 'program' && rows.length > 0) rows.push([]);
  rowOf.set(l.code, ABOVE + rows.length + 1);
  rows.push([
    l.level === 'program' ? String(++no) : '',
    spaced(l.code),
    l.uraian,
    l.pagu,
    fisik(l),
    l.code === TEXT_OFF ? '1.500.00.000' : l.realisasi,
    l.code === PCT_OFF ? 60.14 : pct(l.realisasi, l.pagu),
  ]);
}
rows.push([]);
const jumlahRow = ABOVE + rows.length + 1;
rows.push(['', '', 'JUMLAH', total.pagu + 100000000, fisik(total), total.realisasi, pct(total.realisasi, total.pagu)]);
const keg = lines.find((l) => l.code === PCT_OFF)!;

const layout: LayoutCase = {
  name: 'trial-dishub-spaced-kode',
  about: 'Blind trial: Dishub TW III, kode typed with spaces for dots beside a No column, Fisik before Keuangan under a merged realisasi group, blank rows between programmes, "#,##0.00".',
  sheets: [
    {
      name: 'Realisasi',
      title: [['DINAS PERHUBUNGAN PROVINSI NUSA TENGGARA TIMUR'], ['REALISASI FISIK DAN KEUANGAN'], ['Triwulan III Tahun 2024']],
      header: [
        ['No', 'Kode', 'Program / Kegiatan / Sub Kegiatan', 'Anggaran (Rp)', 'Realisasi s.d. Triwulan III', '', ''],
        ['', '', '', '', 'Fisik (%)', 'Keuangan (Rp)', '%'],
      ],
      headerMerges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:G4'],
      rows,
      numFmts: { 3: '#,##0.00', 5: '#,##0.00' },
      percentColumns: [4, 6],
      widths: [5, 22, 60, 18, 10, 18, 9],
    },
  ],
  faults: [
    { rule: 'number-format', sheet: 'Realisasi', cell: `F${rowOf.get(TEXT_OFF)!}` },
    { rule: 'percent-mismatch', sheet: 'Realisasi', cell: `G${rowOf.get(PCT_OFF)!}`, expected: pctText(pct(keg.realisasi, keg.pagu)) },
    { rule: 'sum-mismatch', sheet: 'Realisasi', cell: `D${jumlahRow}`, expected: rp(total.pagu) },
  ],
};

export default layout;
