/**
 * Lays out ExampleSheets into an .xlsx with exceljs. This is a build script for the bundled examples,
 * not product code (the product's exceljs calls live in src/xlsx/).
 */
import ExcelJS from 'exceljs';
import type { ExampleSheet, ExampleValue } from './sheet-spec';

function toCellValue(v: ExampleValue): ExcelJS.CellValue {
  if (v === null || v === '') return null;
  if (typeof v === 'object' && 'f' in v) return { formula: v.f, result: v.result };
  if (typeof v === 'object' && 'pct' in v) return v.pct;
  if (typeof v === 'object' && 'date' in v) return new Date(`${v.date}T00:00:00Z`);
  return v;
}

export async function writeExampleWorkbook(path: string, sheets: ExampleSheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lapkin examples';
  // A fixed date keeps the generated file identical from run to run.
  wb.created = new Date(Date.UTC(2024, 3, 1));
  wb.modified = wb.created;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    const all = [...spec.title, ...spec.header, ...spec.rows];
    const bodyStart = spec.title.length + spec.header.length;
    all.forEach((row, r) => {
      row.forEach((v, c) => {
        const value = toCellValue(v);
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        if (typeof v === 'object' && v !== null && ('pct' in v && (typeof v.pct === 'number' || v.pct))) cell.numFmt = '0.00%';
        else if (typeof v === 'object' && v !== null && 'date' in v) cell.numFmt = 'd mmmm yyyy';
        else if (r >= bodyStart && typeof value !== 'string' && spec.numFmts?.[c] !== undefined) cell.numFmt = spec.numFmts[c];
        else if (r >= bodyStart && typeof value !== 'string' && spec.amountColumns?.includes(c)) cell.numFmt = '#,##0';
        else if (r >= bodyStart && typeof value !== 'string' && spec.percentColumns?.includes(c)) cell.numFmt = '0.00';
        if (r >= bodyStart && spec.boldRows?.includes(r - bodyStart)) cell.font = { bold: true };
        if (r >= spec.title.length && r < bodyStart) {
          cell.font = { bold: true };
          cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        }
      });
    });
    if (spec.title.length > 0 && spec.title[0].length > 0) ws.getCell(1, 1).font = { bold: true, size: 13 };
    for (const m of [...(spec.headerMerges ?? []), ...(spec.bodyMerges ?? [])]) ws.mergeCells(m);
    spec.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    spec.hiddenColumns?.forEach((i) => (ws.getColumn(i + 1).hidden = true));
    spec.hiddenRows?.forEach((i) => (ws.getRow(bodyStart + i + 1).hidden = true));
  }
  await wb.xlsx.writeFile(path);
}
