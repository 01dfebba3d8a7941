/**
 * `npm run examples` writes the same bytes every run, and the committed examples are what it writes: rebuilding
 * them into a fresh folder gives files identical to examples/*.xlsx, so a change to the generator that changes an
 * example shows up here (and in the golden findings), never as a silent drift of the committed files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLES_DIR, writeExamples } from '../../scripts/make-examples';

test('rebuilding the examples gives the committed bytes, twice over', async () => {
  const first = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-examples-'));
  const second = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-examples-'));
  const a = await writeExamples(first);
  const b = await writeExamples(second);
  expect(a.map((f) => path.basename(f))).toEqual(['biro-organisasi-tw1-2024.xlsx', 'dinas-kominfo-tw2-2024.xlsx']);
  a.forEach((file, i) => {
    const bytes = fs.readFileSync(file);
    expect(bytes.equals(fs.readFileSync(b[i]))).toBe(true);
    expect(bytes.equals(fs.readFileSync(path.join(EXAMPLES_DIR, path.basename(file))))).toBe(true);
  });
});
