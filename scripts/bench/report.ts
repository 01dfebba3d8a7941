/**
 * The report half of `npm run bench`: `lapkin report` (the whole command, child process) against the same
 * read, check and plans followed by exceljs's streaming WorkbookWriter writing the same rows (report-child.cjs),
 * on generated Tabel 3.1 workbooks, alternating; then the copy's parts compared with the input's by bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { line, median, runChild, type ChildRun } from './child';
import { generateTabel31 } from './generate';

type ZipSource = typeof import('../../src/xlsx/zip-source');

const root = path.join(__dirname, '..', '..');
const CLI = path.join(root, 'bin', 'lapkin.js');
const CHILD = path.join(__dirname, 'report-child.cjs');

/** Parts a report edits on purpose: the ones that register sheets, and the document properties that count them. */
const EDITED_BY_DESIGN = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml)$/;

export interface PartIdentity {
  identical: number;
  edited: string[];
  /** parts missing from the copy or changed though they should not be */
  wrong: string[];
}

/** Every part of `input` found in `output` with the same compressed bytes and CRC, apart from the parts edited by design. */
export async function partIdentity(input: string, output: string): Promise<PartIdentity> {
  const { storedEntries } = (await import(path.join(root, 'build', 'xlsx', 'zip-source.js'))) as ZipSource;
  const after = new Map(storedEntries(fs.readFileSync(output)).map((e) => [e.name, e]));
  const result: PartIdentity = { identical: 0, edited: [], wrong: [] };
  for (const e of storedEntries(fs.readFileSync(input))) {
    if (e.name.endsWith('/')) continue;
    const copy = after.get(e.name);
    const same = copy !== undefined && copy.crc32 === e.crc32 && Buffer.from(copy.data).equals(Buffer.from(e.data));
    if (same) result.identical++;
    else if (copy && EDITED_BY_DESIGN.test(e.name)) result.edited.push(e.name);
    else result.wrong.push(e.name);
  }
  return result;
}

interface WriterRun extends ChildRun {
  readMs: number;
  writeMs: number;
}

function writerRun(writer: 'lapkin' | 'exceljs', file: string, out: string): WriterRun {
  const run = runChild([CHILD, writer, file, out]);
  const { readMs, writeMs } = JSON.parse(run.stdout) as { readMs: number; writeMs: number };
  return { ...run, readMs, writeMs };
}

async function benchOne(rows: number, runs: number): Promise<void> {
  const file = path.join(root, 'out', 'bench', `tabel31-${rows}.xlsx`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) await generateTabel31(file, rows);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-bench-report-'));
  const outOf = (name: string) => path.join(tmp, name);
  const exceljs: WriterRun[] = [];
  const command: ChildRun[] = [];
  const ownWriter: WriterRun[] = [];
  try {
    // Alternated, so machine noise falls on all three alike.
    for (let i = 0; i < runs; i++) {
      exceljs.push(writerRun('exceljs', file, outOf(`exceljs-${i}.xlsx`)));
      command.push(runChild([CLI, 'report', file, '-o', outOf(`lapkin-${i}.xlsx`), '--json']));
      ownWriter.push(writerRun('lapkin', file, outOf(`own-${i}.xlsx`)));
    }
    const identity = await partIdentity(file, outOf('lapkin-0.xlsx'));
    const eMs = median(exceljs.map((r) => r.ms));
    const cMs = median(command.map((r) => r.ms));
    const cMem = median(command.map((r) => r.maxRssMiB));
    const eWrite = median(exceljs.map((r) => r.writeMs));
    const lWrite = median(ownWriter.map((r) => r.writeMs));
    process.stdout.write(`\nReport — ${rows.toLocaleString('id-ID')} sub kegiatan rows, median of ${runs} runs\n\n`);
    line('read + check + plans, then exceljs streaming writer', `${eMs.toFixed(0)} ms (write ${eWrite.toFixed(0)} ms), peak ${median(exceljs.map((r) => r.maxRssMiB)).toFixed(0)} MiB`);
    line('lapkin report (whole command)', `${cMs.toFixed(0)} ms, peak ${cMem.toFixed(0)} MiB`);
    line('  time ratio (target ≤ 1.2)', `${(cMs / eMs).toFixed(2)} ${cMs / eMs <= 1.2 ? 'OK' : 'OVER'}`);
    line('  writing alone, Lapkin / exceljs streaming', `${(lWrite / eWrite).toFixed(2)} (${lWrite.toFixed(0)} ms / ${eWrite.toFixed(0)} ms)`);
    if (rows >= 100_000) line('  peak memory (target ≤ 500 MB = 477 MiB)', `${cMem.toFixed(0)} MiB ${cMem * 1.048576 <= 500 ? 'OK' : 'OVER'}`);
    line('  parts of the input identical in the copy', `${identity.identical}, edited by design: ${identity.edited.join(', ')}; ${identity.wrong.length === 0 ? 'OK' : `WRONG: ${identity.wrong.join(', ')}`}`);
    if (identity.wrong.length > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The bundled examples (theme, shared strings, document properties) through `lapkin report`, parts compared. */
async function examplesIdentity(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-bench-identity-'));
  process.stdout.write('\nReport copies of the bundled examples, parts compared by bytes\n\n');
  try {
    for (const name of fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.xlsx'))) {
      const input = path.join(root, 'examples', name);
      const output = path.join(tmp, name);
      runChild([CLI, 'report', input, '-o', output, '--json']);
      const identity = await partIdentity(input, output);
      line(`  ${name}`, `${identity.identical} identical, ${identity.edited.length} edited by design; ${identity.wrong.length === 0 ? 'OK' : `WRONG: ${identity.wrong.join(', ')}`}`);
      if (identity.wrong.length > 0) process.exitCode = 1;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export async function benchReport(rowCounts: number[], runs: number): Promise<void> {
  for (const rows of rowCounts) await benchOne(rows, runs);
  await examplesIdentity();
}
