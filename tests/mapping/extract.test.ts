import { detectSheet } from '../../src/domain/mapping/detect';
import { extractRows } from '../../src/domain/mapping/extract';
import type { MappedRow, SheetMapping } from '../../src/domain/mapping/types';
import type { Grid } from '../../src/domain/grid/grid';
import { capaianPk, indikatorPolaritas, reorderedBudget, tabel31, tabel32 } from './seed-sheets';

function extracted(grid: Grid): { sheet: SheetMapping; rows: MappedRow[] } {
  const sheet = detectSheet(grid, 2024).mapping;
  return { sheet, rows: extractRows(grid, sheet) };
}

/** The value and address a role shows on a row. */
function at(row: MappedRow | undefined, role: keyof MappedRow['cells']): [unknown, string | undefined] {
  const c = row?.cells[role];
  return [c?.cell?.value ?? null, c?.address];
}

describe('extractRows', () => {
  test('Tabel 3.1: every row below the header, the unit row and the JUMLAH row kept', () => {
    const { rows } = extracted(tabel31());
    expect(rows.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(at(rows[0], 'uraian')).toEqual(['Biro Organisasi', 'B5']);
    expect(at(rows[0], 'kode')).toEqual([null, 'A5']);
    // "JUMLAH" merged across kode and uraian shows in both, from A18.
    expect(at(rows[13], 'uraian')).toEqual(['JUMLAH', 'A18']);
    expect(at(rows[13], 'realisasi')).toEqual(['375.000.00', 'D18']);
  });

  test('detail table: line items beneath numbered rows, amounts from the corrected columns', () => {
    const { rows } = extracted(tabel32());
    expect(rows).toHaveLength(15);
    const table: [number, unknown, unknown, unknown, unknown][] = rows.map((r) => [
      r.row,
      at(r, 'no')[0],
      at(r, 'pagu')[0],
      at(r, 'realisasi')[0],
      at(r, 'capaian')[0],
    ]);
    expect(table[0]).toEqual([6, 1, 'Rp. 75.000.000', 'Rp. 28.331.441', '37,35 %']);
    expect(table[4]).toEqual([10, null, 'Rp. 2,100,000', 'Rp. 2.100.000', null]);
    expect(table[9]).toEqual([15, null, 'Rp. 228.000', 'Rp. 22.8000', null]);
    expect(table[14]).toEqual([20, null, 'Rp. 183.931.250', 'Rp. 62.303.503', '33,87%']);
    expect(at(rows[9], 'realisasi')[1]).toBe('D15');
  });

  test('PK: the column-number row is skipped and a merged sasaran fills down with its top-left address', () => {
    const { rows } = extracted(capaianPk());
    expect(rows[0].row).toBe(5);
    expect(at(rows[1], 'sasaran')).toEqual(['Tertaksananya Penataan Kelembagaan Provinsi dan Kabupaten/Kota', 'B5']);
    expect(at(rows[1], 'no')).toEqual(['1.', 'A5']);
    expect(at(rows[1], 'indikator')[1]).toBe('C6');
    expect(at(rows[3], 'sasaran')[1]).toBe('B7');
    expect(at(rows[3], 'realisasi')).toEqual(['13.36%', 'G8']);
    // The ignored "TARGET TAHUN 2023 SEBELUM PERUBAHAN" column is not read.
    expect(Object.keys(rows[0].cells).sort()).toEqual(['capaian', 'indikator', 'kondisiAwal', 'no', 'realisasi', 'sasaran', 'target']);
    expect(at(rows[2], 'target')).toEqual(['96,96%', 'F7']);
  });

  test('reordered layout: blank separator rows skipped, fractions and formulas kept as they are', () => {
    const { rows } = extracted(reorderedBudget());
    expect(rows.map((r) => r.row)).toEqual([11, 13, 14, 15, 17, 18, 19]);
    expect(rows[0].cells.capaian?.cell).toEqual({ value: 0.4913, numberFormat: '0.00%' });
    expect(rows[6].cells.pagu?.cell).toEqual({ value: 838526327, numberFormat: '#,##0', formula: 'D11' });
    expect(at(rows[6], 'capaian')[1]).toBe('E19');
    expect(at(rows[3], 'keterangan')).toEqual(['revisi DPA', 'H15']);
  });

  test('indicators: a merged sasaran over a negative indicator', () => {
    const { rows } = extracted(indikatorPolaritas());
    expect(rows.map((r) => [r.row, at(r, 'polaritas')[0], at(r, 'sasaran')[1], at(r, 'target')[0], at(r, 'realisasi')[0]])).toEqual([
      [4, 'Positif', 'A4', 80, 82.5],
      [5, 'Negatif', 'A4', 8, 9],
    ]);
  });

  test('an unknown sheet yields no rows', () => {
    const grid = tabel31();
    expect(extractRows(grid, { sheet: grid.name, kind: 'unknown', columns: [] })).toEqual([]);
  });

  test('an edited mapping with its own rows and columns is followed', () => {
    const grid = tabel31();
    const rows = extractRows(grid, {
      sheet: grid.name,
      kind: 'tabel-3.1',
      headerRow: 4,
      firstDataRow: 6,
      lastDataRow: 7,
      columns: [
        { column: 'A', role: 'kode' },
        { column: 'C', role: 'pagu' },
        { column: 'D', role: 'ignore' },
      ],
    });
    expect(rows.map((r) => [r.row, at(r, 'kode')[0], at(r, 'pagu')[0], Object.keys(r.cells).length])).toEqual([
      [6, '4.01.01', 661473673, 2],
      [7, '4.01.02', 838526327, 2],
    ]);
  });
});
