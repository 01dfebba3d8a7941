import { analyzeWorkbook } from '../../src/domain/analyze';
import { gridOf, type CellSpec } from '../mapping/grid-builder';
import { BUDGET } from './budget-sheet';

/** Tabel 3.1 of BUDGET, and a detail table without codes whose numbered rows are `detail` (No, name, pagu, realisasi). */
function crossFindings(detail: CellSpec[][]): string[] {
  const main = gridOf('Tabel 3.1', [
    ['Tabel 3.1 Realisasi Anggaran Triwulan II Tahun 2024'],
    ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
    ...BUDGET.map((l) => [l[0], l[1], l[2], l[3]]),
  ]);
  const sub = gridOf('Detail', [['Tabel 3.2 Bagian Perencanaan'], ['No.', 'Sub Kegiatan', 'Alokasi Dana', 'Realisasi'], ...detail], { index: 1 });
  return analyzeWorkbook([main, sub], { settings: { period: { year: 2024, quarter: 2 } } })
    .findings.filter((f) => f.rule === 'cross-table-mismatch')
    .map((f) => `${f.cell} ${f.expected}`);
}

const item = (name: string, pagu: number, realisasi: number): CellSpec[] => ['', name, pagu, realisasi];

describe('cross-table-mismatch: a detail row without a code, matched to Tabel 3.1 by name', () => {
  it.each<[string, CellSpec[][], string[]]>([
    [
      'same name, same pagu: nothing to report',
      [[1, 'Penyusunan Dokumen Perencanaan', 100000000, 40000000], item('Belanja ATK', 100000000, 40000000)],
      [],
    ],
    [
      'same name, other pagu: matched by the name alone',
      [[1, 'Penyusunan Dokumen Perencanaan', 110000000, 40000000], item('Belanja ATK', 110000000, 40000000)],
      ['C3 100.000.000'],
    ],
    [
      'a close name in other letter case, other pagu',
      [[1, 'penyusunan dokumen perencanaan', 90000000, 40000000], item('Belanja ATK', 90000000, 40000000)],
      ['C3 100.000.000'],
    ],
    [
      'a name only half alike and another pagu: no match, no finding',
      [[1, 'Penyusunan Laporan Keuangan', 90000000, 40000000], item('Belanja ATK', 90000000, 40000000)],
      [],
    ],
    [
      'realisasi differs as well',
      [[1, 'Evaluasi Kinerja Perangkat Daerah', 250000000, 70000000], item('Belanja Jasa', 250000000, 70000000)],
      ['C3 200.000.000', 'D3 80.000.000'],
    ],
  ])('%s', (_, detail, want) => {
    expect(crossFindings(detail)).toEqual(want);
  });
});
