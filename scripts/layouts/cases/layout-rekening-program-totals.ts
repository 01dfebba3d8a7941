/**
 * Kode rekening under each sub kegiatan grouped by jenis only (5.1.02 → 5.1.02.01.01.0024: two levels), each programme
 * closed by its own "Jumlah Program …" row, then JUMLAH. The same kode rekening under every sub kegiatan, and totals
 * rows between them, make no per-unit blocks. Planted: a jenis group's pagu off its items, a programme's subtotal
 * realisasi off its programme, an item's realisasi above its pagu (its groups add it up as typed).
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DKP_PROGRAMS, lineIndex, percentOf, rekeningLines, totalOfLines, type RekeningLine } from '../rekening-kit';
import { rp, sheetRow } from '../trial/trial-kit';

const ABOVE = 3;
const programs = structuredClone(DKP_PROGRAMS);
// Jasa Tenaga Ahli of sub kegiatan 0001 realised 160.000.000 of its 150.000.000.
programs[0][2][0][2][0][2][2][3] = 160000000;
const lines = rekeningLines(programs, [3]);
const rowOf = (l: RekeningLine): Row => [l.kode || l.rekening, l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)];

/** Each line's sheet row index, with a "Jumlah Program …" row after each programme's lines. */
const rows: Row[] = [];
const at = new Map<number, number>();
const subtotalOf = new Map<string, number>();
lines.forEach((l, i) => {
  if (l.level === 'program' && i > 0) closeProgram(lines.slice(0, i).filter((x) => x.level === 'program').pop() as RekeningLine);
  at.set(i, rows.length);
  rows.push(rowOf(l));
});
closeProgram(lines.filter((x) => x.level === 'program').pop() as RekeningLine);
const total = totalOfLines(lines);
rows.push(['', 'JUMLAH', total.pagu, total.realisasi, percentOf(total.realisasi, total.pagu)]);

function closeProgram(p: RekeningLine): void {
  subtotalOf.set(p.kode, rows.length);
  rows.push(['', `Jumlah ${p.uraian.replace(/^PROGRAM /, 'Program ')}`, p.pagu, p.realisasi, percentOf(p.realisasi, p.pagu)]);
}

const row = (i: number): number => at.get(i) as number;
// A group: sub kegiatan 0002's Belanja Barang dan Jasa pagu 10.000.000 over its items (its % from that figure).
const group = lineIndex(lines, '5.1.02', '3.25.02.1.01.0002');
rows[row(group)][2] = lines[group].pagu + 10000000;
rows[row(group)][4] = percentOf(lines[group].realisasi, lines[group].pagu + 10000000);
// The first programme's subtotal: realisasi 4.000.000 short.
const subtotal = subtotalOf.get('3.25.02') as number;
const firstProgram = lines[lineIndex(lines, '3.25.02')];
rows[subtotal][3] = firstProgram.realisasi - 4000000;
rows[subtotal][4] = percentOf(firstProgram.realisasi - 4000000, firstProgram.pagu);
const item = lineIndex(lines, '5.1.02.02.01.0003', '3.25.02.1.01.0001');

const layout: LayoutCase = {
  name: 'layout-rekening-program-totals',
  about: 'Kode rekening grouped by jenis under each sub kegiatan, a "Jumlah Program …" row closing each programme, then JUMLAH (issue 7, kode rekening grouped under a sub kegiatan; subtotals).',
  period: { year: 2024, quarter: 4 },
  sheets: [
    {
      name: 'LRA per Rekening',
      title: [['LAPORAN REALISASI ANGGARAN PER REKENING TAHUN 2024'], []],
      header: [['No. Rekening', 'Uraian', 'Anggaran', 'Realisasi', '%']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [22, 60, 18, 18, 8],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'LRA per Rekening', cell: `C${sheetRow(ABOVE, row(group))}`, expected: rp(lines[group].pagu) },
    { rule: 'sum-mismatch', sheet: 'LRA per Rekening', cell: `D${sheetRow(ABOVE, subtotal)}`, expected: rp(firstProgram.realisasi) },
    { rule: 'over-budget', sheet: 'LRA per Rekening', cell: `D${sheetRow(ABOVE, row(item))}` },
  ],
};

export default layout;
