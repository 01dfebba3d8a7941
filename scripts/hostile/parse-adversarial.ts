/**
 * Every text parser of src/domain/parse, and the mapping's reading of a whole sheet, on long
 * adversarial text. Run by tests/hostile/parse-time.test.ts in a child process with a timeout: a parser
 * that backtracks on 20,000 characters runs for minutes, a linear one for milliseconds.
 */
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Grid } from '../../src/domain/grid/grid';
import { readCell, isPercentFormat, decimalsOfFormat } from '../../src/domain/parse/cell';
import { findDatesInText, parseDateText } from '../../src/domain/parse/date';
import { displayText, isDateFormat } from '../../src/domain/parse/display';
import { parseIndonesianNumber, readWrittenNumber } from '../../src/domain/parse/number';
import { adversarialTexts } from './regex-audit';

const length = Number(process.argv[2]) || 20_000;
const texts = adversarialTexts(length);
let parsed = 0;
for (const text of texts) {
  for (const expect of ['amount', 'percent', 'number'] as const) {
    parseIndonesianNumber(text, expect);
    readWrittenNumber(`Rp. 1.000${text}`, expect);
    readCell({ value: text }, 'D7', expect);
    parsed += 3;
  }
  parseDateText(text, 2024);
  findDatesInText(text, 2024);
  displayText({ value: 1234.5, numberFormat: text });
  isDateFormat(text);
  isPercentFormat(text);
  decimalsOfFormat(text);
  parsed += 6;
}

// A Tabel 3.1 whose amounts are those texts: the whole check, as `lapkin check` runs it.
const header = ['Kode Rek', 'Uraian', 'Pagu Anggaran 2024', 'Realisasi Triwulan I 2024', 'Capaian'].map((value) => ({ value }));
const rows = [[{ value: 'TABEL 3.1 LAPORAN KINERJA TRIWULAN I TAHUN 2024' }], header];
texts.slice(0, 40).forEach((text, i) => rows.push([{ value: `4.01.01.2.01.${String(i + 1).padStart(2, '0')}` }, { value: 'Sub kegiatan' }, { value: text }, { value: text }, { value: text }]));
const grid: Grid = { name: 'Tabel 3.1', index: 0, rows, originRow: 0, originCol: 0, merges: [] };
const analysis = analyzeWorkbook([grid], { settings: { lang: 'id' } });
process.stdout.write(`parsed ${parsed} texts of ${length} characters; ${analysis.findings.length} findings\n`);
