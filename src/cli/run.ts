/**
 * The `lapkin` command: wires the .xlsx host to the core. `run` returns the exit code instead of exiting,
 * so tests drive it in-process: 0 no error findings, 1 error findings, 2 unreadable file or wrong words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeWorkbook, resolveMapping } from '../domain/analyze';
import { LapkinError, oneLine } from '../domain/errors';
import { parseMappingJson } from '../domain/mapping/mapping-json';
import type { WorkbookMapping } from '../domain/mapping/types';
import { buildReportPlans } from '../domain/report/build-report';
import type { Period } from '../domain/settings';
import { readWorkbook } from '../xlsx/read-workbook';
import { writeReportWorkbook } from '../xlsx/write-report';
import { langFromArgv, parseArgs, type CliOptions } from './args';
import { formatAnalysis, summarize } from './format-findings';
import { helpText } from './help';
import { progressBar, type OutputStream } from './progress';

/** Where the command writes: process.stdout/stderr, or string sinks in tests. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let lang = langFromArgv(argv);
  try {
    const opts = parseArgs(argv);
    lang = opts.lang;
    switch (opts.command) {
      case 'help':
        io.stdout.write(helpText(lang));
        return 0;
      case 'version':
        io.stdout.write(`${readVersion()}\n`);
        return 0;
      case 'map':
        return await runMap(opts, io);
      case 'check':
        return await runCheck(opts, io);
      case 'report':
        return await runReport(opts, io);
    }
  } catch (e) {
    io.stderr.write(`lapkin: ${oneLine(e, lang)}\n`);
    return 2;
  }
}

function readVersion(): string {
  const pkg = path.join(__dirname, '..', '..', 'package.json');
  try {
    return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The period from the flags, completed from the workbook where only half is given:
 * a quarter without a year takes the workbook's year; a year without a quarter takes the workbook's quarter, else TW IV.
 */
function periodFrom(opts: CliOptions, detected: () => Period | undefined): Period | undefined {
  if (opts.year === undefined && opts.quarter === undefined) return undefined;
  const found = detected();
  const year = opts.year ?? found?.year;
  if (year === undefined) {
    throw new LapkinError({ id: 'tahun laporan tidak ditemukan di workbook: berikan --year', en: 'the report year is not in the workbook: give --year' });
  }
  return { year, quarter: opts.quarter ?? found?.quarter ?? 4 };
}

function readMappingFile(file: string | undefined): WorkbookMapping | undefined {
  if (!file) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new LapkinError({ id: `berkas pemetaan tidak dapat dibaca: ${file}`, en: `cannot read the mapping file: ${file}` });
  }
  const parsed = parseMappingJson(text);
  if (!parsed.ok) {
    throw new LapkinError({ id: `${file}: ${parsed.error.id}`, en: `${file}: ${parsed.error.en}` });
  }
  return parsed.mapping;
}

async function analyzeFile(opts: CliOptions, io: CliIo) {
  const progress = progressBar(io.stderr);
  const file = opts.file as string;
  progress.stage(opts.lang === 'en' ? 'reading workbook…' : 'membaca workbook…', 0.1);
  const grids = await readWorkbook(file);
  progress.stage(opts.lang === 'en' ? 'checking…' : 'memeriksa…', 0.6);
  const mapping = readMappingFile(opts.mappingFile);
  const period = periodFrom(opts, () => resolveMapping(grids.filter((g) => !g.generatedBy), mapping).period);
  const analysis = analyzeWorkbook(grids, { settings: { lang: opts.lang, period, ...(opts.dpa ? { dpa: opts.dpa } : {}) }, mapping });
  return { analysis, progress };
}

async function runMap(opts: CliOptions, io: CliIo): Promise<number> {
  const grids = await readWorkbook(opts.file as string);
  const mapping = resolveMapping(grids.filter((g) => !g.generatedBy), readMappingFile(opts.mappingFile));
  io.stdout.write(`${JSON.stringify(mapping, null, 2)}\n`);
  return 0;
}

async function runCheck(opts: CliOptions, io: CliIo): Promise<number> {
  const { analysis, progress } = await analyzeFile(opts, io);
  progress.done();
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ findings: analysis.findings, sheets: analysis.sheets, summary: summarize(analysis) }, null, 2)}\n`);
  } else {
    io.stdout.write(formatAnalysis(analysis, path.basename(opts.file as string), opts.lang));
  }
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Where the report goes when -o is not given: beside the input, never the input itself. */
export function defaultOutput(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-lapkin.xlsx`);
}

async function runReport(opts: CliOptions, io: CliIo): Promise<number> {
  const file = opts.file as string;
  const output = opts.output ?? defaultOutput(file);
  if (path.resolve(output) === path.resolve(file)) {
    throw new LapkinError({
      id: 'berkas keluaran sama dengan berkas masukan: Lapkin tidak menulis ke workbook sumber, pilih nama lain dengan -o',
      en: 'the output file is the input file: Lapkin never writes to the source workbook, choose another name with -o',
    });
  }
  const { analysis, progress } = await analyzeFile(opts, io);
  progress.stage(opts.lang === 'en' ? 'writing report…' : 'menulis laporan…', 0.85);
  const plans = buildReportPlans(analysis);
  const sheets = await writeReportWorkbook(file, plans, output);
  progress.done();
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ output, sheets }, null, 2)}\n`);
  } else {
    io.stdout.write(formatAnalysis(analysis, path.basename(file), opts.lang));
    io.stdout.write(`${opts.lang === 'en' ? 'Report written' : 'Laporan ditulis'}: ${output}\n`);
    for (const s of sheets) io.stdout.write(`  ${s.name.padEnd(28)} ${s.kind}\n`);
  }
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
