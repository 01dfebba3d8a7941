/**
 * Kode rekening lines under each sub kegiatan in the shared Kode column, their kelompok and jenis group rows
 * ("BELANJA OPERASI", "Belanja Barang dan Jasa", "BELANJA MODAL") typed with no code, as planners often leave
 * them; and one sub kegiatan whose lines carry no codes either, under an uncoded "Belanja Operasi". A group is a
 * group by what it is (a belanja group's name, coded lines of one account under it), not by its amount agreeing.
 * Planted: an uncoded jenis group's pagu off its lines, and the uncoded "Belanja Operasi" over uncoded lines with
 * its pagu off theirs, and a sub kegiatan's realisasi off its (right) uncoded groups; the other uncoded groups state
 * their lines' sums (no finding).
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DKP_PROGRAMS, lineIndex, percentOf, rekeningLines, totalOfLines } from '../rekening-kit';
import { rp, sheetRow } from '../trial/trial-kit';

const ABOVE = 4;
const lines = rekeningLines(DKP_PROGRAMS, [2, 3]);
// Group rows keep their names and amounts but lose their codes.
const rows: Row[] = lines.map((l) => [l.level === 'group' ? '' : l.kode || l.rekening, l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)]);
// Sub kegiatan 0003's lines written without codes, under one uncoded "Belanja Operasi" stating their sum.
const third = lineIndex(lines, '3.25.03.1.02.0003');
const thirdLines = lines.filter((l) => l.sub === '3.25.03.1.02.0003' && l.level === 'item');
const operasi = third + 1;
rows.splice(operasi, rows.length - operasi, ['', 'Belanja Operasi', lines[third].pagu, lines[third].realisasi, percentOf(lines[third].realisasi, lines[third].pagu)]);
for (const l of thirdLines) rows.push(['', l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)]);
const total = totalOfLines(lines);
rows.push(['', 'JUMLAH', total.pagu, total.realisasi, percentOf(total.realisasi, total.pagu)]);

// Sub kegiatan 0001's uncoded Belanja Barang dan Jasa: its pagu 25.000.000 over its lines' (its % from that figure).
const group = lineIndex(lines, '5.1.02', '3.25.02.1.01.0001');
rows[group][2] = lines[group].pagu + 25000000;
rows[group][4] = percentOf(lines[group].realisasi, lines[group].pagu + 25000000);
// Sub kegiatan 0003's uncoded Belanja Operasi: its pagu 40.000.000 under its uncoded lines' (its % from that figure).
rows[operasi][2] = lines[third].pagu - 40000000;
rows[operasi][4] = percentOf(lines[third].realisasi, lines[third].pagu - 40000000);
// Sub kegiatan 0002 (its uncoded groups all right): its realisasi 10.000.000 over its groups' (its % from that figure);
// its kegiatan states the sum its lines make.
const sub = lineIndex(lines, '3.25.02.1.01.0002');
rows[sub][3] = lines[sub].realisasi + 10000000;
rows[sub][4] = percentOf(lines[sub].realisasi + 10000000, lines[sub].pagu);

const layout: LayoutCase = {
  name: 'layout-rekening-uncoded-groups',
  about: 'Kode rekening lines under each sub kegiatan with their belanja group rows typed without a code, one group stating a wrong pagu, and a sub kegiatan of uncoded lines under an uncoded "Belanja Operasi" stating a wrong pagu, and a sub kegiatan off its right uncoded groups (issue 7, kode rekening grouped under a sub kegiatan).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    {
      name: 'Realisasi Belanja',
      title: [['DINAS KELAUTAN DAN PERIKANAN'], ['Realisasi Belanja per Sub Kegiatan s.d. Triwulan II Tahun 2024'], []],
      header: [['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [22, 60, 18, 18, 8],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Realisasi Belanja', cell: `C${sheetRow(ABOVE, group)}`, expected: rp(lines[group].pagu) },
    { rule: 'sum-mismatch', sheet: 'Realisasi Belanja', cell: `D${sheetRow(ABOVE, sub)}`, expected: rp(lines[sub].realisasi) },
    { rule: 'sum-mismatch', sheet: 'Realisasi Belanja', cell: `C${sheetRow(ABOVE, operasi)}`, expected: rp(lines[third].pagu) },
  ],
};

export default layout;
