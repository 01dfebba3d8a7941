/** Line items with a hierarchy of their own: kode rekening groups under a sub kegiatan, and uncoded groups told by their sums. */
import { placeCodedRows, placeNumberedRows, type RowLabels } from '../../src/domain/budget/hierarchy';
import { isBelanjaHead, nestByAmounts, nestNamedGroups } from '../../src/domain/budget/item-nesting';
import { LEVEL } from '../../src/domain/budget/levels';

const coded = (kode: string, uraian = 'x'): RowLabels => ({ kode, no: '', uraian });

describe('placeCodedRows: kode rekening under a sub kegiatan', () => {
  const cases: [string, RowLabels[], [string, number][]][] = [
    [
      'every level written (5 … 5.1.02.01.01.0024), the same codes again under the next sub kegiatan',
      [coded('4.01.02.1.01.0001'), coded('5'), coded('5.1'), coded('5.1.02'), coded('5.1.02.01.01.0024'), coded('5.1.02.01.01.0026'), coded('5.2'), coded('5.2.02.05.01.0005'), coded('4.01.02.1.01.0002'), coded('5.1.02'), coded('5.1.02.01.01.0024')],
      [['subKegiatan', -1], ['rincian', 0], ['rincian', 1], ['rincian', 2], ['rincian', 3], ['rincian', 3], ['rincian', 1], ['rincian', 6], ['subKegiatan', -1], ['rincian', 8], ['rincian', 9]],
    ],
    [
      'levels left out: an item under its nearest written prefix; an item with none under the sub kegiatan',
      [coded('4.01.02.1.01.0001'), coded('5.1.02'), coded('5.1.02.01.01.0024'), coded('5.2.02.05.01.0005')],
      [['subKegiatan', -1], ['rincian', 0], ['rincian', 1], ['rincian', 0]],
    ],
    [
      'an urusan 5 (its bidang 5.01) after a sub kegiatan stays a budget code',
      [coded('4.01.02.1.01.0001'), coded('5'), coded('5.01'), coded('5.01.01')],
      [['subKegiatan', -1], ['unit', -1], ['unit', 1], ['program', 2]],
    ],
    [
      'uncoded group rows named as belanja groups take the coded lines of their account, nested by the account\'s code',
      [
        coded('4.01.02.1.01.0001'),
        coded('', 'BELANJA OPERASI'),
        coded('', 'Belanja Barang dan Jasa'),
        coded('5.1.02.01.01.0024'),
        coded('5.1.02.01.01.0026'),
        coded('', 'Belanja Modal'),
        coded('5.2.02.05.01.0005'),
        coded('4.01.02.1.01.0002'),
        coded('', '5.1.02 - Belanja Barang dan Jasa'),
        coded('5.1.02.01.01.0024'),
        coded('', 'Belanja Pegawai'),
        coded('5.1.02.04.01.0001'),
      ],
      [['subKegiatan', -1], ['rincian', 0], ['rincian', 1], ['rincian', 2], ['rincian', 2], ['rincian', 0], ['rincian', 5], ['subKegiatan', -1], ['rincian', 7], ['rincian', 8], ['rincian', 7], ['rincian', 7]],
    ],
    [
      'uncoded lines stay under the sub kegiatan, beside its groups',
      [coded('4.01.02.1.01.0001'), coded('5.1.02'), coded('5.1.02.01.01.0024'), coded('', 'Belanja Lembur')],
      [['subKegiatan', -1], ['rincian', 0], ['rincian', 1], ['rincian', 0]],
    ],
  ];
  test.each(cases)('%s', (_name, rows, expected) => {
    expect(placeCodedRows(rows).map((p) => [p.level, p.parent])).toEqual(expected);
  });
});

test('placeNumberedRows: a numbered sub kegiatan\'s kode rekening nest the same way', () => {
  const rows: RowLabels[] = [
    { kode: '', no: '1', uraian: 'Sub kegiatan' },
    { kode: '5.1.02', no: '', uraian: 'Belanja Barang dan Jasa' },
    { kode: '5.1.02.01.01.0024', no: '', uraian: 'ATK' },
    { kode: '', no: '2', uraian: 'Sub kegiatan' },
    { kode: '5.1.02.01.01.0024', no: '', uraian: 'ATK' },
  ];
  expect(placeNumberedRows(rows).map((p) => p.parent)).toEqual([-1, 0, 1, -1, 3]);
});

test('placeCodedRows and placeNumberedRows list the named uncoded groups', () => {
  const rows = [coded('4.01.02.1.01.0001'), coded('', 'Belanja Operasi'), coded('', 'Belanja Alat Tulis Kantor'), coded('', 'Belanja Modal')];
  expect(placeCodedRows(rows).map((p, i) => (p.namedGroup ? i : -1)).filter((i) => i >= 0)).toEqual([1, 3]);
  const numbered = [{ kode: '', no: '1', uraian: 'Sub kegiatan' }, { kode: '', no: '', uraian: 'Belanja Barang dan Jasa' }, { kode: '5.1.02.01.01.0024', no: '', uraian: 'ATK' }, { kode: '', no: '', uraian: 'Belanja Modal' }, { kode: '5.2.02.05.01.0005', no: '', uraian: 'Alat Kantor' }];
  expect(placeNumberedRows(numbered).map((p) => [p.parent, p.namedGroup ?? false])).toEqual([[-1, false], [0, true], [1, false], [0, true], [3, false]]);
});

