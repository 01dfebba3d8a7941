/**
 * The `lapkin` command: wires the .xlsx host to the core. `run` returns the exit code instead of exiting,
 * so tests drive it in-process: 0 no error findings, 1 error findings, 2 unreadable file or wrong words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeWorkbook, resolveMapping } from '../domain/analyze';
import { LapkinError, oneLine } from '../domain/errors';
import { REPORT_SHEET_WORDS } from '../domain/glossary';
import { parseMappingJson } from '../domain/mapping/mapping-json';
import type { WorkbookMapping } from '../domain/mapping/types';
import { buildReportPlans } from '../domain/report/build-report';
import type { Period } from '../domain/settings';
import type { Lang } from '../domain/settings';
import { readWorkbook, WorkbookReadError } from '../xlsx/read-workbook';
import { langFromArgv, parseArgs, type CliOptions } from './args';
import { formatAnalysis, summarize } from './format-findings';
import { formatMapping } from './format-mapping';
import { helpText } from './help';
import { checkOutputPath, writeOutputFile, type OutputFs } from './output-file';
import { progressBar, type OutputStream } from './progress';
import { painter, terminalSafe, terminalSafeJson } from './terminal-text';

/** Where the command writes: process.stdout/stderr, or string sinks in tests. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** The environment (NO_COLOR); process.env when absent. */
  env?: NodeJS.ProcessEnv;
  /** File operations for the report's output; a test injects a failing one. */
  outputFs?: OutputFs;
}

/** The one line for a failure, in the chosen language (file errors too), safe to print on a terminal. */
export function errorLine(e: unknown, lang: Lang): string {
  const bilingual = e as { messageIn?: (l: Lang) => string };
  const text = e instanceof Error && typeof bilingual.messageIn === 'function' ? bilingual.messageIn(lang) : oneLine(e, lang);
  return `lapkin: ${terminalSafe(text.split('\n')[0], true)}\n`;
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
    io.stderr.write(errorLine(e, lang));
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

/** The input's own problems (missing, a folder) come before the output's, as a planner reads the command. */
async function assertInputFile(file: string): Promise<void> {
  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (stat === undefined) throw new WorkbookReadError('not-found', file);
  if (stat.isDirectory()) throw new WorkbookReadError('folder', file);
}

async function runMap(opts: CliOptions, io: CliIo): Promise<number> {
  const grids = await readWorkbook(opts.file as string);
  const mapping = resolveMapping(grids.filter((g) => !g.generatedBy), readMappingFile(opts.mappingFile));
  io.stdout.write(`${terminalSafeJson(JSON.stringify(mapping, null, 2))}\n`);
  // The readable view beside the JSON: on stderr, so `lapkin map … > pemetaan.json` still writes pure JSON.
  io.stderr.write(formatMapping(mapping, opts.lang));
  return 0;
}

async function runCheck(opts: CliOptions, io: CliIo): Promise<number> {
  const { analysis, progress } = await analyzeFile(opts, io);
  progress.done();
  if (opts.json) {
    io.stdout.write(`${terminalSafeJson(JSON.stringify({ findings: analysis.findings, sheets: analysis.sheets, summary: summarize(analysis) }, null, 2))}\n`);
  } else {
    io.stdout.write(formatAnalysis(analysis, path.basename(opts.file as string), opts.lang, painter(io.stdout, io.env ?? process.env)));
  }
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Where the report goes when -o is not given: beside the input as <name>-laporan.xlsx, never the input itself. */
export function defaultOutput(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-laporan.xlsx`);
}

async function runReport(opts: CliOptions, io: CliIo): Promise<number> {
  const file = opts.file as string;
  const output = opts.output ?? defaultOutput(file);
  // Refused before any work: the output is the input (by identity), a folder, or in a folder that is not there.
  await assertInputFile(file);
  await checkOutputPath(file, output);
  const { analysis, progress } = await analyzeFile(opts, io);
  progress.stage(opts.lang === 'en' ? 'writing report…' : 'menulis laporan…', 0.85);
  const plans = buildReportPlans(analysis);
  // The writer is loaded only here: `check` never pays for it.
  const { reportWorkbookBuffer } = await import('../xlsx/write-report');
  const { buffer, sheets, kept } = await reportWorkbookBuffer(file, plans);
  await writeOutputFile(output, buffer, io.outputFs);
  if (kept.length > 0) {
    const names = kept.map((k) => `"${terminalSafe(k.name, true)}"`).join(', ');
    io.stderr.write(opts.lang === 'en' ? `lapkin: kept ${names}: Lapkin's sheet holds edits of yours, the new report is written beside it
` : `lapkin: ${names} dipertahankan: sheet Lapkin itu berisi suntingan Anda, laporan baru ditulis di sampingnya
`);
  }
  progress.done();
  if (opts.json) {
    io.stdout.write(`${terminalSafeJson(JSON.stringify({ output, sheets }, null, 2))}\n`);
  } else {
    io.stdout.write(formatAnalysis(analysis, path.basename(file), opts.lang, painter(io.stdout, io.env ?? process.env)));
    const where = terminalSafe(path.resolve(output), true);
    io.stdout.write(`${opts.lang === 'en' ? 'Report written to' : 'Laporan ditulis ke'}: ${where}\n`);
    const names = sheets.map((s) => terminalSafe(s.name, true));
    const width = Math.max(...names.map((n) => n.length));
    sheets.forEach((s, i) => io.stdout.write(`  ${names[i].padEnd(width)}  ${REPORT_SHEET_WORDS[opts.lang][s.kind]}\n`));
  }
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
