/**
 * A Kategori column on Tabel 3.1, banded by the quarter's cumulative absorption bands (TW II: ≥ 45 Sangat
 * Tinggi, ≥ 39 Tinggi, ≥ 33 Sedang, ≥ 26 Rendah). One sub kegiatan at 55 % is labelled "Sedang".
 */
import type { LayoutCase } from '../case';
import { absorptionCategory } from '../../../src/domain/indicators/category';
import { DINAS_TOTAL, percentOf, rowOf, tabel31 } from '../checks-kit';

const PLANTED = rowOf('2.15.01.2.01.0002');
const band = (realisasi: number, pagu: number): string => absorptionCategory(percentOf(realisasi, pagu), 2) ?? '';

const layout: LayoutCase = {
  name: 'checks-kategori-budget',
  about: 'Tabel 3.1 with a Kategori per row by the TW II absorption bands, one label that does not fit (issue 7, a stated Kategori that disagrees with the band).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    tabel31(
      'Tabel 3.1',
      'Triwulan II Tahun 2024',
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)', 'Kategori'],
      (line, row) => [line.pagu, line.realisasi, percentOf(line.realisasi, line.pagu), row === PLANTED ? 'Sedang' : band(line.realisasi, line.pagu)],
      [DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu), band(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)],
    ),
  ],
  faults: [{ rule: 'kategori-mismatch', sheet: 'Tabel 3.1', cell: `F${PLANTED}`, expected: 'Sangat Tinggi' }],
};

export default layout;
