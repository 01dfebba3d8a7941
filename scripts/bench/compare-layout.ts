/**
 * `npx tsx scripts/bench/compare-layout.ts <baseline build dir> [--rows N] [--runs N]`: the core of this
 * checkout against the core of another build (the previous table layout: `git worktree add` its commit,
 * `npx tsc -p tsconfig.cli.json` there, pass its build/ directory), on the same generated Tabel 3.1, each
 * run in a fresh child process, the two alternating so machine noise falls on both alike. Prints each
 * core's cold (first call) and warm (median of five after three warm-ups) time and the ratios, median of the runs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateTabel31 } from './generate';

const root = path.join(__dirname, '..', '..');

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface CoreRun {
  cold: number;
  warm: number;
  findings: number;
}

function runCore(build: string, file: string): CoreRun {
  const res = spawnSync(process.execPath, [path.join(__dirname, 'core-run.cjs'), build, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`core run of ${build} failed: ${res.stderr.split('\n')[0]}`);
  return JSON.parse(res.stdout) as CoreRun;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const baseline = process.argv[2] ? path.resolve(process.argv[2]) : '';
  if (!baseline || !fs.existsSync(path.join(baseline, 'domain', 'analyze.js'))) throw new Error('give the baseline build directory (with domain/analyze.js) as the first argument');
  const rows = flag('--rows', 100_000);
  const runs = flag('--runs', 5);
  const file = path.join(root, 'out', 'bench', `tabel31-${rows}.xlsx`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) await generateTabel31(file, rows);
  const current = path.join(root, 'build');
  const before: CoreRun[] = [];
  const now: CoreRun[] = [];
  for (let i = 0; i < runs; i++) {
    before.push(runCore(baseline, file));
    now.push(runCore(current, file));
  }
  if (before[0].findings !== now[0].findings) throw new Error(`the cores disagree: ${before[0].findings} findings before, ${now[0].findings} now`);
  const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(36)} ${value}\n`);
  const show = (xs: CoreRun[], key: 'cold' | 'warm') => `${median(xs.map((r) => r[key])).toFixed(0)} ms (${xs.map((r) => r[key].toFixed(0)).join(', ')})`;
  process.stdout.write(`\nCore, this layout against ${baseline}: ${rows.toLocaleString('id-ID')} rows, median of ${runs} alternating runs\n\n`);
  for (const key of ['cold', 'warm'] as const) {
    line(`${key}, previous layout`, show(before, key));
    line(`${key}, this layout`, show(now, key));
    const ratio = median(now.map((r) => r[key])) / median(before.map((r) => r[key]));
    line(`  ${key} ratio (target ≤ 1.5)`, `${ratio.toFixed(2)} ${ratio <= 1.5 ? 'OK' : 'OVER'}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`compare-layout: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
