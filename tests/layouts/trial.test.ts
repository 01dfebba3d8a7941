/**
 * The blind-trial workbooks (scripts/layouts/trial/): layouts of units the first corpus did not cover, checked by
 * corpus.test.ts like every other; here what makes them a trial, and the pieces of the generator they rely on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { corpusNames, faultsOf } from './corpus-kit';
import { restampZip } from '../../scripts/layouts/stable-zip';
import { writeExampleWorkbook } from '../../scripts/examples/write-example';
import { loadCases, TRIAL_DIR } from '../../scripts/layouts/make-corpus';

const trial = corpusNames().filter((n) => n.startsWith('trial-'));

test('at least ten trial workbooks, each with faults planted of several rules', () => {
  expect(trial.length).toBeGreaterThanOrEqual(10);
  const rules = new Set(trial.flatMap((n) => faultsOf(n).faults.map((f) => f.rule)));
  for (const rule of ['sum-mismatch', 'percent-mismatch', 'over-budget', 'duplicate-code', 'months-sum-mismatch', 'sisa-mismatch', 'kategori-mismatch', 'date-order', 'date-out-of-period']) {
    expect(rules).toContain(rule);
  }
});

test('every trial case in scripts/layouts/trial/cases/ has its workbook in the corpus', () => {
  expect(loadCases(TRIAL_DIR).map((c) => c.name).sort()).toEqual(trial);
});

test('a restamped workbook carries one fixed date on every entry, so rebuilding it gives the same bytes', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-zip-')), 'x.xlsx');
  await writeExampleWorkbook(file, [{ name: 'S', title: [], header: [['Kode', 'Pagu']], rows: [['4.01.02', 1000]] }]);
  await restampZip(file);
  const first = fs.readFileSync(file);
  const zip = await JSZip.loadAsync(first);
  const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
  expect([...dates]).toEqual(['2024-04-01T00:00:00.000Z']);
  await restampZip(file);
  expect(fs.readFileSync(file).equals(first)).toBe(true);
});
