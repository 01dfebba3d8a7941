// The baseline: exceljs alone reading the file, as any tool built on it must at least do.
'use strict';
const ExcelJS = require('exceljs');
new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(
  () => undefined,
  (e) => {
    process.stderr.write(String(e) + '\n');
    process.exitCode = 2;
  },
);
