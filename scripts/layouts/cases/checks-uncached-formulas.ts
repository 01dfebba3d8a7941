/**
 * A Tabel 3.1 written by a script: every parent, the JUMLAH row and every capaian are formulas saved without
 * a value (SUM of ranges, +, ROUND, IFERROR). Lapkin works them out from the sheet; the one fault is a capaian
 * typed by hand.
 */
import type { LayoutCase } from '../case';
import type { ExampleValue } from '../../examples/sheet-spec';
import { DINAS_BUDGET, rowOf, tabel31, TOTAL_ROW } from '../checks-kit';

const F = (f: string): ExampleValue => ({ f });

/** The rows a parent adds up, as a formula over its column. */
function parentFormula(code: string, col: string): string | undefined {
  const kids = DINAS_BUDGET.filter((l) => l.code.startsWith(`${code}.`) && l.code.split('.').length === (code.split('.').length === 3 ? 5 : 6));
  if (kids.length === 0) return undefined;
  const rows = kids.map((k) => rowOf(k.code));
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  return contiguous ? `SUM(${col}${rows[0]}:${col}${rows[rows.length - 1]})` : rows.map((r) => `${col}${r}`).join('+');
}

const PLANTED_ROW = rowOf('2.15.02.1.01.0002');

const layout: LayoutCase = {
  name: 'checks-uncached-formulas',
  about: 'Parents, JUMLAH and capaian as formulas saved without a cached value (issue 7, formulas saved without a cached value).',
  period: { year: 2024, quarter: 2 },
  sheets: [
    tabel31(
      'Tabel 3.1',
      'Triwulan II Tahun 2024',
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian (%)'],
      (line, row) => {
        const pagu = parentFormula(line.code, 'C');
        const realisasi = parentFormula(line.code, 'D');
        const capaian = row === PLANTED_ROW ? 45 : F(`IFERROR(ROUND(D${row}/C${row}*100,2),0)`);
        return [pagu ? F(pagu) : line.pagu, realisasi ? F(realisasi) : line.realisasi, capaian];
      },
      [F(`C${rowOf('2.15.01')}+C${rowOf('2.15.02')}`), F(`D${rowOf('2.15.01')}+D${rowOf('2.15.02')}`), F(`ROUND(D${TOTAL_ROW}/C${TOTAL_ROW}*100,2)`)],
    ),
  ],
  faults: [{ rule: 'percent-mismatch', sheet: 'Tabel 3.1', cell: `E${PLANTED_ROW}`, expected: '40,00' }],
};

export default layout;
