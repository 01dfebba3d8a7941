/**
 * Uncoded belanja group rows over kode rekening lines (layout-rekening-uncoded-groups): a group is one by what it is,
 * so a wrong group sum is reported on the group, whichever way the planner wrote the group's name — upper case,
 * with its level's word ("Jenis Belanja …"), or with its code in the uraian ("5.1.02 Belanja Barang dan Jasa").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeExampleWorkbook } from '../../scripts/examples/write-example';
import type { LayoutCase } from '../../scripts/layouts/case';
import layout from '../../scripts/layouts/cases/layout-rekening-uncoded-groups';
import { GROUP_NAMES } from '../../scripts/layouts/rekening-kit';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { readWorkbook } from '../../src/xlsx/read-workbook';

jest.setTimeout(60_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-uncoded-groups-'));

async function found(c: LayoutCase, tag: string): Promise<string[]> {
  const file = path.join(dir, `${tag}.xlsx`);
  await writeExampleWorkbook(file, c.sheets);
  const analysis = analyzeWorkbook(await readWorkbook(file), { settings: c.period ? { period: c.period } : {} });
  return analysis.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected ?? ''}`).sort();
}

const planted = layout.faults.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected ?? ''}`).sort();
const codeOfName = new Map(Object.entries(GROUP_NAMES).map(([code, name]) => [name, code]));

/** The case with every uncoded group's name rewritten. */
function renamed(write: (name: string, code: string) => string): LayoutCase {
  const c = structuredClone(layout);
  for (const row of c.sheets[0].rows) {
    const name = row[1];
    const code = typeof name === 'string' ? codeOfName.get(name) : undefined;
    if (row[0] === '' && typeof name === 'string' && (code !== undefined || name === 'Belanja Operasi')) row[1] = write(name, code ?? '5.1');
  }
  return c;
}

test('the layout as built: exactly its planted faults, nothing else above info', async () => {
  expect(await found(layout, 'as-built')).toEqual(planted);
});

test.each([
  ['upper case', (name: string) => name.toUpperCase()],
  ['the level word before it', (name: string, code: string) => `${code.split('.').length === 2 ? 'Kelompok' : 'Jenis'} ${name}`],
  ['the code before it in the uraian', (name: string, code: string) => `${code} ${name}`],
  ['the code after it in brackets', (name: string, code: string) => `${name} (${code})`],
])('group names written %s', async (tag, write) => {
  expect(await found(renamed(write), tag.replace(/\W/g, ''))).toEqual(planted);
});
