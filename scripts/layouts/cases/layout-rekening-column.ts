/**
 * Kode | Kode Rekening | Uraian: the programme codes in their own column and each sub kegiatan's belanja by kode
 * rekening in a second one, grouped by kelompok and jenis only (5.1 → 5.1.02 → 5.1.02.01.01.0024: the objek and
 * rincian objek levels left out). Planted: a jenis group's pagu off its items, an item's realisasi above its pagu,
 * a sub kegiatan's pagu off what its kegiatan and programme confirm.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DKP_PROGRAMS, lineIndex, percentOf, rekeningLines, totalOfLines } from '../rekening-kit';
import { rp, sheetRow } from '../trial/trial-kit';

const ABOVE = 5;
// An item: Alat Tulis Kantor of sub kegiatan 0003 realised above its pagu (30.000.000); its groups add it up as typed.
const programs = structuredClone(DKP_PROGRAMS);
programs[1][2][0][2][0][2][1][3] = 35000000;
const lines = rekeningLines(programs, [2, 3]);
const rows: Row[] = lines.map((l) => [l.kode, l.rekening, l.uraian, l.pagu, l.realisasi, percentOf(l.realisasi, l.pagu)]);
const total = totalOfLines(lines);
rows.push(['', '', 'JUMLAH', total.pagu, total.realisasi, percentOf(total.realisasi, total.pagu)]);

// A group: sub kegiatan 0001's Belanja Barang dan Jasa states 20.000.000 less pagu than its items (its % from that figure).
const group = lineIndex(lines, '5.1.02', '3.25.02.1.01.0001');
rows[group][3] = lines[group].pagu - 20000000;
rows[group][5] = percentOf(lines[group].realisasi, lines[group].pagu - 20000000);
const item = lineIndex(lines, '5.1.02.01.01.0024', '3.25.03.1.02.0003');
// A sub kegiatan: its pagu 50.000.000 short (its % from that figure); kegiatan, programme and JUMLAH agree with its items.
const sub = lineIndex(lines, '3.25.02.1.01.0002');
rows[sub][3] = lines[sub].pagu - 50000000;
rows[sub][5] = percentOf(lines[sub].realisasi, lines[sub].pagu - 50000000);

const layout: LayoutCase = {
  name: 'layout-rekening-column',
  about: 'Programme codes in a Kode column and each sub kegiatan\'s belanja in a Kode Rekening column beside it, grouped by kelompok and jenis only (issue 7, kode rekening grouped under a sub kegiatan).',
  period: { year: 2024, quarter: 3 },
  sheets: [
    {
      name: 'Anggaran per Rekening',
      title: [['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR'], ['DINAS KELAUTAN DAN PERIKANAN'], ['Realisasi Belanja s.d. Triwulan III Tahun 2024'], []],
      header: [['Kode', 'Kode Rekening', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)']],
      rows,
      amountColumns: [3, 4],
      percentColumns: [5],
      widths: [20, 20, 60, 18, 18, 10],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Anggaran per Rekening', cell: `D${sheetRow(ABOVE, group)}`, expected: rp(lines[group].pagu) },
    { rule: 'sum-mismatch', sheet: 'Anggaran per Rekening', cell: `D${sheetRow(ABOVE, sub)}`, expected: rp(lines[sub].pagu) },
    { rule: 'over-budget', sheet: 'Anggaran per Rekening', cell: `E${sheetRow(ABOVE, item)}` },
  ],
};

export default layout;
