import { analyzeWorkbook } from '../../src/domain/analyze';
import { gridOf, type CellSpec } from '../mapping/grid-builder';
import { findingsOf } from './budget-sheet';

describe('kategori-mismatch on a budget table (TW II absorption bands 45/39/33/26, or the evaluation bands)', () => {
  // Capaian: programme and kegiatan 40 %, sub kegiatan 40 % and 40 %.
  it.each<[string, string, string[]]>([
    ['the absorption band', 'Tinggi', []],
    ['the evaluation band (Permendagri 86/2017)', 'Sangat Rendah', []],
    ['in other letter case', 'TINGGI', []],
    ['a band that fits neither', 'Sedang', ['F3 Tinggi', 'F4 Tinggi', 'F5 Tinggi', 'F6 Tinggi']],
    ['a word that names no band', 'Baik', []],
  ])('%s: "%s"', (_, label, want) => {
    const found = findingsOf('kategori-mismatch', ['Kategori'], () => [label]);
    expect(found.map((f) => `${f.cell} ${f.expected}`)).toEqual(want);
  });

  it('uses the evaluation bands when the period is not known', () => {
    const found = findingsOf('kategori-mismatch', ['Kategori'], () => ['Tinggi'], { period: undefined }, (rows) => {
      rows[0] = ['Tabel 3.1 Realisasi Anggaran'];
    });
    expect(found.map((f) => `${f.cell} ${f.expected}`)).toEqual(['F3 Sangat Rendah', 'F4 Sangat Rendah', 'F5 Sangat Rendah', 'F6 Sangat Rendah']);
  });
});

describe('kategori-mismatch on a PK table (evaluation bands: ≥ 91 Sangat Tinggi, ≥ 76 Tinggi, ≥ 66 Sedang, ≥ 51 Rendah)', () => {
  const pk = (rows: CellSpec[][]) =>
    analyzeWorkbook([
      gridOf('IKU', [
        ['Capaian Indikator Kinerja Triwulan II Tahun 2024'],
        ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi', 'Capaian (%)', 'Kategori'],
        ...rows,
      ]),
    ]).findings.filter((f) => f.rule === 'kategori-mismatch').map((f) => `${f.cell} ${f.expected}`);

  it.each<[string, CellSpec[], string[]]>([
    ['band of the capaian', ['1', 'Indeks kepuasan', 'Indeks', 80, 76, 95, 'Sangat Tinggi'], []],
    ['a band off by one', ['1', 'Indeks kepuasan', 'Indeks', 80, 76, 95, 'Tinggi'], ['G3 Sangat Tinggi']],
    ['no stated capaian: the recomputed one decides', ['1', 'Indeks kepuasan', 'Indeks', 100, 70, '', 'Tinggi'], ['G3 Sedang']],
    ['fits the stated capaian, which capaian-mismatch names', ['1', 'Indeks kepuasan', 'Indeks', 100, 70, 95, 'Sangat Tinggi'], []],
    ['capaian undefined (target 0): nothing to band', ['1', 'Indeks kepuasan', 'Indeks', 0, 70, '', 'Tinggi'], []],
  ])('%s', (_, row, want) => {
    expect(pk([row])).toEqual(want);
  });
});
