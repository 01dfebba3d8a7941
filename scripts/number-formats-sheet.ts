/**
 * Writes a workbook with one Lapkin sheet of every number kind at every magnitude (0, 7, 999, 1.000 …
 * 12.345.678.901, negatives, percentages 0 … 112,5), through the same writer and plan rules as the report, so its
 * look can be checked in a spreadsheet under any regional setting (README: Angka Indonesia):
 *   npx tsx scripts/number-formats-sheet.ts OUT.xlsx
 *   soffice --headless --convert-to pdf OUT.xlsx   (once per locale; the cells must read the same)
 * Column A: the value as text; B: the number in its kind's code; C: the same number under the code of another
 * magnitude (a value a planner changed), drawn right only through the conditional number rules; D: under `#,##0`,
 * which follows the computer's separators (the control). Last, decimals that are neither whole nor percentages, under
 * a code naming the value (B), and the value changed (C: the computer's separators, the documented limit).
 */
import { writeFileSync } from 'fs';
import { AMOUNT, PERCENT, exactDecimalFormat, numberFormat, withNumberRules, type NumberKind } from '../src/domain/report/indonesian-numbers';
import { REPORT_STYLES, a4Landscape, num, text } from '../src/domain/report/plan-kit';
import type { PlanCell, SheetPlan } from '../src/domain/report/sheet-plan';
import { reportWorkbookBuffer } from '../src/xlsx/write-report';
import ExcelJS from 'exceljs';

const AMOUNTS = [0, 7, 999, 1000, 999_999, 1_000_000, 1_499_900_000, 12_345_678_901, -7, -5000, -1_499_900_000];
const PERCENTS = [0, 5, 37.775, 100, 112.5, 1234.5, -12.5];

function row(value: number, kind: NumberKind, other: number): (PlanCell | null)[] {
  const changed: PlanCell = { kind: 'number', value, format: numberFormat(kind, other), numberKind: kind.name, style: 'number' };
  return [text(String(value)), num(value, kind), changed, { kind: 'number', value, format: kind === PERCENT ? '0.00' : '#,##0', style: 'number' }];
}

async function main(out: string): Promise<void> {
  const rows: (PlanCell | null)[][] = [[text('nilai', 'header'), text('kode sendiri', 'header'), text('kode lain + aturan', 'header'), text('#,##0 / 0.00', 'header')]];
  for (const v of AMOUNTS) rows.push(row(v, AMOUNT, 75_000_000));
  for (const v of PERCENTS) rows.push(row(v, PERCENT, 5));
  // Decimals that are neither whole nor percentages (a PK "Indeks"): B names the value, C is the value changed.
  for (const v of [76.5, 2.85, -2.5]) rows.push([text(String(v)), num(v, exactDecimalFormat(v)), num(v + 1, exactDecimalFormat(v)), num(v, '#,##0.##')]);
  const plan: SheetPlan = withNumberRules({
    name: 'Angka', kind: 'temuan', rows, styles: REPORT_STYLES, merges: [], widths: [18, 20, 20, 20],
    print: a4Landscape(1, 1, { pageFooter: '&A' }), conditionalFormats: [], charts: [],
  });
  const input = new ExcelJS.Workbook();
  input.addWorksheet('Sumber').getCell('A1').value = 'Lapkin: contoh angka';
  const { buffer } = await reportWorkbookBuffer(Buffer.from(await input.xlsx.writeBuffer()), [plan]);
  writeFileSync(out, buffer);
}

void main(process.argv[2] ?? 'angka.xlsx');
