/**
 * The hostile corpus (scripts/hostile/make-hostile.ts, generated into a temporary folder) through the
 * built CLI, each run in a child process with a capped heap and a timeout: it must end by itself, with
 * the exit code and the one line expected, and its peak memory (reported by the child) stays bounded.
 * Build first: npx tsc -p tsconfig.cli.json.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeHostile } from '../../scripts/hostile/make-hostile';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { ROOT, runNode, type ChildResult, CLI } from './child';

const TIMEOUT_MS = 60_000;
const HEAP_MIB = 512;
/** Peak resident memory allowed: the heap cap plus one capped part's buffer and its text. */
const MAX_RSS_MIB = 1400;

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-hostile-'));
  files = await writeHostile(dir);
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function lapkinChild(args: string[]): ChildResult & { maxRssMiB: number } {
  const rssFile = path.join(dir, `rss-${Math.random().toString(36).slice(2)}.json`);
  const r = runNode(['-r', path.join(ROOT, 'scripts', 'bench', 'rss-on-exit.cjs'), CLI, ...args], {
    timeoutMs: TIMEOUT_MS,
    heapMiB: HEAP_MIB,
    env: { LAPKIN_BENCH_OUT: rssFile },
  });
  const maxRssMiB = fs.existsSync(rssFile) ? (JSON.parse(fs.readFileSync(rssFile, 'utf8')) as { maxRssKiB: number }).maxRssKiB / 1024 : Infinity;
  fs.rmSync(rssFile, { force: true });
  return { ...r, maxRssMiB };
}

