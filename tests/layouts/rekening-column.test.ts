/**
 * A Kode Rekening column beside the Kode column (layout-rekening-column): the findings stay the same whichever of the
 * two comes first and whatever the rekening column is headed ("No. Rekening", "Rekening", "Kode Akun").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Row } from '../../scripts/examples/sheet-spec';
import { writeExampleWorkbook } from '../../scripts/examples/write-example';
import type { LayoutCase } from '../../scripts/layouts/case';
import layout from '../../scripts/layouts/cases/layout-rekening-column';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { readWorkbook } from '../../src/xlsx/read-workbook';

jest.setTimeout(60_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-rekening-'));

async function found(c: LayoutCase, tag: string): Promise<string[]> {
  const file = path.join(dir, `${tag}.xlsx`);
  await writeExampleWorkbook(file, c.sheets);
  const analysis = analyzeWorkbook(await readWorkbook(file), { settings: c.period ? { period: c.period } : {} });
  return analysis.findings.filter((f) => f.rule !== 'column-choice').map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected ?? ''}`).sort();
}

const planted = layout.faults.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected ?? ''}`).sort();

function variant(edit: (header: Row, rows: Row[]) => void): LayoutCase {
  const c = structuredClone(layout);
  const sheet = c.sheets[0];
  edit(sheet.header[0], sheet.rows);
  return c;
}

test('the layout as built: exactly its planted faults', async () => {
  expect(await found(layout, 'as-built')).toEqual(planted);
});

test('the Kode Rekening column first', async () => {
  const swap = (r: Row): void => {
    [r[0], r[1]] = [r[1], r[0]];
  };
  expect(await found(variant((header, rows) => [header, ...rows].forEach(swap)), 'swapped')).toEqual(planted);
});

test.each(['No. Rekening', 'Rekening', 'Kode Akun'])('the rekening column headed "%s"', async (words) => {
  expect(await found(variant((header) => (header[1] = words)), words.replace(/\W/g, ''))).toEqual(planted);
});
