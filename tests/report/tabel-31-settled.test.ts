/**
 * The recomputed Tabel 3.1 of the bundled example, as `lapkin report` makes it: the unit's totals are the ones every
 * stated level agrees on (1.500.000.000 and 375.000.000), the 100.000 and 20.000 differences are explained on the
 * rows where they arise, and every red value has a Catatan naming its column.
 */
import type { Analysis } from '../../src/domain/analysis';
import { buildReportPlans } from '../../src/domain/report/build-report';
import type { PlanCell, SheetPlan } from '../../src/domain/report/sheet-plan';
import { analyzeExample } from '../golden/analyze-example';
import { agrees, formulaChecks, rowWithText } from './fixtures/plan-helpers';

let analysis: Analysis;
let plan: SheetPlan;
beforeAll(async () => {
  analysis = await analyzeExample('biro-organisasi-tw1-2024.xlsx');
  const found = buildReportPlans(analysis).find((p) => p.kind === 'tabel-3.1');
  if (!found) throw new Error('no tabel-3.1 plan');
  plan = found;
});

const value = (c: PlanCell | null | undefined): number | string | null | undefined =>
  !c ? undefined : c.kind === 'number' ? c.value : c.kind === 'formula' ? c.cached : c.kind === 'text' ? c.text : undefined;
// Columns: A kode, B uraian, C pagu, D realisasi, E capaian, F–H stated pagu/realisasi/capaian, I catatan.
const row = (kode: string) => plan.rows[rowWithText(plan, 'A', kode) - 1];

describe('the recomputed Tabel 3.1 of the Biro Organisasi example', () => {
  it('shows the totals every stated level agrees on at the top and in JUMLAH', () => {
    const unit = plan.rows[rowWithText(plan, 'B', 'Biro Organisasi') - 1];
    const jumlah = plan.rows[rowWithText(plan, 'B', 'JUMLAH') - 1];
    for (const r of [unit, jumlah]) {
      expect(value(r[2])).toBe(1_500_000_000);
      expect(value(r[3])).toBe(375_000_000);
      expect(value(r[4])).toBe(25);
    }
    expect(value(row('4.01.02')[2])).toBe(838_526_327);
  });

  it('explains the 100.000 on the sub kegiatan it is missing from, with the stated figure beside', () => {
    const r = row('4.01.02.1.02.03');
    expect(value(r[2])).toBe(52_778_125);
    expect(value(r[5])).toBe(52_678_125);
    expect(value(r[8])).toContain('kurang 100.000, seharusnya 52.778.125 — cocokkan dengan DPA');
    // The kegiatan keeps its stated figure, now the sum of its sub kegiatan.
    expect(value(row('4.01.02.1.02')[2])).toBe(654_595_077);
    expect(value(row('4.01.02.1.02')[5])).toBe('');
  });

  it('explains the 20.000 on the kegiatan whose sub kegiatan do not add up to it', () => {
    const r = row('4.01.02.1.01');
    expect(value(r[3])).toBe(62_303_503);
    expect(r[3]?.kind).toBe('number');
    expect(value(r[8])).toBe(
      'Realisasi: tiga sub kegiatan berjumlah 62.323.503; kegiatan, Total tabel Kelembagaan, program, baris Biro Organisasi dan JUMLAH sama-sama 62.303.503: ' +
        'kemungkinan satu sub kegiatan lebih 20.000 — cocokkan dengan bukti realisasi (SP2D)',
    );
  });

  // Realisasi 0 on .02 cannot be 20.000 too much: the two rows that could are the ones sent to the records.
  it.each([
    ['4.01.02.1.01.01', true],
    ['4.01.02.1.01.02', false],
    ['4.01.02.1.01.03', true],
  ])('says on sub kegiatan %s whether it is one of the rows that could hold the 20.000: %p', (kode, suspect) => {
    const sentence = 'Realisasi: satu dari dua sub kegiatan pada kegiatan 4.01.02.1.01 kemungkinan lebih 20.000 — cocokkan dengan bukti realisasi (SP2D)';
    const parts = String(value(row(kode)[8])).split('; ');
    if (suspect) expect(parts).toContain(sentence);
    else expect(parts.join(' ')).not.toContain('4.01.02.1.01 kemungkinan');
  });

  it('gives every red value a Catatan that names its column', () => {
    const words = ['', '', '', '', '', 'pagu', 'realisasi', 'capaian'];
    for (const r of plan.rows) {
      r.forEach((c, i) => {
        if (!c || c.style !== 'stated') return;
        expect(String(value(r[8])).toLowerCase()).toContain(words[i]);
      });
    }
  });

  it('keeps its live formulas in agreement with the values shown', () => {
    for (const check of formulaChecks(plan)) expect(agrees(check.cached, check.computed)).toBe(true);
  });
});