function expectEnded(r: ReturnType<typeof lapkinChild>): void {
  expect(r.timedOut).toBe(false);
  expect(r.signal).toBeNull();
  expect(r.maxRssMiB).toBeLessThan(MAX_RSS_MIB);
  expect(r.stderr).not.toMatch(/\s+at\s+\S+\s+\(|FATAL|heap/i);
}

/** Refused: exit 2, one line in each language, by check and by report (which writes nothing). */
const REFUSED: [string, RegExp, RegExp][] = [
  ['row-2000000000.xlsx', /sel di baris 2000000000, kolom 1 di luar batas Excel/, /a cell at row 2000000000, column 1 is outside Excel's grid/],
  ['row-100000000.xlsx', /sel di baris 100000000, kolom 1 di luar batas Excel/, /outside Excel's grid/],
  ['column-near-1e9.xlsx', /kolom 16385 di luar batas Excel/, /column 16385 is outside Excel's grid/],
  ['column-16385.xlsx', /kolom 16385 di luar batas Excel/, /outside Excel's grid/],
  ['zip-bomb-2gib.xlsx', /sheet1\.xml terurai lebih dari 256 MiB/, /inflates to more than 256 MiB/],
  ['zip-bomb-2gib-lying.xlsx', /sheet1\.xml terurai lebih dari 256 MiB/, /inflates to more than 256 MiB/],
  ['zip-bomb-total.xlsx', /isi berkas terurai lebih dari 512 MiB/, /the contents inflate to more than 512 MiB/],
  ['long-cell-text.xlsx', /teks sel sepanjang 40000 karakter/, /more than Excel's limit of 32767/],
  ['workbook-invalid-utf8.xlsx', /rusak.*workbook\.xml bukan teks UTF-8 yang sah/, /damaged/],
  ['workbook-garbage.xlsx', /tidak memuat sheet yang dapat dibaca/, /no sheet that can be read/],
  ['workbook-no-sheets.xlsx', /tidak memuat sheet yang dapat dibaca/, /no sheet that can be read/],
  ['sheet-invalid-utf8.xlsx', /rusak.*sheet1\.xml bukan teks UTF-8 yang sah/, /damaged/],
  ['dtd-entities.xlsx', /rusak.*DTD .* tidak diizinkan/, /damaged.*DTD .* is not allowed/],
  ['dot-dot-part-name.xlsx', /rusak.*nama bagian tidak aman "\.\.\/\.\.\/etc/, /damaged.*unsafe part name/],
  ['zip64.xlsx', /format ZIP64 tidak didukung/, /the ZIP64 format is not supported/],
  ['parts-12000.xlsx', /12005 bagian di dalam zip, lebih dari 10000/, /12005 parts in the zip, more than 10000/],
  ['encrypted.xlsx', /dilindungi kata sandi/, /password-protected/],
  ['old-format.xls.xlsx', /format Excel lama/, /old Excel format/],
  ['not-a-zip.xlsx', /bukan workbook Excel \.xlsx/, /not an Excel \.xlsx workbook/],
];

describe('hostile workbooks are refused with one line, exit 2, in bounded time and memory', () => {
  it.each(REFUSED)('%s', (name, id, en) => {
    const file = files[name];
    const check = lapkinChild(['check', file]);
    expectEnded(check);
    expect(check.status).toBe(2);
    expect(check.stdout).toBe('');
    expect(check.stderr).toMatch(/^lapkin: [^\n]+\n$/);
    expect(check.stderr).toMatch(id);
    expect(check.stderr).not.toMatch(UNSAFE);

    const english = lapkinChild(['check', file, '--lang', 'en']);
    expectEnded(english);
    expect(english.status).toBe(2);
    expect(english.stderr).toMatch(/^lapkin: [^\n]+\n$/);
    expect(english.stderr).toMatch(en);

    const out = path.join(dir, `${name}-laporan.xlsx`);
    const report = lapkinChild(['report', file, '-o', out]);
    expectEnded(report);
    expect(report.status).toBe(2);
    expect(report.stderr).toMatch(id);
    expect(fs.existsSync(out)).toBe(false);
  }, 4 * TIMEOUT_MS);
});

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('hostile but readable workbooks are checked and reported to the end', () => {
  it.each([
    ['columns-16384.xlsx', 0],
    ['last-cell-of-grid.xlsx', 0],
    ['parts-5000.xlsx', 0],
    ['whole-sheet-merge-blank.xlsx', 0],
    ['whole-sheet-merge-tabel.xlsx', 0],
    ['dots-and-spaces-amounts.xlsx', 1],
    ['terminal-escapes.xlsx', 0],
    ['mark-shaped-names.xlsx', 1],
  ])('%s', (name, code) => {
    const file = files[name];
    const before = sha(file);
    const r = lapkinChild(['check', file]);
    expectEnded(r);
    expect(r.status).toBe(code);
    expect(r.stdout).toMatch(/\d+ temuan: \d+ kesalahan/);
    expect(r.stdout).not.toMatch(UNSAFE);

    const out = path.join(dir, `${name}-laporan.xlsx`);
    const report = lapkinChild(['report', file, '-o', out, '--json']);
    expectEnded(report);
    expect(report.status).toBe(code);
    expect(report.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('lapkin: '))).toEqual([]);
    expect((JSON.parse(report.stdout) as { output: string }).output).toBe(out);
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(sha(file)).toBe(before);
  }, 4 * TIMEOUT_MS);

  it("names shaped like Lapkin's marks do not make the planner's sheets Lapkin's: checked, and kept by report", async () => {
    const file = files['mark-shaped-names.xlsx'];
    const check = lapkinChild(['check', file, '--json']);
    expectEnded(check);
    const { findings } = JSON.parse(check.stdout) as { findings: { sheet: string }[] };
    expect(findings.some((f) => f.sheet === 'T3.1 Realisasi')).toBe(true);

    const out = path.join(dir, 'mark-shaped-names-2.xlsx');
    const report = lapkinChild(['report', file, '-o', out]);
    expectEnded(report);
    // The one forged with a valid checksum points at the planner's Capaian PK, whose cells Lapkin did not write: kept, and said so.
    expect(report.stderr).toMatch(/^lapkin: "Capaian PK" dipertahankan: [^\n]+\n$/);
    const sheets = (await readWorkbook(out)).map((g) => g.name);
    expect(sheets).toEqual(expect.arrayContaining(['PK 2024', 'T3.1 Realisasi', 'Capaian PK', 'Catatan']));
    const notes = (await readWorkbook(out)).find((g) => g.name === 'Catatan');
    expect(notes?.rows[0]?.[0]?.value).toBe('Catatan perencana: jangan dihapus');
  }, 4 * TIMEOUT_MS);

  it('the dots-and-spaces Tabel 3.1 is reported as text that is not a number', () => {
    const r = lapkinChild(['check', files['dots-and-spaces-amounts.xlsx'], '--json']);
    expectEnded(r);
    const { findings } = JSON.parse(r.stdout) as { findings: { sheet: string; cell: string; rule: string }[] };
    expect(findings.filter((f) => f.sheet === 'T3.1 Realisasi' && ['D9', 'E9'].includes(f.cell)).length).toBeGreaterThan(0);
  }, 2 * TIMEOUT_MS);

  it('escapes in a sheet name are written out, not sent to the terminal', () => {
    const r = lapkinChild(['check', files['terminal-escapes.xlsx']]);
    expect(r.stdout).toContain('\\x1B]52;c;aGFjaw==\\x07\\x9B2J\\u{202E}Tabel');
  });
});
