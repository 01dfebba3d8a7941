import fc from 'fast-check';
import { sameAmount, usable } from '../../src/domain/budget/amounts';
import { buildBudgetTable } from '../../src/domain/budget/build';
import { recalculate } from '../../src/domain/budget/recalculate';
import type { RecomputedRow, RecomputedTable } from '../../src/domain/model';
import { findCounterpart, indexCounterparts, MATCHED_LEVELS } from '../../src/domain/rules/budget/counterparts';
import { nameSimilarity, SIMILAR_NAME } from '../../src/domain/rules/budget/name-match';
import { mappedRows, sheetMapping, type Layout, type Typed } from './fixture';

const MAIN: Layout = { sheet: 'T3.1', kind: 'tabel-3.1', firstRow: 6, columns: [['kode', 'A'], ['uraian', 'B'], ['pagu', 'C'], ['realisasi', 'D']] };
const DETAIL: Layout = { sheet: 'Detail', kind: 'detail', firstRow: 5, columns: [['no', 'A'], ['kode', 'B'], ['uraian', 'C'], ['pagu', 'D'], ['realisasi', 'E']] };
const table = (layout: Layout, lines: Typed[][]): RecomputedTable => recalculate(buildBudgetTable(sheetMapping(layout), mappedRows(layout, lines), 'id').table);

/** The search written the slow obvious way: every Tabel 3.1 row, by code, else the best name among equal pagu (first on ties). */
function scan(row: RecomputedRow, main: RecomputedTable): RecomputedRow | undefined {
  const candidates = main.rows.filter((r) => MATCHED_LEVELS.includes(r.source.level));
  const byCode = row.source.kode !== undefined ? candidates.find((r) => r.source.kode === row.source.kode) : undefined;
  if (byCode) return byCode;
  const pagu = usable(row.source.pagu);
  if (pagu === null || pagu === 0) return undefined;
  let best: { row: RecomputedRow; score: number } | undefined;
  for (const r of candidates) {
    const other = usable(r.source.pagu);
    if (other === null || !sameAmount(other, pagu)) continue;
    const score = nameSimilarity(row.source.uraian, r.source.uraian);
    if (score >= SIMILAR_NAME && (!best || score > best.score)) best = { row: r, score };
  }
  return best?.row;
}

describe('findCounterpart over the index', () => {
  const main = table(MAIN, [
    ['4.01.02', 'Program Penunjang', 'Rp. 300.000', 'Rp. 1'],
    ['4.01.02.1.01', 'Fasilitasi Reformasi Birokrasi', 'Rp. 100.000', 'Rp. 1'],
    ['4.01.02.1.01.0001', 'Pembinaan Pelaksanaan RB', 'Rp. 100.000', 'Rp. 1'],
    ['4.01.02.1.02', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 100.000', 'Rp. 1'],
    ['4.01.02.1.03', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 100.000', 'Rp. 1'],
  ]);
  const index = indexCounterparts(main);
  const detail = table(DETAIL, [
    [1, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 100.000', 'Rp. 1'],
    [2, '4.01.02.1.03', 'Lain', 'Rp. 5', 'Rp. 1'],
    [3, '', 'Belanja Modal Gedung', 'Rp. 100.000', 'Rp. 1'],
    [4, '', 'Pelaksanaan Reformasi Birokrasi', 'Rp. 100.001', 'Rp. 1'],
  ]);

  test.each<[number, string | undefined]>([
    [0, '4.01.02.1.02'], // two rows score 1: the first of them
    [1, '4.01.02.1.03'], // by code, whatever the pagu
    [2, undefined], // equal pagu, unrelated name
    [3, undefined], // similar name, pagu differs by a rupiah
  ])('detail row %d → %p', (i, kode) => {
    expect(findCounterpart(detail.rows[i], index)?.source.kode).toBe(kode);
    expect(findCounterpart(detail.rows[i], index)).toBe(scan(detail.rows[i], main));
  });

  const names = ['Pelaksanaan Reformasi Birokrasi', 'Pembinaan Pelaksanaan RB', 'Monitoring dan Evaluasi AK', 'Belanja Lembur', 'Fasilitasi Kelembagaan'];
  const line = fc.tuple(fc.constantFrom(...names), fc.constantFrom(1000, 2000, 2000.004, 3000, 0));
  test('property: the same counterpart as a scan of every row', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.array(line, { minLength: 1, maxLength: 6 }), (mainLines, detailLines) => {
        const m = table(MAIN, mainLines.map(([name, pagu], i) => [`4.01.02.1.${String(i + 1).padStart(2, '0')}`, name, pagu, 1]));
        const d = table(DETAIL, detailLines.map(([name, pagu], i) => [i + 1, '', name, pagu, 1]));
        const idx = indexCounterparts(m);
        for (const row of d.rows) expect(findCounterpart(row, idx)).toBe(scan(row, m));
      }),
    );
  });
});