test.each([
  ['5', '5.1', true],
  ['5', '5.1.02', true],
  ['5', '5.01', false],
  ['5', undefined, false],
  ['5.1', '4.01.02', true],
  ['5.01', '5.01.01', false],
  ['4.1', '4.1.02', false],
] as const)('isBelanjaHead(%s, next %s) is %s', (kode, next, expected) => {
  expect(isBelanjaHead(kode, next)).toBe(expected);
});

describe('nestByAmounts', () => {
  const R = LEVEL.rincian;
  const S = LEVEL.subKegiatan;
  const run = (level: number[], parent: number[], pagu: number[], codes: (string | undefined)[] = []): number[] => {
    const rows = {
      level: Uint8Array.from(level),
      parent: Int32Array.from(parent),
      codes: { get: (i: number) => codes[i] },
      pagu: Float64Array.from(pagu),
      realisasi: new Float64Array(level.length).fill(NaN),
    };
    nestByAmounts(rows);
    return Array.from(rows.parent);
  };

  test('an uncoded line that adds up the next ones exactly is their group', () => {
    expect(run([S, R, R, R, R], [-1, 0, 0, 0, 0], [500, 200, 80, 120, 300])).toEqual([-1, 0, 1, 1, 0]);
  });
  test('a line no run of the next ones adds up to stays flat', () => {
    expect(run([S, R, R, R], [-1, 0, 0, 0], [500, 200, 150, 120])).toEqual([-1, 0, 0, 0]);
  });
  test('one line equal to the next is no group (two or more lines make one)', () => {
    expect(run([S, R, R], [-1, 0, 0], [100, 100, 100])).toEqual([-1, 0, 0]);
  });
  test('a kode rekening line over uncoded lines that add up to it takes them', () => {
    expect(run([S, R, R, R, R], [-1, 0, 1, 0, 0], [500, 300, 300, 100, 200], [undefined, '5.1.02', '5.1.02.01.01.0024'])).toEqual([-1, 0, 1, 2, 2]);
  });
  test('coded lines are never taken by an uncoded one', () => {
    expect(run([S, R, R, R], [-1, 0, 0, 0], [300, 100, 200, 0], [undefined, undefined, '5.1.02.01.01.0024', '5.1.02.01.01.0026'])).toEqual([-1, 0, 0, 0]);
  });
});

describe('nestNamedGroups: an uncoded line named as a belanja group takes the uncoded lines after it whatever its sum', () => {
  const R = LEVEL.rincian;
  const S = LEVEL.subKegiatan;
  const run = (level: number[], parent: number[], pagu: number[], named: number[], codes: (string | undefined)[] = []): number[] => {
    const rows = {
      level: Uint8Array.from(level),
      parent: Int32Array.from(parent),
      codes: { get: (i: number) => codes[i] },
      pagu: Float64Array.from(pagu),
      realisasi: new Float64Array(level.length).fill(NaN),
    };
    nestByAmounts(rows);
    nestNamedGroups(rows, named);
    return Array.from(rows.parent);
  };

  test('a group stating a wrong sum still takes its lines (the sub kegiatan states theirs)', () => {
    expect(run([S, R, R, R, R], [-1, 0, 0, 0, 0], [600, 550, 100, 200, 300], [1])).toEqual([-1, 0, 1, 1, 1]);
  });
  test('a group stating the right sum takes them as before', () => {
    expect(run([S, R, R, R], [-1, 0, 0, 0], [300, 300, 100, 200], [1])).toEqual([-1, 0, 1, 1]);
  });
  test('the lines stop at the next named group and at a coded line', () => {
    // Belanja Operasi (wrong) over two lines, Belanja Modal (wrong) over two lines then a coded line of the sub kegiatan.
    expect(run([S, R, R, R, R, R, R, R], [-1, 0, 0, 0, 0, 0, 0, 0], [1000, 250, 100, 200, 650, 300, 400, 100], [1, 4], [undefined, undefined, undefined, undefined, undefined, undefined, undefined, '5.2.02.05.01.0005'])).toEqual([-1, 0, 1, 1, 0, 4, 4, 0]);
  });
  test('lines the row above states exactly as flat lines stay side by side (a one-line "Belanja Modal" among the lines)', () => {
    expect(run([S, R, R, R], [-1, 0, 0, 0], [650, 500, 100, 50], [1])).toEqual([-1, 0, 0, 0]);
  });
  test('one line after it is no group of it', () => {
    expect(run([S, R, R, R], [-1, 0, 0, 0], [900, 300, 100, 500], [1, 3])).toEqual([-1, 0, 0, 0]);
  });
});
