/** Rebuilds the bundled example workbooks: `npm run examples`. */
import path from 'node:path';
import { BIRO_ORGANISASI } from './examples/biro-organisasi';
import { DINAS_KOMINFO } from './examples/dinas-kominfo';
import { writeExampleWorkbook } from './examples/write-example';

export const EXAMPLES = {
  biro: path.join(__dirname, '..', 'examples', 'biro-organisasi-tw1-2024.xlsx'),
  dinas: path.join(__dirname, '..', 'examples', 'dinas-kominfo-tw2-2024.xlsx'),
};

async function main(): Promise<void> {
  await writeExampleWorkbook(EXAMPLES.biro, BIRO_ORGANISASI);
  await writeExampleWorkbook(EXAMPLES.dinas, DINAS_KOMINFO);
  process.stdout.write(`${EXAMPLES.biro}\n${EXAMPLES.dinas}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`make-examples: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
