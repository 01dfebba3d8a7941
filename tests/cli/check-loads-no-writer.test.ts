/** `lapkin check` loads no writer code: neither exceljs nor src/xlsx/write*, checked in the built CLI's own process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runNode } from '../hostile/child';
import { EXAMPLE_BIRO } from './run-cli';

it('check on the example workbook never loads exceljs or the report writer', () => {
  const hook = path.join(ROOT, 'scripts', 'hostile', 'list-modules-on-exit.cjs');
  const r = runNode(['-r', hook, path.join(ROOT, 'bin', 'lapkin.js'), 'check', EXAMPLE_BIRO, '--json'], { timeoutMs: 60_000 });
  expect(r.status).toBe(1);
  const loaded = r.stderr.split('\n').filter((line) => line.startsWith('module: '));
  // The hook works: the reader was loaded and listed.
  expect(loaded.some((m) => m.includes(path.join('build', 'xlsx', 'read-workbook.js')))).toBe(true);
  expect(loaded.filter((m) => /node_modules[\\/]exceljs|[\\/]build[\\/]xlsx[\\/](write|report-bytes|zip-writer)/.test(m))).toEqual([]);
});

it('report does load the writer (the listing above would show it)', () => {
  const hook = path.join(ROOT, 'scripts', 'hostile', 'list-modules-on-exit.cjs');
  const out = path.join(os.tmpdir(), `lapkin-loads-${process.pid}.xlsx`);
  const r = runNode(['-r', hook, path.join(ROOT, 'bin', 'lapkin.js'), 'report', EXAMPLE_BIRO, '-o', out, '--json'], { timeoutMs: 60_000 });
  fs.rmSync(out, { force: true });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/module: .*[\\/]build[\\/]xlsx[\\/]report-bytes/);
});
