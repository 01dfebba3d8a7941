/**
 * `npm run demo`: the main job on the bundled example workbook — print the findings and write the report
 * workbook to out/. Error findings are the point of the demo, so they do not fail the npm script (exit 1 → 0);
 * an unreadable file or a crash still does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../src/cli/run';

const root = path.join(__dirname, '..');
const input = path.join(root, 'examples', 'biro-organisasi-tw1-2024.xlsx');
const output = path.join(root, 'out', 'biro-organisasi-tw1-2024-laporan.xlsx');

async function main(): Promise<number> {
  fs.mkdirSync(path.dirname(output), { recursive: true });
  const lang = process.argv.includes('en') ? 'en' : 'id';
  const code = await run(['report', input, '-o', output, '--lang', lang], { stdout: process.stdout, stderr: process.stderr });
  return code === 1 ? 0 : code;
}

main().then((code) => (process.exitCode = code));
