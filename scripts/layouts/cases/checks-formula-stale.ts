/**
 * Totals as formulas whose saved values are out of date (the file was saved without recalculating): the
 * programme's pagu =C6+C9 saved as 700.000.000 though its kegiatan add up to 800.000.000. Lapkin checks with
 * the recomputed value and names the stale one.
 */
import type { LayoutCase } from '../case';
import type { ExampleValue } from '../../examples/sheet-spec';
import { DINAS_TOTAL, percentOf, rowOf, tabel31, TOTAL_ROW } from '../checks-kit';

const F = (f: string, result: number): ExampleValue => ({ f, result });
const PROGRAM = rowOf('2.15.01');

const layout: LayoutCase = {
  name: 'checks-formula-stale',
  about: 'A programme total whose cached formula value is stale; JUMLAH formulas fresh (issue 7, a stale cached value compared with the recomputed one).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    tabel31(
      'Tabel 3.1',
      'Triwulan II Tahun 2024',
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)'],
      (line, row) => {
        if (row === PROGRAM) return [F(`C${row + 1}+C${row + 4}`, 700000000), F(`D${row + 1}+D${row + 4}`, 400000000), percentOf(line.realisasi, line.pagu)];
        return [line.pagu, line.realisasi, percentOf(line.realisasi, line.pagu)];
      },
      [
        F(`C${PROGRAM}+C${rowOf('2.15.02')}`, DINAS_TOTAL.pagu),
        F(`D${PROGRAM}+D${rowOf('2.15.02')}`, DINAS_TOTAL.realisasi),
        F(`ROUND(D${TOTAL_ROW}/C${TOTAL_ROW}*100,2)`, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)),
      ],
    ),
  ],
  faults: [{ rule: 'formula-stale', sheet: 'Tabel 3.1', cell: `C${PROGRAM}`, expected: '800.000.000' }],
};

export default layout;
