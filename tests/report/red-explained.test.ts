/**
 * "No red value without a Catatan that says which column and why", checked for the class: on every Lapkin sheet
 * of a small unit's workbook with one fault planted at each level (leaf, kegiatan, program, unit row, JUMLAH,
 * detail row and Total, Rencana Kerja list, PK budget), with and without a DPA sheet, every red stated figure has a
 * Catatan on its row naming that figure's column.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import { buildReportPlans } from '../../src/domain/report/build-report';
import type { PlanCell, SheetPlan } from '../../src/domain/report/sheet-plan';
import { paguCell, PK_TOTAL, T31_JUMLAH, workbook, type Overrides, type WorkbookOptions } from '../settle/workbook';
import { textOf } from './fixtures/plan-helpers';

const cell = (kode: string): string => `T3.1!${paguCell(kode)}`;
const FAULTS: [string, Overrides, WorkbookOptions][] = [
  ['sub kegiatan slip', { [cell('4.01.02.1.02.02')]: 180_500_000 }, {}],
  ['sub kegiatan, group', { [cell('4.01.02.1.02.01')]: 123_456_000 }, {}],
  ['kegiatan', { [cell('4.01.02.1.02')]: 312_345_000 }, {}],
  ['program', { [cell('4.01.02')]: 712_345_000 }, {}],
  ['unit row', { [cell('')]: 1_012_345_000 }, {}],
  ['JUMLAH', { [`T3.1!C${T31_JUMLAH}`]: 1_012_345_000 }, {}],
  ['detail row', { 'Tabel 3.2!C5': 151_234_000 }, {}],
  ['detail Total', { 'Tabel 3.2!C7': 401_234_000 }, {}],
  ['Rencana Kerja kegiatan', { 'Rencana Kerja!C8': 301_234_000 }, {}],
  ['Rencana Kerja programme', { 'Rencana Kerja!C6': 712_345_000 }, {}],
  ['PK total', { [PK_TOTAL]: 1_012_345_000 }, { pk: true }],
];
const WITH: [string, WorkbookOptions][] = [['no DPA', {}], ['a DPA sheet', { dpa: 'sheet' }]];

/** The header text over column c: the lowest header row (Tabel 3.1 has two) with text there. */
function headerOver(plan: SheetPlan, c: number): string {
  const headers = plan.rows.filter((r) => r.some((x) => x?.style === 'header'));
  for (const r of [...headers].reverse()) {
    const t = textOf(r[c] ?? null);
    if (t) return t.replace(/^Tertulis di sumber: /, '').replace(/ \(%\)$/, '');
  }
  return '';
}

function redWithoutReason(plan: SheetPlan): string[] {
  const catatanCol = plan.rows.map((r) => r.findIndex((x) => textOf(x ?? null) === 'Catatan')).find((i) => i >= 0) ?? -1;
  const out: string[] = [];
  plan.rows.forEach((row, i) => row.forEach((c: PlanCell | null, k) => {
    if (c?.style !== 'stated') return;
    const note = (textOf(row[catatanCol] ?? null) ?? '').toLowerCase();
    const column = headerOver(plan, k).toLowerCase();
    if (!column || !note.includes(column)) out.push(`${plan.name} row ${i + 1}: ${column} "${note}"`);
  }));
  return out;
}

describe.each(WITH)('with %s', (_, dpa) => {
  it.each(FAULTS)('a fault in the %s: every red figure is explained on its row, by its column', (__, overrides, options) => {
    const plans = buildReportPlans(analyzeWorkbook(workbook(overrides, { ...dpa, ...options }))).filter((p) => p.kind !== 'temuan');
    expect(plans.flatMap(redWithoutReason)).toEqual([]);
  });
});
