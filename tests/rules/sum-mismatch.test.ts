/** sum-mismatch: its cases on small hand-built tables (see budget-cases.ts). */
import { T31_TARGET, T31, DETAIL, check, type Case } from './budget-cases';

describe('sum-mismatch', () => {
  const cases: Case[] = [
    ['children agree: nothing', T31, [['4.01.02', 'P', 300, 30, 10], ['4.01.02.1.01', 'K', 300, 30, 10], ['4.01.02.1.01.0001', 'S1', 100, 10, 10], ['4.01.02.1.01.0002', 'S2', 200, 20, 10]], []],
    ['kegiatan pagu above its sub kegiatan', T31, [['4.01.02.1.01', 'K', 310, 30, 9.68], ['4.01.02.1.01.0001', 'S1', 100, 10, 10], ['4.01.02.1.01.0002', 'S2', 200, 20, 10]], [['sum-mismatch', 'C2', '300']]],
    ['unit row not equal to its programmes', T31, [['', 'Dinas', 1000, 100, 10], ['1.01.01', 'P1', 600, 60, 10], ['1.01.02', 'P2', 500, 50, 10]], [['sum-mismatch', 'C2', '1.100'], ['sum-mismatch', 'D2', '110']]],
    ['JUMLAH not equal to the programmes (no unit row)', T31, [['1.01.01', 'P1', 600, 60, 10], ['1.01.02', 'P2', 400, 40, 10], ['JUMLAH', '', 1000, 90, 9]], [['sum-mismatch', 'D4', '100']]],
    ['"Jumlah Total" in the uraian column', T31, [['1.01.01', 'P1', 600, 60, 10], ['', 'Jumlah Total', 700, 60, 8.57]], [['sum-mismatch', 'C3', '600']]],
    [
      'a programme stated from its wrong kegiatan is not named again; one stated from the right sum is not named either',
      T31,
      [['4.01.02', 'P', 310, 30, 9.68], ['4.01.02.1.01', 'K', 310, 30, 9.68], ['4.01.02.1.01.01', 'S', 300, 30, 10]],
      [['sum-mismatch', 'C3', '300']],
    ],
    [
      'target (anggaran kas) is summed too',
      T31_TARGET,
      [['4.01.02', 'P', 300, 150, 30, 10], ['4.01.02.1.01.01', 'S1', 100, 40, 10, 10], ['4.01.02.1.01.02', 'S2', 200, 100, 20, 10]],
      [['sum-mismatch', 'D2', '140']],
    ],
    ['Sub Total sums only the rows since the previous total', T31, [['1.01.01', 'P1', 600, 60, 10], ['', 'Sub Total', 600, 60, 10], ['1.01.02', 'P2', 400, 40, 10], ['', 'Sub Total', 500, 40, 8], ['', 'JUMLAH', 1000, 100, 10]], [['sum-mismatch', 'C5', '400']]],
    ['numbered parents over numbered children (Rencana Kerja)', DETAIL, [['I', 'Program A', 'Rp. 500.000'], ['1.1', 'Kegiatan a', 'Rp. 200.000'], ['1.2', 'Kegiatan b', 'Rp. 200.000']], [['sum-mismatch', 'C2', '400.000']]],
    ['line items above their sub kegiatan', DETAIL, [['1', 'Sub', 'Rp. 1.000.000', 'Rp. 100.000', '10,00 %'], ['', 'ATK', 'Rp. 700.000', 'Rp. 60.000'], ['', 'Lembur', 'Rp. 400.000', 'Rp. 40.000']], [['sum-mismatch', 'C2', '1.100.000']]],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });
});
