/** The lapkin command as a planner uses it: exit codes, JSON shapes, languages, and one-line errors. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE_BIRO, EXAMPLE_DINAS, lapkin } from './run-cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-cli-'));
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface CheckJson {
  findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
  sheets: { name: string; kind: string }[];
  summary: { errors: number; warnings: number; infos: number; period?: { year: number; quarter: number } };
}

describe('lapkin check', () => {
  it('exits 1 on the example with error findings and prints them grouped by sheet', async () => {
    const r = await lapkin('check', EXAMPLE_BIRO);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Triwulan I Tahun 2024/);
    expect(r.stdout).toMatch(/T3\.1 Realisasi \(\d+\)/);
    expect(r.stdout).toMatch(/D19\s+Format angka salah/);
    expect(r.stdout).toMatch(/seharusnya: 375\.000\.000|saran: 375\.000\.000/);
    expect(r.stdout).toMatch(/\d+ temuan: \d+ kesalahan, \d+ peringatan, \d+ info/);
  });

  it('--json gives findings, sheets with kinds, and a summary whose counts match the findings', async () => {
    const r = await lapkin('check', EXAMPLE_BIRO, '--json');
    const out = JSON.parse(r.stdout) as CheckJson;
    expect(out.sheets).toContainEqual({ name: 'T3.1 Realisasi', kind: 'tabel-3.1' });
    expect(out.sheets).toContainEqual({ name: 'Kelembagaan', kind: 'detail' });
    expect(out.sheets).toContainEqual({ name: 'Capaian PK', kind: 'capaian-pk' });
    expect(out.sheets).toContainEqual({ name: 'Kegiatan RB AK', kind: 'kegiatan' });
    expect(out.sheets).toContainEqual({ name: 'PK 2024', kind: 'target-pk' });
    expect(out.summary.errors).toBe(out.findings.filter((f) => f.severity === 'error').length);
    expect(out.summary.warnings).toBe(out.findings.filter((f) => f.severity === 'warning').length);
    expect(out.summary.period).toEqual({ year: 2024, quarter: 1 });
    for (const f of out.findings) {
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.message).not.toMatch(/\n/);
    }
  });

  it('says beside the counts how many sheets were not checked, in the summary line and the JSON', async () => {
    const unmappable = path.join(__dirname, '..', 'fixtures', 'layouts', 'layout-unmappable.xlsx');
    const text = await lapkin('check', unmappable);
    expect(text.stdout).toMatch(/\d+ temuan: \d+ kesalahan, \d+ peringatan, \d+ info; 2 sheet tidak diperiksa\n$/);
    const en = await lapkin('check', unmappable, '--lang', 'en');
    expect(en.stdout).toMatch(/; 2 sheets not checked\n$/);
    const json = JSON.parse((await lapkin('check', unmappable, '--json')).stdout) as CheckJson & { summary: { sheetsNotChecked: number } };
    expect(json.summary.sheetsNotChecked).toBe(2);
    const biro = JSON.parse((await lapkin('check', EXAMPLE_BIRO, '--json')).stdout) as CheckJson & { summary: { sheetsNotChecked: number } };
    expect(biro.summary.sheetsNotChecked).toBe(0);
  });

  it('--lang en writes the messages in English', async () => {
    const id = JSON.parse((await lapkin('check', EXAMPLE_BIRO, '--json')).stdout) as CheckJson;
    const en = JSON.parse((await lapkin('check', EXAMPLE_BIRO, '--json', '--lang', 'en')).stdout) as CheckJson;
    expect(en.findings.map((f) => [f.rule, f.cell])).toEqual(id.findings.map((f) => [f.rule, f.cell]));
    const sumId = id.findings.find((f) => f.rule === 'sum-mismatch');
    const sumEn = en.findings.find((f) => f.rule === 'sum-mismatch');
    expect(sumEn?.message).not.toBe(sumId?.message);
    expect((await lapkin('check', EXAMPLE_BIRO, '--lang', 'en')).stdout).toMatch(/\d+ findings: \d+ errors/);
  });

  it('--quarter overrides the detected period and moves the date rule with it', async () => {
    const q1 = JSON.parse((await lapkin('check', EXAMPLE_DINAS, '--json')).stdout) as CheckJson;
    const q3 = JSON.parse((await lapkin('check', EXAMPLE_DINAS, '--json', '--quarter', 'III')).stdout) as CheckJson;
    expect(q1.summary.period).toEqual({ year: 2024, quarter: 2 });
    expect(q3.summary.period).toEqual({ year: 2024, quarter: 3 });
    const julyQ2 = q1.findings.filter((f) => f.rule === 'date-out-of-period' && f.sheet === 'Jadwal Kegiatan');
    const julyQ3 = q3.findings.filter((f) => f.rule === 'date-out-of-period' && f.sheet === 'Jadwal Kegiatan');
    expect(julyQ2.map((f) => f.cell)).toContain('C7');
    expect(julyQ3.map((f) => f.cell)).not.toContain('C7');
  });
});

describe('lapkin errors: one line, exit 2, no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['missing file', ['check', path.join(tmp, 'tidak-ada.xlsx')], /tidak ditemukan|tidak dapat dibaca/],
    ['not an xlsx', ['check', __filename], /xlsx/i],
    ['unknown option', ['check', EXAMPLE_BIRO, '--tahun', '2024'], /opsi tidak dikenal: --tahun/],
    ['bad quarter', ['check', EXAMPLE_BIRO, '--quarter', '5'], /--quarter harus 1–4/],
    ['bad lang', ['check', EXAMPLE_BIRO, '--lang', 'fr'], /--lang harus id atau en/],
    ['no file', ['check'], /^lapkin: perintah check perlu nama berkas \.xlsx$/m],
    ['unknown command', ['periksa', EXAMPLE_BIRO], /perintah tidak dikenal: periksa/],
    ['output is input', ['report', EXAMPLE_BIRO, '-o', EXAMPLE_BIRO], /tidak menulis ke workbook sumber/],
  ];
  it.each(cases)('%s', async (_label, argv, message) => {
    const r = await lapkin(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\s+at\s+\S+\s+\(/);
  });

  it('speaks English when asked, even for errors', async () => {
    const r = await lapkin('check', EXAMPLE_BIRO, '--quarter', 'V', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--quarter must be 1–4/);
  });

  it('a broken mapping file is one clear line', async () => {
    const bad = path.join(tmp, 'bad-mapping.json');
    fs.writeFileSync(bad, '{ "version": 1, "sheets": [ { "sheet": "T3.1 Realisasi", "kind": "tabel-9" } ] }');
    const r = await lapkin('check', EXAMPLE_BIRO, '--mapping', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-mapping\.json/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('lapkin map and --mapping', () => {
  it('prints the detected mapping, and an edited one changes how a sheet is read', async () => {
    const r = await lapkin('map', EXAMPLE_BIRO);
    expect(r.code).toBe(0);
    const mapping = JSON.parse(r.stdout) as { sheets: { sheet: string; kind: string; columns: { column: string; role: string }[] }[] };
    const t31 = mapping.sheets.find((s) => s.sheet === 'T3.1 Realisasi');
    expect(t31?.kind).toBe('tabel-3.1');
    expect(t31?.columns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: 'A', role: 'kode' }),
        expect.objectContaining({ column: 'C', role: 'pagu' }),
        expect.objectContaining({ column: 'D', role: 'realisasi' }),
        expect.objectContaining({ column: 'E', role: 'capaian' }),
      ]),
    );
    // The planner tells Lapkin the Tabel 3.1 sheet is nothing to check: its findings go.
    if (t31) t31.kind = 'unknown';
    const edited = path.join(tmp, 'mapping.json');
    fs.writeFileSync(edited, JSON.stringify(mapping));
    const before = JSON.parse((await lapkin('check', EXAMPLE_BIRO, '--json')).stdout) as CheckJson;
    const after = JSON.parse((await lapkin('check', EXAMPLE_BIRO, '--json', '--mapping', edited)).stdout) as CheckJson;
    expect(before.findings.some((f) => f.sheet === 'T3.1 Realisasi')).toBe(true);
    expect(after.findings.some((f) => f.sheet === 'T3.1 Realisasi')).toBe(false);
    expect(after.sheets).toContainEqual({ name: 'T3.1 Realisasi', kind: 'unknown' });
  });

  it('marks the columns the sheet hides, in the JSON and in the readable view, from the sheet even for an older saved mapping', async () => {
    const hiddenColumns = path.join(__dirname, '..', 'fixtures', 'layouts', 'layout-hidden-columns.xlsx');
    const id = await lapkin('map', hiddenColumns);
    expect(id.code).toBe(0);
    type Mapped = { sheets: { sheet: string; columns: { column: string; role: string; hidden?: boolean }[] }[] };
    const mapping = JSON.parse(id.stdout) as Mapped;
    const sheet = mapping.sheets.find((s) => s.sheet === 'Realisasi TW II');
    expect(sheet?.columns.filter((c) => c.hidden).map((c) => `${c.column} ${c.role}`)).toEqual(['C paguMurni', 'E ignore']);
    // The readable view goes to stderr (stdout stays the JSON to edit): one line per column, the hidden ones marked.
    const lines = id.stderr.split('\n');
    expect(lines).toContain("  E  ignore     'Realisasi s.d. TW I'  (kolom tersembunyi)");
    expect(lines).toContain("  C  paguMurni  'Anggaran Murni'  (kolom tersembunyi)");
    expect(lines).toContain("  F  realisasi  'Realisasi s.d. TW II'");
    const en = await lapkin('map', hiddenColumns, '--lang', 'en');
    expect(en.stderr.split('\n')).toContain("  E  ignore     'Realisasi s.d. TW I'  (hidden column)");
    expect(en.stdout).toBe(id.stdout);

    // A mapping saved before the mark (no "hidden"), reading the hidden E as the realisasi: loads, and E is marked from the sheet.
    for (const c of sheet?.columns ?? []) {
      delete c.hidden;
      if (c.column === 'E') c.role = 'realisasi';
      if (c.column === 'F') c.role = 'ignore';
    }
    const older = path.join(tmp, 'older-mapping.json');
    fs.writeFileSync(older, JSON.stringify(mapping));
    const reread = await lapkin('map', hiddenColumns, '--mapping', older);
    expect(reread.code).toBe(0);
    expect(reread.stderr.split('\n')).toContain("  E  realisasi  'Realisasi s.d. TW I'  (kolom tersembunyi)");
    const again = (JSON.parse(reread.stdout) as Mapped).sheets.find((s) => s.sheet === 'Realisasi TW II');
    expect(again?.columns.filter((c) => c.hidden).map((c) => c.column)).toEqual(['C', 'E']);
    expect((await lapkin('check', hiddenColumns, '--mapping', older)).code).not.toBe(2);
  });
});

describe('lapkin report', () => {
  it('writes a copy plus the report sheets, never touches the input, and replaces only its own sheets on a re-run', async () => {
    const input = path.join(tmp, 'biro.xlsx');
    fs.copyFileSync(EXAMPLE_BIRO, input);
    const hash = sha(input);
    const out1 = path.join(tmp, 'laporan-1.xlsx');
    const r1 = await lapkin('report', input, '-o', out1, '--json');
    expect(r1.code).toBe(1);
    const res1 = JSON.parse(r1.stdout) as { output: string; sheets: { name: string; kind: string }[] };
    expect(res1.output).toBe(out1);
    expect(res1.sheets.map((s) => s.kind)).toEqual(expect.arrayContaining(['tabel-3.1', 'detail', 'capaian-pk', 'temuan']));
    expect(sha(input)).toBe(hash);

    // Running again on the report replaces Lapkin's sheets, keeps the planner's.
    const out2 = path.join(tmp, 'laporan-2.xlsx');
    const r2 = await lapkin('report', out1, '-o', out2, '--json');
    const res2 = JSON.parse(r2.stdout) as { sheets: { name: string }[] };
    const wb1 = new ExcelJS.Workbook();
    await wb1.xlsx.readFile(out1);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(out2);
    expect(wb2.worksheets.map((w) => w.name).sort()).toEqual(wb1.worksheets.map((w) => w.name).sort());
    expect(res2.sheets.map((s) => s.name)).toEqual(res1.sheets.map((s) => s.name));
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(EXAMPLE_BIRO);
    for (const ws of src.worksheets) {
      const copy = wb2.getWorksheet(ws.name);
      expect(copy).toBeDefined();
      ws.eachRow((row, r) => row.eachCell((cell, c) => expect(copy?.getCell(r, c).value).toEqual(cell.value)));
    }
  });
});
