/**
 * Blind-trial score: runs the built CLI (`node bin/lapkin.js check FILE --json`, as a new user would) on every
 * trial-*.xlsx of tests/fixtures/layouts/ and compares its findings with the faults listed beside it.
 * Recall: planted faults found at their cell, by their rule, with their expected value. False findings: errors
 * and warnings on a cell where nothing was planted (sheet-not-checked on a sheet not listed as unchecked counts).
 * Usage: npx tsc -p tsconfig.cli.json && npx tsx scripts/layouts/trial/measure.ts [--verbose]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FaultsFile } from '../make-corpus';

interface CliFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  expected?: string;
}

const ROOT = path.join(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'layouts');
const verbose = process.argv.includes('--verbose');

function check(file: string): CliFinding[] {
  let out: string;
  try {
    out = execFileSync('node', [path.join(ROOT, 'bin', 'lapkin.js'), 'check', file, '--json'], { encoding: 'utf8' });
  } catch (e) {
    // A check with errors exits non-zero; its JSON is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { findings: CliFinding[] }).findings;
}

let found = 0;
let planted = 0;
let falseTotal = 0;
const names = fs.readdirSync(CORPUS).filter((f) => /^trial-.*\.faults\.json$/.test(f)).map((f) => f.replace('.faults.json', '')).sort();
for (const name of names) {
  const faults = JSON.parse(fs.readFileSync(path.join(CORPUS, `${name}.faults.json`), 'utf8')) as FaultsFile;
  const findings = check(path.join(CORPUS, `${name}.xlsx`));
  const hits = faults.faults.filter((p) =>
    findings.some((f) => f.rule === p.rule && f.sheet === p.sheet && f.cell === p.cell && (p.expected === undefined || f.expected === p.expected)),
  );
  const plantedCells = new Set(faults.faults.map((p) => `${p.sheet}!${p.cell}`));
  const unchecked = new Set(faults.uncheckedSheets ?? []);
  const stray = findings.filter(
    (f) => (f.severity === 'error' || f.severity === 'warning') && !plantedCells.has(`${f.sheet}!${f.cell}`) && !(f.rule === 'sheet-not-checked' && unchecked.has(f.sheet)),
  );
  found += hits.length;
  planted += faults.faults.length;
  falseTotal += stray.length;
  process.stdout.write(`${name.padEnd(28)} recall ${hits.length}/${faults.faults.length}  false ${stray.length}\n`);
  if (verbose) {
    for (const p of faults.faults.filter((x) => !hits.includes(x))) {
      const near = findings.filter((f) => f.sheet === p.sheet && f.cell === p.cell).map((f) => `${f.rule} exp=${f.expected ?? '-'}`);
      process.stdout.write(`   MISSED ${p.rule} ${p.sheet}!${p.cell} exp=${p.expected ?? '-'}  [at cell: ${near.join('; ') || 'nothing'}]\n`);
    }
    for (const f of stray) process.stdout.write(`   FALSE  ${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}\n`);
  }
}
process.stdout.write(`TOTAL recall ${found}/${planted} (${Math.round((found / planted) * 100)} %)  false errors/warnings ${falseTotal}\n`);
