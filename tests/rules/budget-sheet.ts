/**
 * A small Tabel 3.1 as a grid, for the table-driven tests of the rules over the columns beside pagu and
 * realisasi (months, sisa, kategori) and of the formula rules: a programme, a kegiatan and two sub kegiatan
 * on rows 3–6 under a title (row 1) and a header (row 2), with extra columns appended per test.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Finding } from '../../src/domain/findings';
import type { Settings } from '../../src/domain/settings';
import { gridOf, type CellSpec } from '../mapping/grid-builder';

export const BUDGET: [string, string, number, number][] = [
  ['4.01.02', 'Program Penunjang Urusan Pemerintahan', 300000000, 120000000],
  ['4.01.02.1.01', 'Perencanaan dan Evaluasi Kinerja', 300000000, 120000000],
  ['4.01.02.1.01.0001', 'Penyusunan Dokumen Perencanaan', 100000000, 40000000],
  ['4.01.02.1.01.0002', 'Evaluasi Kinerja Perangkat Daerah', 200000000, 80000000],
];

/** Findings of `rule` on a sheet of the BUDGET rows with `extra` cells after pagu, realisasi and capaian. */
export function findingsOf(
  rule: string,
  extraHeader: string[],
  extra: (row: number, line: [string, string, number, number]) => CellSpec[],
  settings: Partial<Settings> = { period: { year: 2024, quarter: 2 } },
  change?: (rows: CellSpec[][]) => void,
): Finding[] {
  const rows: CellSpec[][] = [
    ['Tabel 3.1 Realisasi Anggaran Triwulan II Tahun 2024'],
    ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)', ...extraHeader],
    ...BUDGET.map((line, i) => [line[0], line[1], line[2], line[3], Math.round((line[3] / line[2]) * 10000) / 100, ...extra(i + 3, line)]),
  ];
  change?.(rows);
  return analyzeWorkbook([gridOf('Tabel 3.1', rows)], { settings }).findings.filter((f) => f.rule === rule);
}
