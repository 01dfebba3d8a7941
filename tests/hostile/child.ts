/** Runs a script or the built CLI in a child process bounded in time and heap, so a hang or a blow-up fails a test instead of stalling it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'bin', 'lapkin.js');

export interface ChildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Killed by the timeout: the child did not end by itself. */
  timedOut: boolean;
}

export interface ChildLimits {
  timeoutMs: number;
  /** V8's old-space cap for the child, in MiB. */
  heapMiB?: number;
  env?: NodeJS.ProcessEnv;
}

export function runNode(args: string[], limits: ChildLimits): ChildResult {
  const heap = limits.heapMiB !== undefined ? [`--max-old-space-size=${limits.heapMiB}`] : [];
  const res = spawnSync(process.execPath, [...heap, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: limits.timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...limits.env },
  });
  return {
    status: res.status,
    signal: res.signal,
    stdout: res.stdout ?? '',
    stderr: res.stderr ?? '',
    timedOut: res.error !== undefined && (res.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
  };
}

/** A TypeScript script of the repo, through tsx. */
export function runScript(script: string, args: string[], limits: ChildLimits): ChildResult {
  return runNode(['--import', 'tsx', path.join(ROOT, script), ...args], limits);
}

/** The built `lapkin` command (npx tsc -p tsconfig.cli.json first). */
export function runCli(args: string[], limits: ChildLimits): ChildResult {
  return runNode([CLI, ...args], limits);
}
