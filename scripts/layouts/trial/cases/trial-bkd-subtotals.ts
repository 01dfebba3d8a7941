/**
 * Badan Kepegawaian Daerah, TW III: each programme's row carries no amounts and a "Sub Total Program" row sums it
 * below its kegiatan; a hidden "Anggaran Murni" column beside "Anggaran Setelah Perubahan"; "Realisasi Keuangan
 * s.d. Triwulan III (Rp)"; "Jumlah Total" at the end. Planted: a subtotal's pagu off, a sub kegiatan over budget.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, rp, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['5.04.02', 'PROGRAM KEPEGAWAIAN DAERAH', [
    ['5.04.02.2.01', 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN', [
      ['5.04.02.2.01.0002', 'Koordinasi Pelaksanaan Administrasi Pemberhentian', 64000000, 40960000],
      ['5.04.02.2.01.0004', 'Pengelolaan Data dan Informasi Kepegawaian', 128000000, 134400000],
    ]],
    ['5.04.02.2.02', 'Mutasi dan Promosi ASN', [
      ['5.04.02.2.02.0001', 'Pengelolaan Mutasi ASN', 92000000, 69000000],
    ]],
  ]],
  ['5.04.03', 'PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA', [
    ['5.04.03.2.01', 'Pengembangan Kompetensi Teknis', [
      ['5.04.03.2.01.0001', 'Penyelenggaraan Pelatihan Teknis', 350000000, 245000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 5;
const OVER = '5.04.02.2.01.0004';
const rows: Row[] = [];
const boldRows: number[] = [];
const faults: LayoutCase['faults'] = [];
lines.forEach((l, i) => {
  const murni = l.level === 'sub' ? l.pagu - 2000000 : null;
  if (l.level === 'program') {
    boldRows.push(rows.length);
    rows.push([l.code, l.uraian, null, null, null, null]);
  } else {
    const kegiatanMurni = lines.filter((s) => s.level === 'sub' && s.code.startsWith(`${l.code}.`)).length * -2000000 + l.pagu;
    rows.push([l.code, l.uraian, murni ?? kegiatanMurni, l.pagu, l.realisasi, pct(l.realisasi, l.pagu)]);
    if (l.code === OVER) faults.push({ rule: 'over-budget', sheet: 'Realisasi', cell: `E${ABOVE + rows.length}` });
  }
  const next = lines[i + 1];
  if (next === undefined || next.level === 'program') {
    const p = lines.filter((x) => x.level === 'program' && l.code.startsWith(x.code))[0];
    const subs = lines.filter((s) => s.level === 'sub' && s.code.startsWith(`${p.code}.`)).length;
    const stated = p.code === '5.04.03' ? p.pagu + 50000000 : p.pagu;
    boldRows.push(rows.length);
    rows.push(['', `Sub Total ${p.uraian}`, p.pagu - subs * 2000000, stated, p.realisasi, pct(p.realisasi, p.pagu)]);
    if (stated !== p.pagu) faults.push({ rule: 'sum-mismatch', sheet: 'Realisasi', cell: `D${ABOVE + rows.length}`, expected: rp(p.pagu) });
  }
});
boldRows.push(rows.length);
rows.push(['', 'Jumlah Total', total.pagu - 8000000, total.pagu, total.realisasi, pct(total.realisasi, total.pagu)]);

const layout: LayoutCase = {
  name: 'trial-bkd-subtotals',
  about: 'Blind trial: BKD TW III, programme rows without amounts and a "Sub Total Program" row under each, hidden Anggaran Murni, "Jumlah Total".',
  sheets: [
    {
      name: 'Realisasi',
      title: [['BADAN KEPEGAWAIAN DAERAH'], ['LAPORAN REALISASI ANGGARAN'], ['s.d. Triwulan III Tahun 2024'], []],
      header: [['Kode', 'Uraian', 'Anggaran Murni', 'Anggaran Setelah Perubahan', 'Realisasi Keuangan s.d. Triwulan III (Rp)', 'Persentase (%)']],
      rows,
      boldRows,
      amountColumns: [2, 3, 4],
      percentColumns: [5],
      hiddenColumns: [2],
      widths: [20, 60, 18, 20, 22, 11],
    },
  ],
  faults,
};

export default layout;
