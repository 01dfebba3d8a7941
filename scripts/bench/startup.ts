/**
 * `lapkin check` on the small example workbook against `node -e 0` in the same run: what starting the
 * command costs beyond Node itself; and the modules that check loaded, listed on exit by a preloaded hook:
 * none of them may be writer code (exceljs, src/xlsx/write*, report-bytes, the zip writer).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { line, median } from './child';

const root = path.join(__dirname, '..', '..');
const CLI = path.join(root, 'bin', 'lapkin.js');
const EXAMPLE = path.join(root, 'examples', 'biro-organisasi-tw1-2024.xlsx');
/** What a check must never load. */
export const WRITER_MODULE = /node_modules[\\/]exceljs|[\\/]build[\\/]xlsx[\\/](write|report-bytes|zip-writer|zip-codec)/;

function timed(args: string[]): number {
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (res.status !== 0 && res.status !== 1) throw new Error(`${args.join(' ')} exited ${String(res.status)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The CommonJS modules `lapkin check` loads on the example, from the list-modules-on-exit hook. */
function modulesOfCheck(): string[] {
  const hook = path.join(root, 'scripts', 'hostile', 'list-modules-on-exit.cjs');
  const res = spawnSync(process.execPath, ['-r', hook, CLI, 'check', EXAMPLE, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return res.stderr.split('\n').filter((l) => l.startsWith('module: ')).map((l) => l.slice('module: '.length));
}

export function benchStartup(runs = 7): void {
  const node: number[] = [];
  const check: number[] = [];
  // Alternated, so machine noise falls on both alike.
  for (let i = 0; i < runs; i++) {
    node.push(timed(['-e', '0']));
    check.push(timed([CLI, 'check', EXAMPLE, '--json']));
  }
  const n = median(node);
  const c = median(check);
  const modules = modulesOfCheck();
  const writers = modules.filter((m) => WRITER_MODULE.test(m));
  process.stdout.write(`\nStartup — lapkin check on the example workbook, median of ${runs} runs\n\n`);
  line('node -e 0 (baseline)', `${n.toFixed(0)} ms`);
  line('lapkin check --json (example workbook)', `${c.toFixed(0)} ms`);
  line('  ratio to node -e 0', `${(c / n).toFixed(2)}`);
  line('  modules loaded by check / of them writer code', `${modules.length} / ${writers.length} ${writers.length === 0 ? 'OK' : `WRONG: ${writers.join(', ')}`}`);
  if (writers.length > 0 || modules.length === 0) process.exitCode = 1;
}
