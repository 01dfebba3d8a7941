/**
 * RSUD, TW II: a three-row header ("Tahun Anggaran 2024" over Pagu | Realisasi s.d. Triwulan I | Realisasi s.d.
 * Triwulan II | Sisa, each realisasi over Rp | %), so the previous quarter stands beside the report quarter;
 * kegiatan, programme and JUMLAH as SUM formulas with their cached values.
 * Planted: a sub kegiatan's TW II % off, JUMLAH's TW II realisasi typed over its formula, a wrong Sisa.
 */
import type { LayoutCase } from '../../case';
import type { ExampleValue, Row } from '../../../examples/sheet-spec';
import { budgetLines, col, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', [
    ['1.02.02.1.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi', [
      ['1.02.02.1.01.0014', 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', 3250000000, 1287000000],
      ['1.02.02.1.01.0026', 'Pemeliharaan Sarana Fasilitas Pelayanan Kesehatan', 740000000, 352600000],
    ]],
    ['1.02.02.1.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Provinsi', [
      ['1.02.02.1.02.0025', 'Operasional Pelayanan Rumah Sakit', 5600000000, 2945300000],
    ]],
  ]],
  ['1.02.03', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', [
    ['1.02.03.1.02', 'Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDM Kesehatan', [
      ['1.02.03.1.02.0001', 'Peningkatan Kompetensi dan Kualifikasi SDM Kesehatan', 415000000, 166000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 6;
const PCT_OFF = '1.02.02.1.01.0026';
const SISA_OFF = '1.02.03.1.02.0001';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
/** TW I realisasi: a little under half of TW II's cumulative. */
const tw1 = (r: number): number => Math.round(r * 0.42 / 1000) * 1000;

/** The rows a parent sums: its children's sheet rows. */
function childRows(i: number): number[] {
  const l = lines[i];
  const childLevel = l.level === 'program' ? 'kegiatan' : 'sub';
  const out: number[] = [];
  for (let j = i + 1; j < lines.length && lines[j].level !== 'program' && !(l.level === 'kegiatan' && lines[j].level === 'kegiatan'); j++) {
    if (lines[j].level === childLevel) out.push(sheetRow(ABOVE, j));
  }
  return out;
}
const sumOf = (c: number, rs: number[], result: number): ExampleValue => ({ f: rs.map((r) => `${col(c)}${r}`).join('+'), result });
const rangeSum = (c: number, rs: number[], result: number): ExampleValue =>
  rs.length > 0 && rs[rs.length - 1] - rs[0] === rs.length - 1 ? { f: `SUM(${col(c)}${rs[0]}:${col(c)}${rs[rs.length - 1]})`, result } : sumOf(c, rs, result);

const rows: Row[] = lines.map((l, i) => {
  const r1 = lines.filter((x, j) => x.level === 'sub' && (j === i || x.code.startsWith(`${l.code}.`))).reduce((a, x) => a + tw1(x.realisasi), 0);
  const sub = l.level === 'sub';
  const kids = sub ? [] : childRows(i);
  return [
    l.code,
    l.uraian,
    sub ? l.pagu : rangeSum(2, kids, l.pagu),
    sub ? r1 : rangeSum(3, kids, r1),
    pct(r1, l.pagu),
    sub ? l.realisasi : rangeSum(5, kids, l.realisasi),
    l.code === PCT_OFF ? 46.56 : pct(l.realisasi, l.pagu),
    l.code === SISA_OFF ? l.pagu - l.realisasi - 10000000 : l.pagu - l.realisasi,
  ];
});
const programRows = lines.map((l, i) => (l.level === 'program' ? sheetRow(ABOVE, i) : 0)).filter((r) => r > 0);
const jumlahRow = ABOVE + rows.length + 1;
const tw1Total = lines.filter((l) => l.level === 'sub').reduce((a, l) => a + tw1(l.realisasi), 0);
rows.push([
  '',
  'JUMLAH',
  sumOf(2, programRows, total.pagu),
  sumOf(3, programRows, tw1Total),
  pct(tw1Total, total.pagu),
  total.realisasi + 50000000,
  pct(total.realisasi, total.pagu),
  total.pagu - total.realisasi,
]);
const sub = lines.find((l) => l.code === PCT_OFF)!;

const layout: LayoutCase = {
  name: 'trial-rsud-two-quarters',
  about: 'Blind trial: RSUD TW II, three-row header with the year over Pagu, Realisasi s.d. TW I and s.d. TW II (Rp | % each) and Sisa; parents as SUM formulas with cached values.',
  sheets: [
    {
      name: 'LRA RSUD',
      title: [['RUMAH SAKIT UMUM DAERAH PROF. DR. W. Z. JOHANNES'], ['LAPORAN REALISASI ANGGARAN TRIWULAN II'], []],
      header: [
        ['Kode', 'Uraian', 'Tahun Anggaran 2024', '', '', '', '', ''],
        ['', '', 'Pagu (Rp)', 'Realisasi s.d. Triwulan I', '', 'Realisasi s.d. Triwulan II', '', 'Sisa Anggaran (Rp)'],
        ['', '', '', 'Rp', '%', 'Rp', '%', ''],
      ],
      headerMerges: ['A4:A6', 'B4:B6', 'C4:H4', 'C5:C6', 'D5:E5', 'F5:G5', 'H5:H6'],
      rows,
      amountColumns: [2, 3, 5, 7],
      percentColumns: [4, 6],
      widths: [20, 60, 18, 16, 8, 16, 8, 16],
    },
  ],
  faults: [
    { rule: 'percent-mismatch', sheet: 'LRA RSUD', cell: `G${rowOf(PCT_OFF)}`, expected: pctText(pct(sub.realisasi, sub.pagu)) },
    // The parents are formulas, so one sub kegiatan typed wrong would move them all: JUMLAH against the sub
    // kegiatan is one cell against one, and the finding rightly sends the planner to the SP2D without a value.
    { rule: 'sum-mismatch', sheet: 'LRA RSUD', cell: `F${jumlahRow}` },
    { rule: 'sisa-mismatch', sheet: 'LRA RSUD', cell: `H${rowOf(SISA_OFF)}`, expected: rp(415000000 - 166000000) },
  ],
};

export default layout;
