/**
 * Columns planners hide but keep: the Anggaran Murni beside the pagu in force, and last quarter's cumulative
 * realisasi beside this quarter's (both "s.d." headers, so the words tie). The visible columns are read; the
 * hidden ones hold figures that would raise errors everywhere if read.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

const rows: Row[] = DINAS_BUDGET.map((line) => [
  line.code,
  line.uraian,
  // The original budget: another figure, and its sub kegiatan do not add up to their kegiatan.
  line.code.length > 12 ? line.pagu + 25000000 : line.pagu - 10000000,
  line.pagu,
  // Last quarter's realisasi: half of this quarter's, so this quarter's capaian is not its share of the pagu.
  line.realisasi / 2,
  line.code === '2.15.01.2.01' ? 160000000 : line.realisasi,
  line.code === '2.15.02.1.01.0001' ? 45 : percentOf(line.realisasi, line.pagu),
]);
rows.push(['', 'JUMLAH', DINAS_TOTAL.pagu + 100000000, DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi / 2, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-hidden-columns',
  about: 'Tabel 3.1 with a hidden Anggaran Murni beside the Pagu and a hidden "Realisasi s.d. TW I" beside "Realisasi s.d. TW II" (issue 7, hidden columns).',
  sheets: [
    {
      name: 'Realisasi TW II',
      title: [['Realisasi Anggaran Triwulan II Tahun 2024'], ['Dinas Perhubungan'], []],
      header: [['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Anggaran Murni', 'Pagu', 'Realisasi s.d. TW I', 'Realisasi s.d. TW II', '%']],
      rows,
      amountColumns: [2, 3, 4, 5],
      percentColumns: [6],
      hiddenColumns: [2, 4],
    },
  ],
  faults: [
    // Kegiatan 2.15.01.2.01's realisasi: 160.000.000 typed where its two sub kegiatan add up to 150.000.000.
    { rule: 'sum-mismatch', sheet: 'Realisasi TW II', cell: 'F6', expected: '150.000.000' },
    { rule: 'percent-mismatch', sheet: 'Realisasi TW II', cell: 'G13', expected: '40,00' },
  ],
};

export default layout;
