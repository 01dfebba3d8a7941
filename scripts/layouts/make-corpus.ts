/**
 * Rebuilds the layouts corpus: `npm run layouts`. Every scripts/layouts/cases/*.ts default-exports a LayoutCase
 * (or a list of them); each becomes tests/fixtures/layouts/<name>.xlsx, written by the bundled examples' writer,
 * and <name>.faults.json beside it (what tests/layouts/corpus.test.ts expects Lapkin to find there).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LayoutCase } from './case';
import { writeExampleWorkbook } from '../examples/write-example';
import { restampZip } from './stable-zip';

export const CASES_DIR = path.join(__dirname, 'cases');
/** The blind-trial workbooks (scripts/layouts/trial/): layouts written to differ from the cases above. */
export const TRIAL_DIR = path.join(__dirname, 'trial', 'cases');
export const CORPUS_DIR = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'layouts');

/** What <name>.faults.json holds: the case without its sheet data. */
export type FaultsFile = Omit<LayoutCase, 'sheets'>;

/** Every case of scripts/layouts/cases/, in file-name order. */
export function loadCases(dir = CASES_DIR): LayoutCase[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  return files.flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(path.join(dir, file)) as { default: LayoutCase | LayoutCase[] };
    return Array.isArray(loaded.default) ? loaded.default : [loaded.default];
  });
}

export function faultsFileOf(c: LayoutCase): FaultsFile {
  const { sheets: _sheets, ...rest } = c;
  return rest;
}

async function main(): Promise<void> {
  fs.mkdirSync(CORPUS_DIR, { recursive: true });
  const names = new Set<string>();
  for (const c of [...loadCases(), ...loadCases(TRIAL_DIR)]) {
    if (names.has(c.name)) throw new Error(`two cases are named ${c.name}`);
    names.add(c.name);
    const file = path.join(CORPUS_DIR, `${c.name}.xlsx`);
    await writeExampleWorkbook(file, c.sheets);
    await restampZip(file);
    fs.writeFileSync(path.join(CORPUS_DIR, `${c.name}.faults.json`), `${JSON.stringify(faultsFileOf(c), null, 2)}\n`);
    process.stdout.write(`${c.name}\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`make-corpus: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
