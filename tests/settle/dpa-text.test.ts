/** DPA figures as a planner types them (--dpa, Pengaturan): one line, Indonesian amounts, codes before "=". */
import { dpaFigures, parseDpaText, restoreSettings } from '../../src/domain/settings';

describe('parseDpaText', () => {
  it.each([
    ['1.500.000.000', [{ pagu: 1_500_000_000 }]],
    ['Rp. 1.500.000.000,-', [{ pagu: 1_500_000_000 }]],
    ['4.01.02=838.526.327; 4.01.01=661473673', [{ kode: '4.01.02', pagu: 838_526_327 }, { kode: '4.01.01', pagu: 661_473_673 }]],
    ['4.01.02.=838.526.327', [{ kode: '4.01.02', pagu: 838_526_327 }]],
    ['', []],
  ])('reads %p', (text, figures) => {
    expect(parseDpaText(text)).toEqual({ figures });
  });

  it.each([['1,500,000,000'], ['4.01.02=838.52.327'], ['=100'], ['program=abc']])('refuses %p, naming the entry', (text) => {
    expect(parseDpaText(text)).toEqual({ error: text });
  });
});

describe('DPA figures saved with the workbook', () => {
  it('come back through JSON, keeping only readable figures', () => {
    expect(dpaFigures([{ kode: '4.01.02', pagu: 700 }, { pagu: 'x' }, null, { pagu: 1000 }])).toEqual([{ kode: '4.01.02', pagu: 700 }, { pagu: 1000 }]);
    expect(restoreSettings({ dpa: [{ pagu: 1000 }] }).dpa).toEqual([{ pagu: 1000 }]);
    expect(restoreSettings({}).dpa).toBeUndefined();
  });
});
