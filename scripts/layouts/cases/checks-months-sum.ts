/**
 * Realisasi per month (Januari, Februari, Maret) beside the cumulative "Realisasi s.d. TW I": the months must
 * add up to it. One sub kegiatan's months add up to 5.000.000 less than its cumulative figure.
 */
import type { LayoutCase } from '../case';
import { DINAS_TOTAL, percentOf, rowOf, tabel31 } from '../checks-kit';

const PLANTED = rowOf('2.15.01.2.01.0002');

/** Three months adding up to the total: equal parts, the rest in March. */
function months(total: number): number[] {
  const part = Math.floor(total / 3 / 1000) * 1000;
  return [part, part, total - 2 * part];
}

const layout: LayoutCase = {
  name: 'checks-months-sum',
  about: 'Monthly realisasi Januari–Maret beside the cumulative realisasi, one row whose months fall short (issue 7, months adding up to the cumulative realisasi).',
  period: { year: 2024, quarter: 1 },
  sheets: [
    tabel31(
      'Realisasi TW I',
      'Triwulan I Tahun 2024',
      ['Kode', 'Uraian', 'Pagu', 'Januari', 'Februari', 'Maret', 'Realisasi s.d. TW I', 'Capaian (%)'],
      (line, row) => {
        const m = months(line.realisasi);
        if (row === PLANTED) m[2] -= 5000000;
        return [line.pagu, ...m, line.realisasi, percentOf(line.realisasi, line.pagu)];
      },
      [DINAS_TOTAL.pagu, ...months(DINAS_TOTAL.realisasi), DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)],
    ),
  ],
  faults: [{ rule: 'months-sum-mismatch', sheet: 'Realisasi TW I', cell: `G${PLANTED}`, expected: '105.000.000' }],
};

export default layout;
