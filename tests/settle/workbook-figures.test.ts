/**
 * Figures a workbook states outside its budget tables: DPA blocks and the Perjanjian Kinerja's budget, read off the
 * grids as planners lay them out, and never out of a budget table itself.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import { dpaInGrids, pkBudgetInGrids } from '../../src/domain/budget/settle';
import type { Cell, Grid } from '../../src/domain/grid/grid';
import { workbook } from './workbook';

const txt = (s: string): Cell => ({ value: s });
const num = (n: number): Cell => ({ value: n, numberFormat: '#,##0' });
const grid = (name: string, rows: (Cell | undefined)[][]): Grid => ({ name, index: 0, rows, originRow: 0, originCol: 0, merges: [] });

describe('DPA blocks', () => {
  it('reads a sheet named DPA: each coded row and the total for the whole unit', () => {
    const g = workbook({}, { dpa: 'sheet' });
    const a = analyzeWorkbook(g);
    expect(dpaInGrids(g, a.mapping.sheets)).toEqual([
      { kode: '4.01.01', pagu: 300_000_000, sheet: 'DPA', cell: 'C4' },
      { kode: '4.01.02', pagu: 700_000_000, sheet: 'DPA', cell: 'C5' },
      { pagu: 1_000_000_000, sheet: 'DPA', cell: 'C6' },
    ]);
  });

  it('reads a block titled "Dokumen Pelaksanaan Anggaran" under another table, with its amounts typed as text', () => {
    const g = [grid('Lampiran', [
      [txt('Catatan penyusun')], [],
      [txt('Dokumen Pelaksanaan Anggaran Biro Contoh')],
      [txt('Kode'), txt('Uraian'), txt('Pagu Murni'), txt('Pagu Perubahan')],
      [txt('4.01.02.1.01.'), txt('Fasilitasi Kelembagaan'), txt('Rp. 390.000.000,-'), txt('Rp. 400.000.000,-')],
      [txt('TOTAL'), undefined, num(990_000_000), num(1_000_000_000)],
    ])];
    expect(dpaInGrids(g, [])).toEqual([
      { kode: '4.01.02.1.01', pagu: 400_000_000, sheet: 'Lampiran', cell: 'D5' },
      { pagu: 1_000_000_000, sheet: 'Lampiran', cell: 'D6' },
    ]);
  });

  it('reads a DPA block above a mapped table that runs to the end of the sheet (a mapping without its last row)', () => {
    const g = [grid('Laporan', [
      [txt('Dokumen Pelaksanaan Anggaran Biro Contoh')],
      [txt('Kode'), txt('Uraian'), txt('Pagu')],
      [txt('4.01.02'), txt('Program Penataan Organisasi'), num(700_000_000)],
      [], [],
      [txt('Kode'), txt('Uraian'), txt('Pagu'), txt('Realisasi')],
      [txt('4.01.02'), txt('Program Penataan Organisasi'), num(700_000_000), num(175_000_000)],
    ])];
    const mapping = [{ sheet: 'Laporan', kind: 'tabel-3.1' as const, headerRow: 6, firstDataRow: 7, columns: [] }];
    expect(dpaInGrids(g, mapping)).toEqual([{ kode: '4.01.02', pagu: 700_000_000, sheet: 'Laporan', cell: 'C3' }]);
  });

  it('never reads a mapped budget table as the DPA, even when its title or a header names the DPA', () => {
    const g = workbook({});
    g[0].rows[2] = [txt('Realisasi Anggaran berdasarkan DPA s.d. 31 Maret 2024')];
    g[0].rows[4] = [txt('Kode Rek'), txt('Uraian'), txt('Pagu DPA 2024'), txt('Realisasi Triwulan I Tahun 2024')];
    const a = analyzeWorkbook(g);
    expect(a.mapping.sheets.find((s) => s.sheet === 'T3.1')?.kind).toBe('tabel-3.1');
    expect(dpaInGrids(g, a.mapping.sheets)).toEqual([]);
    expect(a.settlement?.tables).toHaveLength(1);
  });

  it('lets the planner\'s own figure win over the workbook\'s for the same code', () => {
    const a = analyzeWorkbook(workbook({ 'DPA!C5': 712_345_000 }, { dpa: 'sheet' }), { settings: { dpa: [{ kode: '4.01.02', pagu: 700_000_000 }] } });
    expect(a.settlement?.tables[0].columns.pagu?.values.get(-1)).toBe(1_000_000_000);
  });
});

describe('the Perjanjian Kinerja\'s budget', () => {
  it('reads the seed\'s "a) Belanja (Program)" line and the programmes under it', () => {
    const g = workbook({}, { pk: true });
    expect(pkBudgetInGrids(g, [])).toEqual([
      { pagu: 1_000_000_000, sheet: 'PK 2024', cell: 'D9' },
      { name: 'Penunjang Urusan Pemerintahan Daerah', pagu: 300_000_000, sheet: 'PK 2024', cell: 'D10' },
      { name: 'Penataan Organisasi', pagu: 700_000_000, sheet: 'PK 2024', cell: 'D11' },
    ]);
  });

  it('reads a total written in one cell ("Total Anggaran: Rp 1.000.000.000")', () => {
    const g = [grid('PK', [[txt('PERJANJIAN KINERJA TAHUN 2024')], [], [txt('Total Anggaran: Rp 1.000.000.000,-')]])];
    expect(pkBudgetInGrids(g, [])).toEqual([{ pagu: 1_000_000_000, sheet: 'PK', cell: 'A3' }]);
  });

  it('reads nothing on a sheet that is not the Perjanjian Kinerja, nor percentages', () => {
    expect(pkBudgetInGrids([grid('Lain', [[txt('Catatan')], [txt('Anggaran'), num(1_000_000_000)]])], [])).toEqual([]);
    expect(pkBudgetInGrids([grid('PK', [[txt('Perjanjian Kinerja')], [txt('Anggaran terserap'), txt('85%')]])], [])).toEqual([]);
  });

  it('counts as one more place the amount stands: named in the finding of a wrong unit row', () => {
    const a = analyzeWorkbook(workbook({ 'T3.1!C7': 1_012_345_000 }, { pk: true }));
    const f = a.findings.find((x) => x.rule === 'sum-mismatch' && x.cell === 'C7');
    expect(f?.message).toContain('Perjanjian Kinerja');
  });
});
