import { placeCodedRows, placeNumberedRows, type RowLabels } from '../../src/domain/budget/hierarchy';

const coded = (kode: string, uraian = 'x'): RowLabels => ({ kode, no: '', uraian });
const numbered = (no: string, uraian = 'x'): RowLabels => ({ kode: '', no, uraian });

describe('placeCodedRows (Tabel 3.1)', () => {
  const cases: [string, RowLabels[], [string, number][]][] = [
    [
      'unit row, programme, kegiatan, 2-digit sub kegiatan, JUMLAH in the kode column',
      [coded('', 'Biro Organisasi'), coded('4.01.02'), coded('4.01.02.1.01'), coded('4.01.02.1.01.01'), coded('JUMLAH', '')],
      [['unit', -1], ['program', 0], ['kegiatan', 1], ['subKegiatan', 2], ['total', -1]],
    ],
    [
      'no unit row: programmes are roots; 4-digit sub kegiatan; a missing kegiatan falls back to the programme',
      [coded('2.16.03'), coded('2.16.03.1.02'), coded('2.16.03.1.02.0001'), coded('2.16.03.2.01.0001')],
      [['program', -1], ['kegiatan', 0], ['subKegiatan', 1], ['subKegiatan', 0]],
    ],
    [
      'line items: without a code, or with a kode rekening, under the sub kegiatan above them',
      [coded('4.01.02.1.01.0001'), coded('5.1.02.01.01.0024', 'Belanja ATK'), coded('', 'Belanja Lembur'), coded('4.01.02.1.01.0002')],
      [['subKegiatan', -1], ['rincian', 0], ['rincian', 0], ['subKegiatan', -1]],
    ],
    [
      'shared programme X.XX and its kegiatan; codes listed before their parent still find it',
      [coded('X.XX.01.2.01'), coded('X.XX.01'), coded('Total')],
      [['kegiatan', 1], ['program', -1], ['total', -1]],
    ],
    [
      'urusan and bidang codes above the programmes group them',
      [coded('4'), coded('4.01'), coded('4.01.01'), coded('4.01.02')],
      [['unit', -1], ['unit', 0], ['program', 1], ['program', 1]],
    ],
  ];
  test.each(cases)('%s', (_name, rows, expected) => {
    expect(placeCodedRows(rows).map((p) => [p.level, p.parent])).toEqual(expected);
  });
});

describe('placeNumberedRows (detail tables)', () => {
  const cases: [string, RowLabels[], [string, number][]][] = [
    [
      'numbered sub kegiatan with unnumbered line items, a Total row',
      [numbered('1'), numbered(''), numbered(''), numbered('2'), numbered('3'), numbered(''), { kode: '', no: '', uraian: 'Total' }],
      [['subKegiatan', -1], ['rincian', 0], ['rincian', 0], ['subKegiatan', -1], ['subKegiatan', -1], ['rincian', 4], ['total', -1]],
    ],
    [
      'Roman programmes over decimal kegiatan (Rencana Kerja)',
      [numbered('I', 'Program A'), numbered('1.1', 'Kegiatan a'), numbered('1.2', 'Kegiatan b'), numbered('II', 'Program B'), numbered('2.1', 'Kegiatan c')],
      [['program', -1], ['kegiatan', 0], ['kegiatan', 0], ['program', -1], ['kegiatan', 3]],
    ],
    [
      'no words: the height in the tree gives the level; lettered rows sit under numbers',
      [numbered('1.'), numbered('a.'), numbered('b.'), numbered('2.'), numbered('a.'), numbered('')],
      [['kegiatan', -1], ['subKegiatan', 0], ['subKegiatan', 0], ['kegiatan', -1], ['subKegiatan', 3], ['rincian', 4]],
    ],
    [
      'a table numbered "a., b." alone keeps them at the top',
      [numbered('a.'), numbered('b.')],
      [['subKegiatan', -1], ['subKegiatan', -1]],
    ],
    [
      'capital letters A..I: the "I" after "H" is a letter, not Roman one',
      [numbered('H'), numbered('1'), numbered('I'), numbered('1')],
      [['kegiatan', -1], ['subKegiatan', 0], ['kegiatan', -1], ['subKegiatan', 2]],
    ],
    [
      'an unnumbered row with amounts above the first number is the unit, parent of the numbered rows',
      [numbered('', 'Bagian Tatalaksana'), numbered('1'), numbered('2')],
      [['unit', -1], ['subKegiatan', 0], ['subKegiatan', 0]],
    ],
    [
      'levels shown by leading spaces only: numbered programmes, kegiatan two spaces in, sub kegiatan four',
      [
        { kode: '', no: '', uraian: 'JUMLAH', indent: 0 },
        { ...numbered('1', 'Program A'), indent: 0 },
        { ...numbered('', 'Kegiatan a'), indent: 2 },
        { ...numbered('', 'Sub a1'), indent: 4 },
        { ...numbered('', 'Sub a2'), indent: 4 },
        { ...numbered('', 'Kegiatan b'), indent: 2 },
        { ...numbered('', 'Sub b1'), indent: 4 },
        { ...numbered('2', 'Program B'), indent: 0 },
        { ...numbered('', 'Kegiatan c'), indent: 2 },
        { ...numbered('', 'Sub c1'), indent: 4 },
      ],
      [['total', -1], ['program', -1], ['kegiatan', 1], ['subKegiatan', 2], ['subKegiatan', 2], ['kegiatan', 1], ['subKegiatan', 5], ['program', -1], ['kegiatan', 7], ['subKegiatan', 8]],
    ],
    [
      'one depth of indented rows under numbered rows is line items, as without spaces',
      [{ ...numbered('1'), indent: 0 }, { ...numbered(''), indent: 2 }, { ...numbered(''), indent: 2 }, { ...numbered('2'), indent: 0 }, { ...numbered(''), indent: 2 }],
      [['subKegiatan', -1], ['rincian', 0], ['rincian', 0], ['subKegiatan', -1], ['rincian', 3]],
    ],
  ];
  test.each(cases)('%s', (_name, rows, expected) => {
    expect(placeNumberedRows(rows).map((p) => [p.level, p.parent])).toEqual(expected);
  });
});
