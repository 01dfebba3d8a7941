/**
 * `lapkin check` on the small example workbook against `node -e 0` in the same run: what starting the
 * command costs beyond Node itself (a check loads no writer code, so exceljs is not part of it).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

function timed(args: string[]): number {
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (res.status !== 0 && res.status !== 1) throw new Error(`${args.join(' ')} exited ${String(res.status)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchStartup(runs = 7): void {
  const example = path.join(root, 'examples', 'biro-organisasi-tw1-2024.xlsx');
  const node: number[] = [];
  const check: number[] = [];
  // Alternated, so machine noise falls on both alike.
  for (let i = 0; i < runs; i++) {
    node.push(timed(['-e', '0']));
    check.push(timed([path.join(root, 'bin', 'lapkin.js'), 'check', example, '--json']));
  }
  const n = median(node);
  const c = median(check);
  const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(44)} ${value}\n`);
  process.stdout.write(`\nStartup — lapkin check on the example workbook, median of ${runs} runs\n\n`);
  line('node -e 0 (baseline)', `${n.toFixed(0)} ms`);
  line('lapkin check --json (example workbook)', `${c.toFixed(0)} ms`);
  line('  ratio to node -e 0', `${(c / n).toFixed(2)}`);
}
