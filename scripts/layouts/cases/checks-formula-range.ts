/**
 * Parents as formulas with their cached values, one of which leaves out a row: kegiatan 2.15.02.1.01's pagu is
 * =SUM(C13:C13) while its sub kegiatan sit in rows 13 and 14; its realisasi =D13 leaves out row 14 too, whose
 * realisasi is still 0 this quarter — the sums agree today and the formula is wrong all the same.
 */
import type { LayoutCase } from '../case';
import type { ExampleValue } from '../../examples/sheet-spec';
import { percentOf, rowOf, tabel31 } from '../checks-kit';

const F = (f: string, result: number): ExampleValue => ({ f, result });
const KEGIATAN = rowOf('2.15.02.1.01');
const SURVEI = rowOf('2.15.02.1.01.0002');

const layout: LayoutCase = {
  name: 'checks-formula-range',
  about: 'A parent\'s SUM that stops short of its last sub kegiatan, in pagu (the sums disagree) and realisasi (they agree) (issue 7, formulas that leave out rows).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    tabel31(
      'Realisasi',
      'Triwulan II Tahun 2024',
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)'],
      (line, row) => {
        if (row === KEGIATAN) return [F(`SUM(C${row + 1}:C${row + 1})`, 250000000), F(`D${row + 1}`, 100000000), percentOf(100000000, 450000000)];
        const realisasi = row === SURVEI ? 0 : line.code.startsWith('2.15.02') ? 100000000 : line.realisasi;
        return [line.pagu, realisasi, percentOf(realisasi, line.pagu)];
      },
      [1250000000, 500000000, percentOf(500000000, 1250000000)],
    ),
  ],
  faults: [
    // The short SUM repeats its cells, so the settlement gives it no weight of its own: formula-range names the
    // fault (with the formula to use), not a second sum-mismatch on the same cell.
    { rule: 'formula-range', sheet: 'Realisasi', cell: `C${KEGIATAN}`, expected: `=SUM(C${KEGIATAN + 1}:C${KEGIATAN + 2})` },
    { rule: 'formula-range', sheet: 'Realisasi', cell: `D${KEGIATAN}`, expected: `=SUM(D${KEGIATAN + 1}:D${KEGIATAN + 2})` },
  ],
};

export default layout;
