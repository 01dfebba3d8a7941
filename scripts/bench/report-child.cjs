/**
 * One child of the report bench: `node report-child.cjs <lapkin|exceljs> FILE OUT`. Both writers get the
 * same work before them, done by the compiled build: read FILE, check it, build the report's sheet plans.
 * Then
 * - lapkin: Lapkin's own writer (src/xlsx/report-bytes.ts through write-report.ts) and the CLI's output file;
 * - exceljs: exceljs's streaming WorkbookWriter writing the same rows: every cell of the input's sheets (what a
 *   copy must hold; exceljs cannot carry a part over) and every cell of the plans, with their styles' fonts,
 *   fills and number formats, formulas with their results, one row committed at a time.
 * Prints {readMs, writeMs, rows} as JSON: the floor is the write, the read and the check are the same code.
 */
'use strict';
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const build = (p) => require(path.join(root, 'build', p));

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

async function writeWithExceljs(grids, plans, out) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: false, useStyles: true });
  let rows = 0;
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.name.slice(0, 31));
    for (let r = 0; r < grid.rows.length; r++) {
      const cells = grid.rows[r];
      if (!cells) continue;
      const values = [];
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        values[grid.originCol + c] = cell ? (cell.formula ? { formula: cell.formula, result: cell.value ?? undefined } : cell.value) : null;
      }
      const row = ws.getRow(grid.originRow + r + 1);
      row.values = values;
      row.commit();
      rows++;
    }
    ws.commit();
  }
  for (const plan of plans) {
    const ws = wb.addWorksheet(plan.name.slice(0, 31));
    ws.columns = plan.widths.map((width) => ({ width: width || 9 }));
    // Merges first: the streaming writer refuses one over rows already committed.
    for (const m of plan.merges) ws.mergeCells(m);
    const fontOf = (style) => (style ? { bold: style.bold, italic: style.italic, size: style.fontSize ?? 11, name: 'Calibri', color: style.fontColor ? { argb: 'FF' + style.fontColor.slice(1) } : undefined } : undefined);
    for (let r = 0; r < plan.rows.length; r++) {
      const row = ws.getRow(r + 1);
      const cells = plan.rows[r];
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const target = row.getCell(c + 1);
        if (cell.kind === 'text') target.value = cell.text;
        else if (cell.kind === 'number') target.value = cell.value;
        else if (cell.kind === 'formula') target.value = { formula: cell.formula, result: cell.cached ?? undefined };
        else target.value = { text: cell.text, hyperlink: `#'${cell.sheet}'!${cell.cell}` };
        const style = cell.style ? plan.styles[cell.style] : undefined;
        if (style) {
          target.font = fontOf(style);
          if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + style.fill.slice(1) } };
          if (style.wrap || style.hAlign) target.alignment = { wrapText: style.wrap, horizontal: style.hAlign };
        }
        if ((cell.kind === 'number' || cell.kind === 'formula') && cell.format) target.numFmt = cell.format;
      }
      const h = plan.rowHeights?.[r];
      if (h) row.height = h;
      row.commit();
      rows++;
    }
    ws.commit();
  }
  await wb.commit();
  return rows;
}

async function writeWithLapkin(file, plans, out) {
  const { reportWorkbookBuffer } = build('xlsx/write-report.js');
  const { writeOutputFile } = build('cli/output-file.js');
  const { buffer } = await reportWorkbookBuffer(file, plans);
  await writeOutputFile(out, buffer);
  return plans.reduce((n, p) => n + p.rows.length, 0);
}

async function main() {
  const [writer, file, out] = process.argv.slice(2);
  const { readWorkbook } = build('xlsx/read-workbook.js');
  const { analyzeWorkbook } = build('domain/analyze.js');
  const { buildReportPlans } = build('domain/report/build-report.js');
  const start = process.hrtime.bigint();
  const grids = await readWorkbook(file);
  const plans = buildReportPlans(analyzeWorkbook(grids, { settings: { lang: 'id' } }));
  const readMs = ms(start);
  const writeStart = process.hrtime.bigint();
  const own = grids.filter((g) => !g.generatedBy);
  const rows = writer === 'exceljs' ? await writeWithExceljs(own, plans, out) : await writeWithLapkin(file, plans, out);
  process.stdout.write(JSON.stringify({ readMs, writeMs: ms(writeStart), rows }));
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e));
  process.exitCode = 1;
});
