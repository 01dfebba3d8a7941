/**
 * BPBD, TW II: a "No" column beside the Kode, "Rp" typed in a column of its own left of every amount (the header
 * merged over both), amounts as real numbers in the accounting format (a zero shows as "-"), Sisa Anggaran and
 * "% Sisa" after the capaian.
 * Planted: a kegiatan's realisasi off, a sub kegiatan over its pagu, a wrong Sisa, a programme capaian off, a
 * wrong % Sisa.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.05.03', 'PROGRAM PENANGGULANGAN BENCANA', [
    ['1.05.03.1.01', 'Pelayanan Informasi Rawan Bencana Provinsi', [
      ['1.05.03.1.01.0001', 'Penyusunan Kajian Risiko Bencana Provinsi', 245000000, 98000000],
      ['1.05.03.1.01.0003', 'Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana', 130000000, 0],
    ]],
    ['1.05.03.1.02', 'Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana', [
      ['1.05.03.1.02.0002', 'Pelatihan Pencegahan dan Mitigasi Bencana', 310000000, 142500000],
      ['1.05.03.1.02.0004', 'Gladi Kesiapsiagaan terhadap Bencana', 95000000, 101250000],
    ]],
    ['1.05.03.1.03', 'Pelayanan Penyelamatan dan Evakuasi Korban Bencana', [
      ['1.05.03.1.03.0001', 'Respon Cepat Darurat Bencana', 520000000, 287300000],
    ]],
  ]],
  ['1.05.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
    ['1.05.01.1.01', 'Administrasi Keuangan Perangkat Daerah', [
      ['1.05.01.1.01.0001', 'Penyediaan Gaji dan Tunjangan ASN', 2150000000, 1061400000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 5;
const KEG_OFF = '1.05.03.1.02';
const OVER = '1.05.03.1.02.0004';
const SISA_OFF = '1.05.03.1.03.0001';
const PCT_OFF = '1.05.01';
const SISA_PCT_OFF = '1.05.03.1.01.0001';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
const keg = lines.find((l) => l.code === KEG_OFF)!;

const rows: Row[] = lines.map((l, i) => {
  const realisasi = l.code === KEG_OFF ? l.realisasi - 5000000 : l.realisasi;
  const sisa = l.code === SISA_OFF ? l.pagu - l.realisasi + 1000000 : l.pagu - l.realisasi;
  return [
    i + 1,
    l.code,
    l.uraian,
    'Rp',
    l.pagu,
    'Rp',
    realisasi,
    l.code === PCT_OFF ? 48.37 : pct(l.realisasi, l.pagu),
    'Rp',
    sisa,
    l.code === SISA_PCT_OFF ? 61.5 : pct(l.pagu - l.realisasi, l.pagu),
  ];
});
rows.push(['', '', 'JUMLAH', 'Rp', total.pagu, 'Rp', total.realisasi, pct(total.realisasi, total.pagu), 'Rp', total.pagu - total.realisasi, pct(total.pagu - total.realisasi, total.pagu)]);

const ACCOUNTING = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)';
const layout: LayoutCase = {
  name: 'trial-bpbd-rp-column',
  about: 'Blind trial: BPBD TW II, No beside Kode, "Rp" in its own column left of each amount under a merged header, accounting-format numbers, Sisa and % Sisa.',
  sheets: [
    {
      name: 'Realisasi TW II',
      title: [['BADAN PENANGGULANGAN BENCANA DAERAH'], ['LAPORAN REALISASI ANGGARAN'], ['TRIWULAN II TAHUN ANGGARAN 2024'], []],
      header: [['No', 'Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu Anggaran', '', 'Realisasi s.d. TW II', '', 'Capaian (%)', 'Sisa Anggaran', '', '% Sisa']],
      headerMerges: ['D5:E5', 'F5:G5', 'I5:J5'],
      rows,
      numFmts: { 4: ACCOUNTING, 6: ACCOUNTING, 9: ACCOUNTING },
      percentColumns: [7, 10],
      widths: [5, 20, 55, 4, 16, 4, 16, 10, 4, 16, 9],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi TW II', cell: `G${rowOf(KEG_OFF)}`, expected: rp(keg.realisasi) },
    { rule: 'over-budget', sheet: 'Realisasi TW II', cell: `G${rowOf(OVER)}` },
    { rule: 'sisa-mismatch', sheet: 'Realisasi TW II', cell: `J${rowOf(SISA_OFF)}`, expected: rp(520000000 - 287300000) },
    { rule: 'percent-mismatch', sheet: 'Realisasi TW II', cell: `H${rowOf(PCT_OFF)}`, expected: pctText(pct(1061400000, 2150000000)) },
    { rule: 'sisa-mismatch', sheet: 'Realisasi TW II', cell: `K${rowOf(SISA_PCT_OFF)}`, expected: pctText(pct(245000000 - 98000000, 245000000)) },
  ],
};

export default layout;
