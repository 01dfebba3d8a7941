/**
 * RSUD (a hospital BLUD), TW II: narrow columns with abbreviated headers as planners shorten them to print on A4:
 * "Kd. Rek.", "Pagu Angg. (Rp)", "Real. Keu. (Rp)", "Real. Fisik (%)", "Capaian Keu. (%)", "Ket.".
 * Planted: a sub kegiatan realisasi over its pagu, a programme pagu off, a capaian off.
 */
import type { LayoutCase } from '../../case';
import type { Row } from '../../../examples/sheet-spec';
import { budgetLines, pct, pctText, rp, sheetRow, totalOf, type ProgramSpec } from '../trial-kit';

const PROGRAMS: ProgramSpec[] = [
  ['1.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [
    ['1.02.01.2.10', 'Peningkatan Pelayanan BLUD', [
      ['1.02.01.2.10.0001', 'Pelayanan dan Penunjang Pelayanan BLUD', 18500000000, 8880000000],
    ]],
  ]],
  ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', [
    ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Provinsi', [
      ['1.02.02.2.01.0016', 'Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan', 3200000000, 1440000000],
      ['1.02.02.2.01.0022', 'Pengembangan Rumah Sakit', 650000000, 702000000],
    ]],
  ]],
];

const lines = budgetLines(PROGRAMS);
const total = totalOf(lines);
const ABOVE = 4;
const OVER = '1.02.02.2.01.0022';
const PAGU_OFF = '1.02.02';
const PCT_OFF = '1.02.02.2.01.0016';
const rowOf = (code: string): number => sheetRow(ABOVE, lines.findIndex((l) => l.code === code));
const FISIK: Record<string, number> = { program: 50, kegiatan: 50, sub: 48 };

const rows: Row[] = lines.map((l) => [
  l.code,
  l.uraian,
  l.code === PAGU_OFF ? l.pagu + 250000000 : l.pagu,
  l.realisasi,
  FISIK[l.level],
  l.code === PCT_OFF ? 54 : pct(l.realisasi, l.pagu),
  '',
]);
rows.push(['', 'TOTAL', total.pagu, total.realisasi, 49, pct(total.realisasi, total.pagu), '']);

const layout: LayoutCase = {
  name: 'trial-rsud-abbrev',
  about: 'Blind trial: RSUD TW II, abbreviated headers (Kd. Rek., Pagu Angg., Real. Keu., Real. Fisik, Capaian Keu.).',
  sheets: [
    {
      name: 'Real TW II',
      title: [['RSUD Prof. Dr. W. Z. JOHANNES KUPANG'], ['Realisasi Keuangan dan Fisik Triwulan II Tahun 2024'], []],
      header: [['Kd. Rek.', 'Uraian', 'Pagu Angg. (Rp)', 'Real. Keu. (Rp)', 'Real. Fisik (%)', 'Capaian Keu. (%)', 'Ket.']],
      rows,
      amountColumns: [2, 3],
      percentColumns: [4, 5],
      widths: [20, 60, 18, 18, 9, 9, 12],
    },
  ],
  faults: [
    { rule: 'over-budget', sheet: 'Real TW II', cell: `D${rowOf(OVER)}` },
    { rule: 'sum-mismatch', sheet: 'Real TW II', cell: `C${rowOf(PAGU_OFF)}`, expected: rp(3850000000) },
    { rule: 'percent-mismatch', sheet: 'Real TW II', cell: `F${rowOf(PCT_OFF)}`, expected: pctText(45) },
  ],
};

export default layout;
