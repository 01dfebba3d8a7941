/**
 * One word for one thing: the glossary has both languages for every sheet kind, report sheet and severity,
 * and the command line shows those words (never a raw id such as "tabel-3.1" or "sum-mismatch") in the
 * language asked for, as the Temuan sheet it writes does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { REPORT_SHEET_WORDS, SEVERITY_WORDS, SHEET_KIND_WORDS, SHEET_KINDS } from '../../src/domain/glossary';
import { RULES } from '../../src/domain/rules/registry';
import type { Lang } from '../../src/domain/settings';
import { EXAMPLE_BIRO, EXAMPLE_DINAS, lapkin } from './run-cli';

const LANGS: Lang[] = ['id', 'en'];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-one-voice-'));
/** Ids that are no ordinary word ("kegiatan", "detail" are both an id and Indonesian). */
const RAW_IDS = [...SHEET_KINDS, ...RULES.map((r) => r.id)].filter((id) => id.includes('-'));

describe('the glossary', () => {
  it.each(LANGS)('names every sheet kind, report sheet and severity in %s, each with its own word', (lang) => {
    for (const words of [SHEET_KIND_WORDS[lang], REPORT_SHEET_WORDS[lang], SEVERITY_WORDS[lang]]) {
      const values = Object.values(words);
      for (const w of values) expect(w.trim()).not.toBe('');
      expect(new Set(values).size).toBe(values.length);
    }
    expect(Object.keys(SHEET_KIND_WORDS[lang]).sort()).toEqual([...SHEET_KINDS].sort());
  });
});

describe.each(LANGS)('lapkin in %s', (lang) => {
  it.each([
    ['biro-organisasi', EXAMPLE_BIRO],
    ['dinas-kominfo', EXAMPLE_DINAS],
  ])('report on %s lists sheets and findings in glossary words, never raw ids', async (label, input) => {
    const out = path.join(tmp, `${label}-${lang}.xlsx`);
    const r = await lapkin('report', input, '-o', out, '--lang', lang);
    const words = (text: string): string[] => text.split(/[\s()]+/).filter(Boolean);
    for (const id of RAW_IDS) expect(words(r.stdout)).not.toContain(id);

    // The written sheets, each with what it holds.
    const lines = r.stdout.split('\n');
    const written = lines.findIndex((l) => l.startsWith(lang === 'en' ? 'Report written to: ' : 'Laporan ditulis ke: '));
    const listing = lines.slice(written + 1).filter(Boolean);
    expect(listing.length).toBeGreaterThanOrEqual(3);
    for (const line of listing) expect(Object.values(REPORT_SHEET_WORDS[lang]).some((w) => line.trimEnd().endsWith(`  ${w}`))).toBe(true);
    expect(listing.some((l) => l.endsWith(REPORT_SHEET_WORDS[lang].temuan))).toBe(true);

    // The severities and rule labels the terminal prints are the ones the Temuan sheet holds.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const temuan = book.worksheets.find((w) => w.name === (lang === 'en' ? 'Lapkin Findings' : 'Lapkin Temuan'))!;
    const sheetWords = new Set<string>();
    for (let row = 7; temuan.getCell(`A${row}`).value !== null; row++) {
      sheetWords.add(String(temuan.getCell(`D${row}`).value));
      sheetWords.add(String(temuan.getCell(`E${row}`).value));
    }
    expect(sheetWords.size).toBeGreaterThan(2);
    for (const w of sheetWords) {
      const severity = Object.values(SEVERITY_WORDS[lang]).includes(w);
      expect(r.stdout).toContain(severity ? w.toUpperCase() : w);
    }
  });
});
