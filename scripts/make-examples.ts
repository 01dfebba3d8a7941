/**
 * Rebuilds the bundled example workbooks: `npm run examples`. Each is restamped with one fixed date on every zip
 * entry (layouts/stable-zip.ts), so a rebuild writes the same bytes and the committed files change only when their
 * content does (tests/golden/examples-stable.test.ts rebuilds them and compares).
 */
import path from 'node:path';
import { BIRO_ORGANISASI } from './examples/biro-organisasi';
import { DINAS_KOMINFO } from './examples/dinas-kominfo';
import { writeExampleWorkbook } from './examples/write-example';
import { restampZip } from './layouts/stable-zip';

export const EXAMPLE_NAMES = {
  biro: 'biro-organisasi-tw1-2024.xlsx',
  dinas: 'dinas-kominfo-tw2-2024.xlsx',
};

export const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');

export const EXAMPLES = {
  biro: path.join(EXAMPLES_DIR, EXAMPLE_NAMES.biro),
  dinas: path.join(EXAMPLES_DIR, EXAMPLE_NAMES.dinas),
};

/** Writes both examples into `dir`; returns their paths. */
export async function writeExamples(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const [name, sheets] of [[EXAMPLE_NAMES.biro, BIRO_ORGANISASI], [EXAMPLE_NAMES.dinas, DINAS_KOMINFO]] as const) {
    const file = path.join(dir, name);
    await writeExampleWorkbook(file, sheets);
    await restampZip(file);
    out.push(file);
  }
  return out;
}

async function main(): Promise<void> {
  const files = await writeExamples(EXAMPLES_DIR);
  process.stdout.write(`${files.join('\n')}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`make-examples: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
