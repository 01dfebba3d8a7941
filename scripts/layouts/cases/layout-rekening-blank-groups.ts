/**
 * Kode rekening under each sub kegiatan in the shared Kode column, the jenis and objek group rows (5.1.02,
 * 5.1.02.01.01) written as headings with no amounts, and one sub kegiatan whose lines carry no codes at all: a
 * "Belanja Operasi" line over the uncoded lines it adds up. Planted: an item's pagu typed with a misplaced dot
 * group, an item's %, and a sub kegiatan's pagu that its lines (through the blank groups) and its kegiatan disagree with.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DKP_PROGRAMS, lineIndex, percentOf, rekeningLines, totalOfLines } from '../rekening-kit';
import { pctText, rp, sheetRow } from '../trial/trial-kit';

const ABOVE = 3;
const lines = rekeningLines(DKP_PROGRAMS, [3, 5]);
const rows: Row[] = lines.map((l) =>
  l.level === 'group' ? [l.rekening, l.uraian, null, null, null] : [l.kode || l.rekening, l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)],
);
// Sub kegiatan 0003's lines written without codes, under an uncoded group that states their sum.
const third = lineIndex(lines, '3.25.03.1.02.0003');
const thirdLines = lines.filter((l) => l.sub === '3.25.03.1.02.0003' && l.level === 'item');
rows.splice(third + 1, rows.length - third - 1, ['', 'Belanja Operasi', lines[third].pagu, lines[third].realisasi, percentOf(lines[third].realisasi, lines[third].pagu)]);
for (const l of thirdLines) rows.push(['', l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)]);
const total = totalOfLines(lines);
rows.push(['', 'JUMLAH', total.pagu, total.realisasi, percentOf(total.realisasi, total.pagu)]);

// An item's pagu typed "150.000.00" (one dot group short).
const typo = lineIndex(lines, '5.1.02.02.01.0003', '3.25.02.1.01.0001');
rows[typo][2] = '150.000.00';
// An item's % typed wrong.
const item = lineIndex(lines, '5.2.02.05.01.0005', '3.25.02.1.01.0002');
rows[item][4] = 5;
// A sub kegiatan: its pagu 30.000.000 too high (its % worked out from it); its lines and its kegiatan agree.
const sub = lineIndex(lines, '3.25.02.1.01.0001');
rows[sub][2] = lines[sub].pagu + 30000000;
rows[sub][4] = percentOf(lines[sub].realisasi, lines[sub].pagu + 30000000);

const layout: LayoutCase = {
  name: 'layout-rekening-blank-groups',
  about: 'Kode rekening under each sub kegiatan with blank jenis/objek heading rows, and a sub kegiatan whose uncoded lines sit under an uncoded "Belanja Operasi" line (issue 7, kode rekening grouped under a sub kegiatan).',
  period: { year: 2024, quarter: 1 },
  sheets: [
    {
      name: 'Rincian Belanja',
      title: [['RINCIAN REALISASI BELANJA TRIWULAN I TAHUN 2024'], []],
      header: [['Kode Rekening', 'Uraian', 'APBD 2024 (Rp)', 'Realisasi s.d. TW I (Rp)', '%']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      widths: [22, 60, 18, 18, 8],
    },
  ],
  faults: [
    { rule: 'number-format', sheet: 'Rincian Belanja', cell: `C${sheetRow(ABOVE, typo)}` },
    { rule: 'percent-mismatch', sheet: 'Rincian Belanja', cell: `E${sheetRow(ABOVE, item)}`, expected: pctText(percentOf(lines[item].realisasi, lines[item].pagu)) },
    { rule: 'sum-mismatch', sheet: 'Rincian Belanja', cell: `C${sheetRow(ABOVE, sub)}`, expected: rp(lines[sub].pagu) },
  ],
};

export default layout;
