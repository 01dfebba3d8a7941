import ExcelJS from 'exceljs';
import { cellAt, columnIndex, type Cell, type Grid } from '../../src/domain/grid/grid';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { loadWorkbook, seedWorkbook, serialOf, toBuffer } from './fixtures';

function at(grid: Grid, address: string): Cell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  return cellAt(grid, Number(m[2]) - 1, columnIndex(m[1]));
}

describe('readWorkbook on the seed Tabel 3.1', () => {
  let grid: Grid;
  beforeAll(async () => {
    [grid] = await readWorkbook(await toBuffer(seedWorkbook()));
  });

  it('names the sheet and starts the used range at the title block (B2)', () => {
    expect(grid).toMatchObject({ name: 'Tabel 3.1', index: 0, originRow: 1, originCol: 1 });
    expect(grid.generatedBy).toBeUndefined();
  });

  it.each<[string, Cell['value'], string | undefined, string | undefined]>([
    ['B2', 'LAPORAN KINERJA TRIWULAN I TAHUN 2024', undefined, undefined],
    ['B5', 'Kode Rek', undefined, undefined],
    ['C6', 'Biro Organisasi', undefined, undefined], // rich text → plain text
    ['D6', 1500000000, '#,##0', undefined],
    ['F6', 0.25, '0.00%', 'E6/D6'], // formula → cached result
    ['B7', '4.01.01', undefined, undefined],
    ['F7', 0.2549, '0.00%', undefined], // a % stored as a fraction
    ['E8', '-', undefined, undefined],
    ['F8', '#DIV/0!', undefined, 'E8/D8'], // error result → its text
    ['D9', 'Rp. 1.500.000.000,-', undefined, undefined],
    ['E9', '375.000.00', undefined, undefined], // the seed's fault stays text for the core to judge
    ['F9', '25,00', undefined, undefined],
    ['B12', 'SIPD', undefined, undefined], // hyperlink → its text
    ['C12', true, undefined, undefined],
  ])('%s reads as %p (format %p, formula %p)', (address, value, numberFormat, formula) => {
    const cell = at(grid, address);
    expect(cell?.value).toEqual(value);
    expect(cell?.numberFormat).toBe(numberFormat);
    expect(cell?.formula).toBe(formula);
  });

  it('gives a date cell as its Excel serial number with the date format', () => {
    expect(at(grid, 'C11')).toEqual({ value: serialOf(2024, 7, 24), numberFormat: 'dd mmmm yyyy' });
  });

  it('leaves empty cells out of the grid', () => {
    expect(at(grid, 'C9')).toBeUndefined();
    expect(at(grid, 'B4')).toBeUndefined();
    expect(at(grid, 'A1')).toBeUndefined();
  });

  it('reports merges in 0-based sheet coordinates', () => {
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 5 },
        { top: 2, left: 1, bottom: 2, right: 5 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
  });

  it('shares one number-format string between cells of the same style', () => {
    expect(at(grid, 'D6')?.numberFormat).toBe(at(grid, 'E6')?.numberFormat);
  });
});

describe('readWorkbook agrees with exceljs', () => {
  it('on every non-empty cell of a workbook of several sheets', async () => {
    const wb = seedWorkbook();
    const pk = wb.addWorksheet('Capaian PK');
    pk.addRows([
      ['Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi'],
      ['Meningkatnya kualitas kelembagaan', 'Persentase PD yang tepat fungsi', '%', 39.39, 45.45],
      ['', 'Jumlah temuan LHE AKIP', 'temuan', 8, 9],
    ]);
    const buffer = await toBuffer(wb);
    const grids = await readWorkbook(buffer);
    const reference = await loadWorkbook(buffer);
    expect(grids.map((g) => [g.name, g.index])).toEqual([
      ['Tabel 3.1', 0],
      ['Capaian PK', 1],
    ]);
    let compared = 0;
    reference.worksheets.forEach((ws, i) => {
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.type === ExcelJS.ValueType.Date) return; // exceljs gives a JS Date; the grid keeps the serial (tested above)
          if (cell.isMerged && cell.master !== cell) return; // exceljs repeats the master's value in merged cells
          expect(cellAt(grids[i], r - 1, c - 1)?.value).toEqual(plainValue(cell));
          compared++;
        }),
      );
    });
    expect(compared).toBeGreaterThan(30);
  });
});

/** exceljs's value the way the grid states it: formula → result, error → its text, rich text and links → text. */
function plainValue(cell: ExcelJS.Cell): unknown {
  const v = (cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value) as unknown;
  if (typeof v !== 'object' || v === null) return v;
  if ('error' in v) return (v as { error: string }).error;
  return cell.text;
}
