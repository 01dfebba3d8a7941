/**
 * The kode split over five columns under a merged "Kode" group (a two-row header), every part repeated on
 * every row and typed as numbers where Excel drops the leading zero (program 1 for "01").
 */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, kodeParts, percentOf } from '../layout-kit';

function asTyped(part: string | undefined): string | number | null {
  if (part === undefined) return null;
  return /^\d+$/.test(part) ? Number(part) : part;
}

const rows: Row[] = DINAS_BUDGET.map((line) => {
  const parts = kodeParts(line.code);
  return [
    ...[0, 1, 2, 3, 4].map((i) => asTyped(parts[i])),
    line.uraian,
    line.pagu,
    line.code === '2.15.01.2.01.0002' ? '110.000.00' : line.realisasi,
    percentOf(line.realisasi, line.pagu),
  ];
});
rows.push(['JUMLAH', null, null, null, null, null, DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-split-kode-repeated',
  about: 'Kode split over five columns under a merged "Kode" group header, every part repeated and typed as numbers (issue 7, split kode, merged headers).',
  sheets: [
    {
      name: 'Realisasi',
      title: [['REALISASI ANGGARAN DINAS PERHUBUNGAN'], ['Triwulan II Tahun 2024'], []],
      header: [
        ['Kode', '', '', '', '', 'Program / Kegiatan / Sub Kegiatan', 'Pagu Anggaran', 'Realisasi', 'Capaian (%)'],
        ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', '', '', '', ''],
      ],
      headerMerges: ['A4:E4', 'F4:F5', 'G4:G5', 'H4:H5', 'I4:I5'],
      rows,
      bodyMerges: ['A16:F16'],
      amountColumns: [6, 7],
      percentColumns: [8],
    },
  ],
  faults: [{ rule: 'number-format', sheet: 'Realisasi', cell: 'H9' }],
};

export default layout;
