/** A workbook with more findings than a function call can take as arguments still gives every one of them. */
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Cell, Grid } from '../../src/domain/grid/grid';

function tabel31WithWrongCapaian(subCount: number): Grid {
  const rows: (Cell | undefined)[][] = [
    [{ value: 'Kode Rek' }, { value: 'Uraian' }, { value: 'Pagu Anggaran 2024' }, { value: 'Realisasi Triwulan I Tahun 2024' }, { value: 'Capaian' }],
  ];
  for (let i = 1; i <= subCount; i++) {
    // Sub kegiatan codes have four digits, so 130,000 of them spread over 14 kegiatan (parents left out).
    const kegiatan = String(Math.ceil(i / 9_999)).padStart(2, '0');
    const sub = String(((i - 1) % 9_999) + 1).padStart(4, '0');
    // 25.000 of 100.000 is 25 %, stated as 52,00: a percent-mismatch on every row.
    rows.push([{ value: `4.01.02.1.${kegiatan}.${sub}` }, { value: `Sub Kegiatan ${i}` }, { value: 'Rp. 100.000' }, { value: 'Rp. 25.000' }, { value: '52,00' }]);
  }
  return { name: 'Tabel 3.1', index: 0, rows, originRow: 0, originCol: 0, merges: [] };
}

it('reports 130,000 percent mismatches without overflowing the stack', () => {
  const analysis = analyzeWorkbook([tabel31WithWrongCapaian(130_000)], { settings: { period: { year: 2024, quarter: 1 } } });
  const mismatches = analysis.findings.filter((f) => f.rule === 'percent-mismatch');
  expect(mismatches).toHaveLength(130_000);
  expect(mismatches[0]).toMatchObject({ sheet: 'Tabel 3.1', cell: 'E2', expected: '25,00' });
  expect(mismatches[129_999].cell).toBe('E130001');
});
