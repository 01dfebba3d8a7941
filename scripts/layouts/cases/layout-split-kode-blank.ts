/**
 * The kode split over five columns, Urusan | Bidang | Program | Kegiatan | Sub Kegiatan, each row filling only
 * its own level's part (the parent's parts left blank), with the names in an Uraian column beside them.
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, kodeParts, percentOf } from '../layout-kit';

/** Only the parts the row adds to its parent's code. */
function ownParts(code: string, previous: string | undefined): (string | null)[] {
  const parts = kodeParts(code);
  const before = previous ? kodeParts(previous) : [];
  const shared = parts.findIndex((p, i) => before[i] !== p);
  const from = shared < 0 ? parts.length - 1 : shared;
  return [0, 1, 2, 3, 4].map((i) => (i >= from && i < parts.length ? parts[i] : null));
}

const rows: Row[] = DINAS_BUDGET.map((line, i) => [
  ...ownParts(line.code, DINAS_BUDGET[i - 1]?.code),
  line.uraian,
  line.code === '2.15.01' ? 810000000 : line.pagu,
  line.realisasi,
  line.code === '2.15.01.2.01.0002' ? 65 : percentOf(line.realisasi, line.pagu),
]);
rows.push([null, null, null, null, null, 'JUMLAH', DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-split-kode-blank',
  about: 'Kode split over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan columns, parents\u2019 parts left blank (issue 7, split kode).',
  sheets: [
    {
      name: 'Tabel 3.1',
      title: [['Tabel 3.1 Realisasi Anggaran Dinas Perhubungan'], ['Triwulan II Tahun 2024'], []],
      header: [['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Uraian', 'Pagu', 'Realisasi', '%']],
      rows,
      amountColumns: [6, 7],
      percentColumns: [8],
    },
  ],
  faults: [
    { rule: 'sum-mismatch', sheet: 'Tabel 3.1', cell: 'G5', expected: '800.000.000' },
    { rule: 'percent-mismatch', sheet: 'Tabel 3.1', cell: 'I8', expected: '55,00' },
  ],
};

export default layout;
