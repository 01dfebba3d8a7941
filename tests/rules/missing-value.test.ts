/** missing-value: its cases on small hand-built tables (see budget-cases.ts). */
import { T31, DETAIL, check, type Case } from './budget-cases';

describe('missing-value', () => {
  const cases: Case[] = [
    ['capaian blank with pagu and realisasi', T31, [['4.01.01', 'P', 1000, 250, '']], [['missing-value', 'E2', '25,00']]],
    ['realisasi "Rp. -" counts as 0: blank capaian is still missing', DETAIL, [['2', 'S', 'Rp. 30.356.250', 'Rp. -']], [['missing-value', 'E2', '0,00']]],
    ['realisasi blank: nothing to compute', T31, [['4.01.01', 'P', 1000, '', '']], []],
    ['line items without capaian are fine', DETAIL, [['1', 'S', 'Rp. 1.000', 'Rp. 100', '10 %'], ['', 'ATK', 'Rp. 1.000', 'Rp. 100']], []],
    ['a table without a capaian column', { ...T31, columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D']] }, [['4.01.01', 'P', 1000, 250]], []],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });
});
