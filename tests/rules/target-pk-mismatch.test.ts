/**
 * target-pk-mismatch: a Perjanjian Kinerja target table (kind 'target-pk', targets by year) and a Capaian PK table
 * in one workbook; the Capaian PK's target of the report year must be the PK's for the same indicator.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import { gridOf, type CellSpec } from '../mapping/grid-builder';

const PK_HEADER: CellSpec[][] = [
  ['PERJANJIAN KINERJA TAHUN 2024'],
  ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Kondisi Awal 2023', 'Target 2024', 'Target 2025', 'Target 2026'],
];

function findings(pkRows: CellSpec[][], capaianRows: CellSpec[][], lang: 'id' | 'en' = 'id') {
  const analysis = analyzeWorkbook(
    [
      gridOf('PK 2024', [...PK_HEADER, ...pkRows]),
      gridOf('Capaian PK', [
        ['Capaian Kinerja Triwulan II Tahun 2024'],
        ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi', 'Capaian (%)'],
        ...capaianRows,
      ], { index: 1 }),
    ],
    { settings: { lang } },
  );
  return analysis;
}

const found = (pkRows: CellSpec[][], capaianRows: CellSpec[][]) =>
  findings(pkRows, capaianRows).findings.filter((f) => f.rule === 'target-pk-mismatch').map((f) => `${f.sheet}!${f.cell} ${f.expected ?? ''}`);

describe('target-pk-mismatch', () => {
  it('reads the PK sheet as a table of targets', () => {
    const analysis = findings([[1, 'Sasaran', 'Indeks Kepuasan Masyarakat', 80, 82, 84, 86]], [[1, 'Indeks Kepuasan Masyarakat', 'Indeks', 82, 41, 50]]);
    expect(analysis.sheets.map((s) => s.kind)).toEqual(['target-pk', 'capaian-pk']);
  });

  it.each<[string, CellSpec[], CellSpec[], string[]]>([
    ['the same target', [1, 'S', 'Indeks Kepuasan Masyarakat', 80, 82, 84, 86], [1, 'Indeks Kepuasan Masyarakat', 'Indeks', 82, 41, 50], []],
    ['a different target', [1, 'S', 'Indeks Kepuasan Masyarakat', 80, 82, 84, 86], [1, 'Indeks Kepuasan Masyarakat', 'Indeks', 84, 42, 50], ['Capaian PK!D3 82']],
    ['the next year\'s target copied', [1, 'S', 'Persentase PD ber-SAKIP BB', '40 %', '45,45 %', '51,51 %', '57,57 %'], [1, 'Persentase PD ber-SAKIP BB', '%', '51,51 %', 20, 39.37], ['Capaian PK!D3 45,45 %']],
    ['names differing in case, spacing and punctuation', [1, 'S', 'Indeks  kepuasan masyarakat.', 80, 82, 84, 86], [1, 'INDEKS KEPUASAN MASYARAKAT', 'Indeks', 84, 42, 50], ['Capaian PK!D3 82']],
    ['a percentage as text and as a fraction', [1, 'S', 'Persentase dokumen', '90%', '95%', '100%', '100%'], [1, 'Persentase dokumen', '%', { v: 0.95, fmt: '0%' }, { v: 0.5, fmt: '0%' }, 52.63], []],
    ['another indicator: nothing to compare', [1, 'S', 'Indeks Kepuasan Masyarakat', 80, 82, 84, 86], [1, 'Nilai SAKIP', 'Nilai', 84, 42, 50], []],
    ['the same grade', [1, 'S', 'Predikat SAKIP', 'B', 'BB', 'A', 'A'], [1, 'Predikat SAKIP', 'Predikat', 'BB', 'B', ''], []],
    ['another grade', [1, 'S', 'Predikat SAKIP', 'B', 'BB', 'A', 'A'], [1, 'Predikat SAKIP', 'Predikat', 'A', 'B', ''], ['Capaian PK!D3 BB']],
    ['a grade beside a number: not compared', [1, 'S', 'Predikat SAKIP', 'B', 'BB', 'A', 'A'], [1, 'Predikat SAKIP', 'Nilai', 70, 65, 92.86], []],
    ['a blank target in the capaian table', [1, 'S', 'Indeks Kepuasan Masyarakat', 80, 82, 84, 86], [1, 'Indeks Kepuasan Masyarakat', 'Indeks', '', 42, ''], []],
  ])('%s', (_, pk, capaian, want) => {
    expect(found([pk], [capaian])).toEqual(want);
  });

  it('compares nothing when two PK indicators share the name', () => {
    const twice: CellSpec[][] = [
      [1, 'S1', 'Indeks Kepuasan Masyarakat', 80, 82, 84, 86],
      [2, 'S2', 'Indeks Kepuasan Masyarakat', 80, 90, 92, 94],
    ];
    expect(found(twice, [[1, 'Indeks Kepuasan Masyarakat', 'Indeks', 84, 42, 50]])).toEqual([]);
  });

  it('names the PK cell in both languages', () => {
    const pk = [[1, 'S', 'Indeks Kepuasan Masyarakat', 80, 82, 84, 86]];
    const capaian = [[1, 'Indeks Kepuasan Masyarakat', 'Indeks', 84, 42, 50]];
    const [id] = findings(pk, capaian).findings.filter((f) => f.rule === 'target-pk-mismatch');
    const [en] = findings(pk, capaian, 'en').findings.filter((f) => f.rule === 'target-pk-mismatch');
    expect(id.message).toBe('Target "Indeks Kepuasan Masyarakat" tertulis 84, sedangkan Perjanjian Kinerja menetapkan 82 (PK 2024!E3): samakan dengan target PK yang ditandatangani');
    expect(en.message).toBe('The target of "Indeks Kepuasan Masyarakat" is 84 here, but the Perjanjian Kinerja sets 82 (PK 2024!E3): copy the signed PK\'s target');
    expect(id.severity).toBe('warning');
  });
});

describe('the target table\'s own cells', () => {
  const cells = (row: CellSpec[]) =>
    findings([row], [[1, 'Lain', 'Indeks', 1, 1, 100]]).findings.filter((f) => f.sheet === 'PK 2024').map((f) => `${f.rule} ${f.cell}`);

  it.each<[string, CellSpec[], string[]]>([
    ['numbers, percentages as text', [1, 'S', 'Persentase PD', '39,39', '45,45 %', 51.51, { v: 0.5757, fmt: '0.00%' }], []],
    ['qualitative values', [1, 'S', 'Ketersediaan dokumen', 'Belum ada', 'Tersedia', 'Tersedia', 'Tersedia'], []],
    ['grades, levels, comparators, units', [1, 'S', 'Predikat SAKIP', 'B', 'BB', 'Level 3', '≥ 80 %'], []],
    ['a malformed number in a later year', [1, 'S', 'Persentase PD', '39,39', '45,45', '5.3475.000', '57,57'], ['number-format F3']],
    ['English separators in the report year', [1, 'S', 'Persentase PD', '39,39', '45.45%', '51,51', '57,57'], ['separator-style E3']],
  ])('%s', (_, row, want) => {
    expect(cells(row)).toEqual(want);
  });
});

describe('a block under the targets that Lapkin cannot read', () => {
  it('is not checked, and said so on its own rows; the targets above stay read', () => {
    const grid = gridOf('Renstra', [
      ['TARGET KINERJA DAN PENDANAAN RENSTRA 2024-2026'],
      ['No', 'Sasaran', 'Indikator Kinerja', 'Kondisi Awal 2023', 'Target 2024', 'Target 2025', 'Target 2026'],
      [1, 'S', 'Indeks Kepuasan Masyarakat', 80, 82, 84, 86],
      [2, 'S', 'Nilai SAKIP', 60, 62, 64, 66],
      [],
      ['No', 'Program', 'Pagu Indikatif 2024', 'Pagu Indikatif 2025', 'Pagu Indikatif 2026'],
      [1, 'Program Penunjang', 800000000, 850000000, 900000000],
      [2, 'Program Layanan', 450000000, 500000000, 550000000],
      [3, 'Program Pengawasan', 250000000, 260000000, 270000000],
    ]);
    const analysis = analyzeWorkbook([grid], { settings: { period: { year: 2024, quarter: 2 } } });
    expect(analysis.sheets).toEqual([{ name: 'Renstra', kind: 'target-pk' }]);
    expect(analysis.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['sheet-not-checked A6']);
    expect(analysis.findings[0].message).toMatch(/^Tabel di baris 6–9 berisi tabel angka tetapi tidak diperiksa/);
  });
});
