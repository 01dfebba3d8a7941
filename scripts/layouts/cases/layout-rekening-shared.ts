/**
 * A DPA-style realisasi sheet: one Kode column holds the programme codes and, under each sub kegiatan, its belanja
 * by kode rekening with every group level written as a subtotal row (5 → 5.1 → 5.1.02 → 5.1.02.01 → 5.1.02.01.01 →
 * 5.1.02.01.01.0024: six levels). The same kode rekening repeat under every sub kegiatan. Planted: a group's
 * realisasi off its items, an item's % off its amounts, a sub kegiatan's realisasi off what its kegiatan confirms.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DKP_PROGRAMS, lineIndex, percentOf, rekeningLines, totalOfLines } from '../rekening-kit';
import { pctText, rp, sheetRow } from '../trial/trial-kit';

const ABOVE = 4;
const lines = rekeningLines(DKP_PROGRAMS, [1, 2, 3, 4, 5]);
const rows: Row[] = lines.map((l) => [l.kode || l.rekening, l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)]);
const total = totalOfLines(lines);
rows.push(['', 'JUMLAH', total.pagu, total.realisasi, percentOf(total.realisasi, total.pagu)]);

// A group: sub kegiatan 0002's Belanja Barang dan Jasa states 5.000.000 more realisasi than its items.
const group = lineIndex(lines, '5.1.02', '3.25.02.1.01.0002');
rows[group][3] = lines[group].realisasi + 5000000;
// An item: its % typed wrong.
const item = lineIndex(lines, '5.1.02.02.01.0003', '3.25.02.1.01.0001');
rows[item][4] = 50;
// A sub kegiatan: its realisasi 10.000.000 too high (its % worked out from the wrong figure); the kegiatan above is right.
const sub = lineIndex(lines, '3.25.03.1.02.0003');
rows[sub][3] = lines[sub].realisasi + 10000000;
rows[sub][4] = percentOf(lines[sub].realisasi + 10000000, lines[sub].pagu);

const layout: LayoutCase = {
  name: 'layout-rekening-shared',
  about: 'Realisasi per kode rekening under each sub kegiatan, in the Kode column the programme codes use, every group level (5 … 5.1.02.01.01) a subtotal row (issue 7, kode rekening grouped under a sub kegiatan).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    {
      name: 'Realisasi Rekening',
      title: [['DINAS KELAUTAN DAN PERIKANAN'], ['Realisasi Anggaran per Rekening s.d. Triwulan II Tahun 2024'], []],
      header: [['Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [22, 60, 18, 18, 8],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi Rekening', cell: `D${sheetRow(ABOVE, group)}`, expected: rp(lines[group].realisasi) },
    { rule: 'percent-mismatch', sheet: 'Realisasi Rekening', cell: `E${sheetRow(ABOVE, item)}`, expected: pctText(percentOf(lines[item].realisasi, lines[item].pagu)) },
    { rule: 'sum-mismatch', sheet: 'Realisasi Rekening', cell: `D${sheetRow(ABOVE, sub)}`, expected: rp(lines[sub].realisasi) },
  ],
};

export default layout;
