/**
 * `npm run bench`: speed and memory of `lapkin check` on a generated Tabel 3.1 workbook of 100,000 sub kegiatan
 * rows (Indonesian text amounts), against exceljs alone reading the same file in the same run, and the core alone
 * (mapping + rules + recalculation on already-read grids). Figures are ratios against the baseline measured here,
 * never absolute thresholds in tests. `npm run bench -- --rows 20000 --runs 3` for a quicker look. The core is
 * also timed against the previous table layout's in the same session (scripts/bench/compare-layout.ts; that
 * build is made from git by scripts/bench/previous-layout.ts, or named with `--baseline <build dir>`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChild, type ChildRun, median } from './bench/child';
import { generateTabel31 } from './bench/generate';
import { previousLayoutBuild, type PreviousBuild } from './bench/previous-layout';
import { benchReport } from './bench/report';
import { benchStartup } from './bench/startup';

type Core = typeof import('../src/domain/analyze');
type XlsxReader = typeof import('../src/xlsx/read-workbook');

const root = path.join(__dirname, '..');

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const WARM_UPS = 3;

/** `--only check,report,startup` runs some parts (all by default). */
function parts(): Set<string> {
  const i = process.argv.indexOf('--only');
  return new Set(i >= 0 ? process.argv[i + 1].split(',') : ['check', 'report', 'startup']);
}

async function main(): Promise<void> {
  const rows = flag('--rows', 100_000);
  const runs = flag('--runs', 3);
  const only = parts();
  process.stdout.write(`Lapkin bench: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the start (the machine may be shared: read the ratios)\n`);
  if (only.has('check')) await benchCheck(rows, runs);
  if (only.has('report')) await benchReport(rows === 100_000 ? [10_000, 100_000] : [rows], runs);
  if (only.has('startup')) benchStartup();
}

async function benchCheck(rows: number, runs: number): Promise<void> {
  const file = path.join(root, 'out', 'bench', `tabel31-${rows}.xlsx`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) {
    process.stdout.write(`generating ${file} …\n`);
    await generateTabel31(file, rows);
  }
  const cli = path.join(root, 'bin', 'lapkin.js');
  const baseline: ChildRun[] = [];
  const lapkin: ChildRun[] = [];
  // Alternate the two so machine noise falls on both alike.
  for (let i = 0; i < runs; i++) {
    baseline.push(runChild([path.join(__dirname, 'bench', 'exceljs-read.cjs'), file]));
    lapkin.push(runChild([cli, 'check', file, '--json']));
  }
  const bMs = median(baseline.map((r) => r.ms));
  const lMs = median(lapkin.map((r) => r.ms));
  const bMem = median(baseline.map((r) => r.maxRssMiB));
  const lMem = median(lapkin.map((r) => r.maxRssMiB));

  // The core alone, in this process, on grids read once — the compiled build the lapkin command runs,
  // not this script's on-the-fly TypeScript (its name-keeping wrappers would be measured too).
  const { analyzeWorkbook } = (await import(path.join(root, 'build', 'domain', 'analyze.js'))) as Core;
  const { readWorkbook } = (await import(path.join(root, 'build', 'xlsx', 'read-workbook.js'))) as XlsxReader;
  const grids = await readWorkbook(file);
  // Warm: three warm-up checks, shown, then the median of the next five (docs/performance.md says why three).
  // The first call is the cold one a one-shot `lapkin check` pays (nothing compiled yet), shown on its own.
  const coldStart = process.hrtime.bigint();
  analyzeWorkbook(grids);
  const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
  const warmUpTimes: number[] = [];
  for (let i = 0; i < WARM_UPS; i++) {
    const t = process.hrtime.bigint();
    analyzeWorkbook(grids);
    warmUpTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const coreTimes: number[] = [];
  let findings = 0;
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    findings = analyzeWorkbook(grids).findings.length;
    coreTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const coreMs = median(coreTimes);

  const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(44)} ${value}\n`);
  process.stdout.write(`\nLapkin bench — ${rows.toLocaleString('id-ID')} sub kegiatan rows, median of ${runs} runs (${os.cpus().length} cores)\n\n`);
  line('exceljs alone, readFile (baseline)', `${bMs.toFixed(0)} ms, peak ${bMem.toFixed(0)} MiB`);
  line('lapkin check --json (whole command)', `${lMs.toFixed(0)} ms, peak ${lMem.toFixed(0)} MiB`);
  line('  time ratio (target ≤ 1.5)', `${(lMs / bMs).toFixed(2)} ${lMs / bMs <= 1.5 ? 'OK' : 'OVER'}`);
  line('  memory ratio (target ≤ 1.5)', `${(lMem / bMem).toFixed(2)} ${lMem / bMem <= 1.5 ? 'OK' : 'OVER'}`);
  line('core alone (mapping + rules + recalculation), cold', `${coldMs.toFixed(0)} ms`);
  line('core alone, warm (median of five)', `${coreMs.toFixed(0)} ms (target < 150 ms) ${coreMs < 150 ? 'OK' : 'OVER'}, ${findings} findings`);
  line('  its runs (median of these)', coreTimes.map((t) => `${t.toFixed(0)} ms`).join(', '));
  line('  the warm-up runs before them', warmUpTimes.map((t) => `${t.toFixed(0)} ms`).join(', '));
  line('  core / exceljs read time', `${(coreMs / bMs).toFixed(3)}`);

  // Against the previous table layout: both cores in fresh child processes, alternating (compare-layout.ts).
  // `--baseline <build dir>` names another build; without it, the previous layout's commit is built from git.
  const baselineAt = process.argv.indexOf('--baseline');
  const previous: PreviousBuild = baselineAt >= 0 ? { build: process.argv[baselineAt + 1] } : previousLayoutBuild(root);
  if ('unavailable' in previous) {
    line('core against the previous layout', `not measured: ${previous.unavailable}`);
  } else {
    const res = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, 'bench', 'compare-layout.ts'), previous.build, '--rows', String(rows), '--runs', String(runs)], { stdio: 'inherit' });
    if (res.status !== 0) process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
