/**
 * A header over three rows with merged groups: "Anggaran" over Murni | Perubahan, and "Realisasi s.d. Triwulan II"
 * over "Keuangan" (itself over Rp | %) and "Fisik (%)". The changed budget is the pagu; fisik is its own role.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

/** The budget before its change: a tenth lower on the programmes' first kegiatan. */
const murni = (pagu: number) => Math.round(pagu * 0.9);

const rows: Row[] = DINAS_BUDGET.map((line, i) => [
  line.code,
  line.uraian,
  murni(line.pagu),
  line.pagu,
  line.code === '2.15.02.1.01' ? 170000000 : line.realisasi,
  line.code === '2.15.01.2.02.0001' ? 45 : percentOf(line.realisasi, line.pagu),
  30 + i,
]);
rows.push(['', 'JUMLAH', murni(DINAS_TOTAL.pagu), DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu), 35]);

const layout: LayoutCase = {
  name: 'layout-three-row-header',
  about: 'Tabel 3.1 under a three-row header with merged groups: Anggaran Murni/Perubahan, Realisasi Keuangan (Rp, %) and Fisik (issue 7, multi-row headers; column choice).',
  sheets: [
    {
      name: 'Tabel 3.1',
      title: [['Tabel 3.1 Realisasi Anggaran Triwulan II Tahun 2024'], []],
      header: [
        ['Kode', 'Uraian', 'Anggaran', '', 'Realisasi s.d. Triwulan II', '', ''],
        ['', '', 'Murni', 'Perubahan', 'Keuangan', '', 'Fisik (%)'],
        ['', '', '', '', 'Rp', '%', ''],
      ],
      headerMerges: ['A3:A5', 'B3:B5', 'C3:D3', 'E3:G3', 'C4:C5', 'D4:D5', 'E4:F4', 'G4:G5'],
      rows,
      amountColumns: [2, 3, 4],
      percentColumns: [5, 6],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: 'E13', expected: '180.000.000' },
    { rule: 'percent-mismatch', sheet: 'Tabel 3.1', cell: 'F11', expected: '50,00' },
  ],
};

export default layout;
