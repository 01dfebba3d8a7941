import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { gridOf } from '../mapping/grid-builder';
import { qualitativeCapaian } from '../../src/domain/indicators/qualitative';
import { readPkValue, type PkValue } from '../../src/domain/indicators/pk-value';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

describe('readPkValue: PK values as planners write them', () => {
  it.each<[string, PkValue, 'positif' | 'negatif' | undefined]>([
    ['Tersedia', { kind: 'availability', present: true }, undefined],
    ['Ada', { kind: 'availability', present: true }, undefined],
    ['Tidak Tersedia', { kind: 'availability', present: false }, undefined],
    ['Belum ada', { kind: 'availability', present: false }, undefined],
    ['AA', { kind: 'grade', grade: 'AA', rank: 6 }, undefined],
    ['BB', { kind: 'grade', grade: 'BB', rank: 4 }, undefined],
    ['Predikat B', { kind: 'grade', grade: 'B', rank: 3 }, undefined],
    ['CC (Cukup)', { kind: 'grade', grade: 'CC', rank: 2 }, undefined],
    ['D', { kind: 'grade', grade: 'D', rank: 0 }, undefined],
    ['Level 3', { kind: 'number', value: 3, unit: 'level' }, undefined],
    ['3 dokumen', { kind: 'number', value: 3, unit: 'dokumen' }, undefined],
    ['12 Dokumen', { kind: 'number', value: 12, unit: 'dokumen' }, undefined],
    ['≥ 80%', { kind: 'number', value: 80, unit: '%', comparator: '≥' }, undefined],
    ['>= 80 persen', { kind: 'number', value: 80, unit: '%', comparator: '≥' }, undefined],
    ['Minimal 75,5 %', { kind: 'number', value: 75.5, unit: '%', comparator: '≥' }, undefined],
    ['80 %', { kind: 'number', value: 80, unit: '%' }, undefined],
    ['1.250 orang', { kind: 'number', value: 1250, unit: 'orang' }, undefined],
    ['8 (-)', { kind: 'number', value: 8, unit: '' }, 'negatif'],
    ['(+) 90 %', { kind: 'number', value: 90, unit: '%' }, 'positif'],
    ['Terlaksana', { kind: 'text', text: 'Terlaksana' }, undefined],
    ['375.000.00', { kind: 'text', text: '375.000.00' }, undefined],
  ])('%s', (text, value, polarity) => {
    const reading = readPkValue(text);
    expect(reading?.value).toEqual(value);
    expect(reading?.polarity).toBe(polarity);
  });

  it('reads blank text and a lone mark as no value', () => {
    expect(readPkValue('  ')).toBeUndefined();
    expect(readPkValue('(-)')).toBeUndefined();
  });

  it('reads any count with any unit word back as written', () => {
    const unit = fc.constantFrom('dokumen', 'orang', 'kegiatan', 'laporan', 'unit', '%');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), unit, (n, u) => {
        const v = readPkValue(`${n} ${u}`)?.value;
        return v?.kind === 'number' && v.value === n && v.unit === u;
      }),
    );
  });

  it('orders every pair of grades the SAKIP way (AA > A > BB > B > CC > C > D)', () => {
    const order = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'];
    fc.assert(
      fc.property(fc.nat(6), fc.nat(6), (i, j) => {
        const a = readPkValue(order[i])?.value;
        const b = readPkValue(order[j])?.value;
        return a?.kind === 'grade' && b?.kind === 'grade' && (a.rank > b.rank) === (i < j);
      }),
    );
  });
});

describe('qualitativeCapaian', () => {
  const v = (text: string): PkValue => {
    const r = readPkValue(text);
    if (!r) throw new Error(text);
    return r.value;
  };
  it.each<[string, string, number | null]>([
    ['3 dokumen', '3 dokumen', 100],
    ['4 dokumen', '3 Dokumen', 75],
    ['≥ 80%', '85 %', 106.25],
    ['Level 3', 'Level 3', 100],
    ['BB', 'A', 100],
    ['BB', 'BB', 100],
    ['BB', 'B', null],
    ['Tersedia', 'Ada', 100],
    ['Tersedia', 'Tidak tersedia', null],
    ['3 dokumen', 'Level 3', null],
    ['BB', '80 %', null],
    // A word target met by the same word is reached; another word cannot be scored (WDP is short of WTP, unread).
    ['Terlaksana', 'Terlaksana', 100],
    ['WTP', 'wtp', 100],
    ['WTP', 'WDP', null],
    ['Terlaksana', 'Belum terlaksana', null],
  ])('target %s, realisasi %s → %p', (t, r, want) => {
    const got = qualitativeCapaian(v(t), v(r), 'positif', DEFAULT_SETTINGS);
    if (want === null) {
      expect(got.capaian).toBeNull();
      expect(got.reason?.id).toMatch(/capaian|tercapai/);
    } else expect(got.capaian).toBeCloseTo(want, 9);
  });

  it('scores numbers with a unit by polarity as plain numbers are', () => {
    expect(qualitativeCapaian(v('8 jam'), v('9 jam'), 'negatif', DEFAULT_SETTINGS).capaian).toBeCloseTo(87.5, 9);
  });
});

describe('a PK table with qualitative values', () => {
  const rulesAt = (target: string | number, realisasi: string | number, satuan = 'Dokumen') =>
    analyzeWorkbook([
      gridOf('IKU', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal', 'Target 2024', 'Realisasi', 'Capaian (%)'],
        ['1', 'Dokumen evaluasi', satuan, 'Tersedia', target, realisasi, ''],
      ]),
    ]).findings.map((f) => `${f.rule} ${f.cell}`);

  it.each<[string | number, string | number, string[]]>([
    ['Tersedia', 'Tersedia', ['missing-value G2']],
    ['BB', 'B', ['capaian-undefined E2']],
    ['3 dokumen', 'Level 2', ['capaian-undefined F2']],
    ['Terlaksana', 'Terlaksana', ['missing-value G2']],
    ['WTP', 'WDP', ['capaian-undefined E2']],
    ['375.000.00', 3, ['number-format E2']],
  ])('target %p, realisasi %p', (target, realisasi, want) => {
    expect(rulesAt(target, realisasi)).toEqual(want);
  });

  it('a "(-)" in the indicator name marks negative polarity', () => {
    const found = analyzeWorkbook([
      gridOf('IKU', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi', 'Capaian (%)'],
        ['1', 'Jumlah pengaduan (-)', 'Kasus', 8, 9, 87.5],
      ]),
    ]).findings;
    expect(found).toEqual([]);
  });
});
