/**
 * Rows planners hide inside a kegiatan: hidden sub kegiatan still belong to the table (Excel's SUM counts
 * them), so a kegiatan whose hidden sub kegiatan make it add up is clean, and one whose hidden sub kegiatan
 * holds a wrong figure is a sum finding that says a hidden row is involved.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

const rows: Row[] = DINAS_BUDGET.map((line) => {
  // The hidden survey line's pagu typed 10.000.000 too high.
  const pagu = line.code === '2.15.02.1.01.0002' ? line.pagu + 10000000 : line.pagu;
  return [line.code, line.uraian, pagu, line.realisasi, percentOf(line.realisasi, pagu)];
});
rows.push(['', 'JUMLAH', DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-hidden-rows',
  about: 'Tabel 3.1 with hidden sub kegiatan rows inside two kegiatan, one of them holding a wrong pagu (issue 7, hidden rows).',
  sheets: [
    {
      name: 'Tabel 3.1',
      title: [['Realisasi Anggaran Triwulan II Tahun 2024'], []],
      header: [['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian (%)']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4],
      // Body rows 3 (2.15.01.2.01.0002, sheet row 7) and 9 (2.15.02.1.01.0002, sheet row 13).
      hiddenRows: [3, 9],
    },
  ],
  // The two sub kegiatan add up to 460.000.000 under a kegiatan, programme and JUMLAH of 450.000.000: the group is
  // named on the kegiatan's pagu, with the hidden row 13 among its addends.
  faults: [{ rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: 'C11' }],
};

export default layout;
