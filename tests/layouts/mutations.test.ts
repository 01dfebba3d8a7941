/**
 * Mutating a trial layout the ways planners' layouts differ must not change what Lapkin finds: a title block added
 * above every sheet (every finding moves down with its row), and headers renamed to listed synonyms (the same cells).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExampleSheet, Row } from '../../scripts/examples/sheet-spec';
import { writeExampleWorkbook } from '../../scripts/examples/write-example';
import type { LayoutCase } from '../../scripts/layouts/case';
import { loadCases, TRIAL_DIR } from '../../scripts/layouts/make-corpus';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { readWorkbook } from '../../src/xlsx/read-workbook';

// Each test writes and reads a workbook; on a loaded machine that alone can pass jest's 5 s default.
jest.setTimeout(60_000);

const cases = loadCases(TRIAL_DIR);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-mutations-'));
/** Rules about the header itself (its cells and words), which these mutations move or rename by design. */
const HEADER_RULES = new Set(['column-choice', 'header-mismatch']);

interface Found {
  rule: string;
  sheet: string;
  cell: string;
  expected?: string;
}
/** sheet-not-checked marks a sheet: where on it (the first used cell, or the header) is no part of the claim. */
const shown = (found: Found[]): string[] =>
  found.map((f) => `${f.rule} ${f.sheet}!${f.rule === 'sheet-not-checked' ? '' : f.cell} ${f.expected ?? ''}`).sort();

async function findingsOf(name: string, sheets: ExampleSheet[]): Promise<Found[]> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeExampleWorkbook(file, sheets);
  const analysis = analyzeWorkbook(await readWorkbook(file));
  return analysis.findings.filter((f) => !HEADER_RULES.has(f.rule)).map(({ rule, sheet, cell, expected }) => ({ rule, sheet, cell, expected }));
}

const TITLE: Row[] = [['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR'], ['Laporan disusun oleh Sub Bagian Perencanaan']];

function shiftRef(ref: string, by: number): string {
  return ref.replace(/([A-Z]+)(\d+)/g, (_, col: string, row: string) => `${col}${Number(row) + by}`);
}

function withTitleBlock(sheet: ExampleSheet): ExampleSheet {
  const by = TITLE.length;
  return {
    ...sheet,
    title: [...TITLE, ...sheet.title],
    // A formula's references move with the rows it sums, as Excel moves them when rows are inserted above.
    rows: sheet.rows.map((row) => row.map((v) => (v !== null && typeof v === 'object' && 'f' in v ? { ...v, f: shiftRef(v.f, by) } : v))),
    headerMerges: sheet.headerMerges?.map((m) => shiftRef(m, by)),
    bodyMerges: sheet.bodyMerges?.map((m) => shiftRef(m, by)),
  };
}

/** Header words and a synonym Lapkin lists for them (README, Layouts Lapkin reads). */
const SYNONYMS: Record<string, string> = {
  Kode: 'Kode Rekening',
  Uraian: 'Nomenklatur',
  'Pagu (Rp)': 'Alokasi (Rp)',
  Pagu: 'Anggaran',
  'Realisasi (Rp)': 'Serapan (Rp)',
  'Capaian (%)': 'Persentase',
  Persentase: '% Capaian',
  'Sisa (Rp)': 'Sisa Anggaran',
};

const renameRow = (row: Row): Row => row.map((v) => (typeof v === 'string' && SYNONYMS[v] ? SYNONYMS[v] : v));
/** A header printed again in the body (a page break) is the header too: renamed with it. */
const isHeaderCopy = (row: Row): boolean => row.filter((v) => typeof v === 'string' && SYNONYMS[v] !== undefined).length >= 2;

function renamed(sheet: ExampleSheet): ExampleSheet {
  return { ...sheet, header: sheet.header.map(renameRow), rows: sheet.rows.map((row) => (isHeaderCopy(row) ? renameRow(row) : row)) };
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (name, layout: LayoutCase) => {
  const original = findingsOf(`${name}-original`, layout.sheets);

  test('a title block added above every sheet moves the findings down with their rows', async () => {
    const mutated = await findingsOf(`${name}-titled`, layout.sheets.map(withTitleBlock));
    expect(shown(mutated)).toEqual(shown((await original).map((f) => ({ ...f, cell: shiftRef(f.cell, TITLE.length) }))));
  });

  test('headers renamed to listed synonyms give the same findings', async () => {
    expect(shown(await findingsOf(`${name}-renamed`, layout.sheets.map(renamed)))).toEqual(shown(await original));
  });
});
