import { detectMapping, headerWarnings } from '../../src/domain/mapping/detect';
import type { WorkbookMapping } from '../../src/domain/mapping/types';
import { reorderedBudget, seedWorkbook, tabel31 } from './seed-sheets';

describe('headerWarnings', () => {
  test('the seed detail table: column D headed "Target Triwulan I %" holds rupiah and is read as realisasi', () => {
    const grids = seedWorkbook();
    expect(headerWarnings(grids, detectMapping(grids))).toEqual([
      {
        sheet: 'Kelembagaan',
        cell: 'D5',
        message: {
          id: "Kolom D berjudul 'Target Triwulan I %' berisi nilai rupiah; dibaca sebagai realisasi",
          en: "Column D headed 'Target Triwulan I %' holds rupiah amounts; read as realisasi",
        },
      },
    ]);
  });

  test('no warnings where headers and contents agree', () => {
    const grids = [reorderedBudget()];
    expect(headerWarnings(grids, detectMapping(grids))).toEqual([]);
  });

  test('a planner who maps a column against its header is told so', () => {
    const grids = [tabel31()];
    const detected = detectMapping(grids);
    const edited: WorkbookMapping = {
      ...detected,
      sheets: detected.sheets.map((s) => ({
        ...s,
        columns: s.columns.map((c) => (c.column === 'E' ? { ...c, role: 'ignore' } : c.column === 'C' ? { ...c, role: 'target' } : c)),
      })),
    };
    expect(headerWarnings(grids, edited).map((w) => [w.cell, w.message.id])).toEqual([
      ['C4', "Kolom C berjudul 'Pagu Anggaran 2024' berisi nilai rupiah; dibaca sebagai target"],
      ['E4', "Kolom E berjudul 'Capaian' berisi persentase; diabaikan"],
    ]);
  });

  test('sheets the mapping lists but the workbook lacks are skipped', () => {
    const mapping: WorkbookMapping = { version: 1, sheets: [{ sheet: 'Hilang', kind: 'tabel-3.1', headerRow: 1, columns: [{ column: 'A', role: 'pagu' }] }] };
    expect(headerWarnings([tabel31()], mapping)).toEqual([]);
  });
});
