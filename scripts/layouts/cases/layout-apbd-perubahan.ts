/**
 * "APBD Murni 2024 | APBD-P 2024 | Realisasi Keuangan | Realisasi Fisik (%) | % Keuangan" on one header row: the
 * changed budget (APBD-P) is the pagu, keuangan is the money, fisik a separate percentage.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

const rows: Row[] = DINAS_BUDGET.map((line, i) => [
  line.code,
  line.uraian,
  line.pagu - 50000000,
  line.code === '2.15.02.1.01.0002' ? 'Rp 200.000.0000' : line.pagu,
  line.realisasi,
  40 + i,
  percentOf(line.realisasi, line.pagu),
]);
rows.push(['', 'JUMLAH', DINAS_TOTAL.pagu - 500000000, DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, 45, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-apbd-perubahan',
  about: 'Tabel 3.1 with APBD Murni beside APBD-P and Realisasi Keuangan beside Realisasi Fisik (%) (issue 7, column choice).',
  sheets: [
    {
      name: 'Realisasi TW II',
      title: [['Realisasi Fisik dan Keuangan Triwulan II Tahun 2024'], []],
      header: [['Kode', 'Program/Kegiatan/Sub Kegiatan', 'APBD Murni 2024', 'APBD-P 2024', 'Realisasi Keuangan', 'Realisasi Fisik (%)', '% Keuangan']],
      rows,
      amountColumns: [2, 3, 4],
      percentColumns: [5, 6],
    },
  ],
  faults: [{ rule: 'number-format', sheet: 'Realisasi TW II', cell: 'D13' }],
};

export default layout;
