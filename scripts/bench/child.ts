/** A bench child process: timed from outside, its peak resident memory reported by the preloaded rss-on-exit hook. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ChildRun {
  ms: number;
  maxRssMiB: number;
  status: number | null;
  stdout: string;
}

/** Runs node with `args`; exit codes 0 and 1 (findings) are a success, anything else throws with the child's stderr. */
export function runChild(args: string[]): ChildRun {
  const out = path.join(os.tmpdir(), `lapkin-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ['-r', path.join(__dirname, 'rss-on-exit.cjs'), ...args], {
    env: { ...process.env, LAPKIN_BENCH_OUT: out },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0 && res.status !== 1) throw new Error(`child ${args.join(' ')} failed: ${String(res.stderr)}`);
  const { maxRssKiB } = JSON.parse(fs.readFileSync(out, 'utf8')) as { maxRssKiB: number };
  fs.rmSync(out, { force: true });
  return { ms, maxRssMiB: maxRssKiB / 1024, status: res.status, stdout: String(res.stdout) };
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const line = (label: string, value: string): void => {
  process.stdout.write(`${label.padEnd(52)} ${value}\n`);
};
