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

async function analyzed(c: LayoutCase, tag: string, lang: 'id' | 'en' = 'id') {
  const file = path.join(dir, `${tag}.xlsx`);
  await writeExampleWorkbook(file, c.sheets);
  return analyzeWorkbook(await readWorkbook(file), { settings: { lang, ...(c.period ? { period: c.period } : {}) } });
}

async function found(c: LayoutCase, tag: string): Promise<string[]> {
  const analysis = await analyzed(c, tag);
  return analysis.findings.filter((f) => f.rule !== 'column-choice').map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected ?? ''}`).sort();
}

/** The column-choice notes' messages. */
async function choiceNotes(c: LayoutCase, tag: string, lang: 'id' | 'en'): Promise<string[]> {
  return (await analyzed(c, `${tag}-${lang}`, lang)).findings.filter((f) => f.rule === 'column-choice').map((f) => `${f.cell}: ${f.message}`);
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

describe('the column-choice note says the other code column is read, not passed over', () => {
  test('as built: the Kode Rekening column read as the kode rekening under each sub kegiatan', async () => {
    expect(await choiceNotes(layout, 'note', 'id')).toEqual([
      "A5: Kode dibaca dari kolom A ('Kode'): kedua kolom kode dibaca, kolom ini lebih dulu; kolom B ('Kode Rekening') dibaca sebagai kode rekening di bawah tiap sub kegiatan.",
    ]);
    expect(await choiceNotes(layout, 'note', 'en')).toEqual([
      "A5: Kode read from column A ('Kode'): both code columns are read, this one first; column B ('Kode Rekening') read as the kode rekening of the lines under each sub kegiatan.",
    ]);
  });

  test.each(['No. Rekening', 'Kode Akun'])('headed "%s"', async (words) => {
    const [note] = await choiceNotes(variant((header) => (header[1] = words)), `note-${words.replace(/\W/g, '')}`, 'id');
    expect(note).toContain(`kolom B ('${words}') dibaca sebagai kode rekening di bawah tiap sub kegiatan`);
    expect(note).not.toMatch(/dilewati/);
  });

  test('the Kode Rekening column first: the Kode column read where it is blank', async () => {
    const swap = (r: Row): void => {
      [r[0], r[1]] = [r[1], r[0]];
    };
    const c = variant((header, rows) => [header, ...rows].forEach(swap));
    expect(await choiceNotes(c, 'note-swapped', 'id')).toEqual([
      "A5: Kode dibaca dari kolom A ('Kode Rekening'): kedua kolom kode dibaca, kolom ini lebih dulu; kolom B ('Kode') dibaca pada baris yang kolom A-nya kosong (kode program, kegiatan, sub kegiatan).",
    ]);
    const [en] = await choiceNotes(c, 'note-swapped', 'en');
    expect(en).toContain("column B ('Kode') read on the rows where column A is blank (the programme, kegiatan and sub kegiatan codes)");
  });
});
