/**
 * A fault planted in a figure outside its own row (a detail table's row, the Rencana Kerja list, JUMLAH, the PK's
 * budget): the finding and the Catatan name the row the figure stands for with its sheet, say what agrees, and never
 * count the faulty list as its own witness or speak of rows "di bawahnya" that are on another sheet.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import { buildReportPlans } from '../../src/domain/report/build-report';
import { PK_TOTAL, T31_JUMLAH, workbook, type Overrides, type WorkbookOptions } from '../settle/workbook';
import { rowWithText, textOf } from './fixtures/plan-helpers';

const CASES: [string, Overrides, WorkbookOptions, string, string][] = [
  ['Rencana Kerja list', { 'Rencana Kerja!C8': 301_234_000 }, {}, 'Rencana Kerja!C8',
    'Pagu 301.234.000 tidak sesuai: kegiatan 4.01.02.1.02 di T3.1 juga 300.000.000, dan dua sub kegiatan di T3.1 berjumlah 300.000.000; seharusnya 300.000.000 (lebih 1.234.000) — cocokkan dengan DPA'],
  ['detail table row', { 'Tabel 3.2!C5': 151_234_000 }, {}, 'Tabel 3.2!C5',
    'Pagu 151.234.000 tidak sesuai: sub kegiatan 4.01.02.1.01.01 di T3.1 juga 150.000.000; seharusnya 150.000.000 (lebih 1.234.000) — cocokkan dengan DPA'],
  ['JUMLAH', { [`T3.1!C${T31_JUMLAH}`]: 1_012_345_000 }, {}, `T3.1!C${T31_JUMLAH}`,
    'Pagu 1.012.345.000 tidak sesuai: baris Biro Contoh juga 1.000.000.000, dan dua program berjumlah 1.000.000.000; seharusnya 1.000.000.000 (lebih 12.345.000) — cocokkan dengan DPA'],
  ['PK total budget', { [PK_TOTAL]: 1_012_345_000 }, { pk: true }, PK_TOTAL,
    'Pagu 1.012.345.000 tidak sesuai: JUMLAH dan baris Biro Contoh di T3.1 sama-sama 1.000.000.000, dan dua program di T3.1 berjumlah 1.000.000.000; seharusnya 1.000.000.000 (lebih 12.345.000) — cocokkan dengan DPA'],
];

describe.each(CASES)('a fault in the %s', (_, overrides, options, at, message) => {
  const analysis = analyzeWorkbook(workbook(overrides, options));
  const [sheet, cell] = at.split('!');
  const found = analysis.findings.find((f) => f.rule === 'sum-mismatch' && f.sheet === sheet && f.cell === cell);

  it('is worded by the row it stands for, on its sheet', () => {
    expect(found?.message).toBe(message);
  });

  it('shows the same sentence, once, in the Catatan of its Lapkin sheet where it has one, in the sheet\'s word', () => {
    const plan = buildReportPlans(analysis).find((p) => p.kind === 'detail' && p.name.endsWith(sheet));
    if (!plan) return;
    const header = plan.rows.findIndex((r) => r.some((c) => textOf(c ?? null) === 'Catatan'));
    const col = plan.rows[header].findIndex((c) => textOf(c ?? null) === 'Catatan');
    const notes = plan.rows.map((r) => textOf(r[col] ?? null) ?? '').filter((t) => t.includes('tidak sesuai'));
    expect(notes).toHaveLength(1);
    // The same sentence, in the sheet's own word for the column ("Anggaran", "Alokasi Dana") where it has one.
    const word = textOf(plan.rows[header][2] ?? null) ?? '';
    expect(notes[0]).toBe(message.replace(/^Pagu/, word));
    expect(rowWithText(plan, 'B', 'Total')).toBeGreaterThan(header);
  });
});

it('names a detail sheet called "Tabel 3.2" once: "Total Tabel 3.2", not "Total tabel Tabel 3.2"', () => {
  const analysis = analyzeWorkbook(workbook({ 'T3.1!C14': 151_234_000 }));
  const messages = analysis.findings.filter((f) => f.rule === 'sum-mismatch').map((f) => f.message);
  expect(messages.join(' ')).toContain('Total Tabel 3.2');
  expect(messages.join(' ')).not.toMatch(/tabel Tabel/i);
});
