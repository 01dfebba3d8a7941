/** Codes typed the ways planners type them: "2. 15. 01", "2.15.01.", "2.15.01.2.01." beside clean ones. */
import type { LayoutCase } from '../case';
import type { Row } from '../../examples/sheet-spec';
import { DINAS_BUDGET, DINAS_TOTAL, percentOf } from '../layout-kit';

const FORMS = [(c: string) => c.split('.').join('. '), (c: string) => `${c}.`, (c: string) => ` ${c} `, (c: string) => c];

const rows: Row[] = DINAS_BUDGET.map((line, i) => [
  i + 1,
  FORMS[i % FORMS.length](line.code),
  line.uraian,
  line.pagu,
  line.code === '2.15.02' ? 190000000 : line.realisasi,
  percentOf(line.realisasi, line.pagu),
]);
rows.push(['', 'JUMLAH', '', DINAS_TOTAL.pagu, DINAS_TOTAL.realisasi, percentOf(DINAS_TOTAL.realisasi, DINAS_TOTAL.pagu)]);

const layout: LayoutCase = {
  name: 'layout-code-forms',
  about: 'Tabel 3.1 whose codes are written "2. 15. 01", "2.15.01." and with stray spaces, beside a No. column (issue 7, code forms).',
  sheets: [
    {
      name: 'T3.1',
      title: [['Tabel 3.1 Realisasi Anggaran s.d. Triwulan II Tahun 2024'], []],
      header: [['No', 'Kode', 'Uraian', 'Pagu', 'Realisasi', 'Capaian']],
      rows,
      amountColumns: [3, 4],
      percentColumns: [5],
    },
  ],
  faults: [{ rule: 'sum-mismatch', sheet: 'T3.1', cell: 'E10', expected: '180.000.000' }],
};

export default layout;
