/**
 * The input is never written and a failed write leaves nothing half done: links and other spellings of
 * the input are refused, and a write that fails (full disk, no permission; injected, since tests run as
 * root and /tmp is not small) leaves the input, the previous output and the folder as they were.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run';
import type { OutputFs } from '../../src/cli/output-file';
import { EXAMPLE_BIRO, lapkin, type CliResult } from './run-cli';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let dir: string;
let input: string;
let inputHash: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-out-'));
  input = path.join(dir, 'biro.xlsx');
  fs.copyFileSync(EXAMPLE_BIRO, input);
  inputHash = sha(input);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectRefused(r: CliResult, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(sha(input)).toBe(inputHash);
}

/** Files in the folder other than the ones named: a temporary file left behind would show here. */
function strayFiles(...expected: string[]): string[] {
  return fs.readdirSync(dir).filter((f) => !expected.includes(f));
}

describe('the output is never the input', () => {
  it('refuses a symlink to the input, and leaves the link as it was', async () => {
    const link = path.join(dir, 'laporan.xlsx');
    fs.symlinkSync(input, link);
    expectRefused(await lapkin('report', input, '-o', link), /tidak menulis ke workbook sumber/);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('refuses a hard link to the input', async () => {
    const hard = path.join(dir, 'laporan.xlsx');
    fs.linkSync(input, hard);
    expectRefused(await lapkin('report', input, '-o', hard, '--lang', 'en'), /the output file is the input file/);
  });

  it('refuses another spelling of the input path, and a symlinked folder holding it', async () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    expectRefused(await lapkin('report', input, '-o', path.join(dir, 'sub', '..', 'biro.xlsx')), /tidak menulis ke workbook sumber/);
    const linkedDir = path.join(dir, 'tautan');
    fs.symlinkSync(dir, linkedDir);
    expectRefused(await lapkin('report', input, '-o', path.join(linkedDir, 'biro.xlsx')), /tidak menulis ke workbook sumber/);
  });

  it('a name differing only in case is the input exactly where the file system says so', async () => {
    const upper = path.join(dir, 'BIRO.XLSX');
    const caseInsensitive = fs.existsSync(upper);
    const r = await lapkin('report', input, '-o', upper, '--json');
    expect(sha(input)).toBe(inputHash);
    if (caseInsensitive) expectRefused(r, /tidak menulis ke workbook sumber/);
    else {
      // Linux: a different file, written beside the input.
      expect(r.code).toBe(1);
      expect(fs.readdirSync(dir).sort()).toEqual(['BIRO.XLSX', 'biro.xlsx']);
    }
  });
});

describe('the output path is checked before the work', () => {
  it('a folder given as -o gets its own message', async () => {
    fs.mkdirSync(path.join(dir, 'keluaran'));
    expectRefused(await lapkin('report', input, '-o', path.join(dir, 'keluaran')), /-o menunjuk sebuah folder, bukan berkas/);
  });

  it('a folder given as the input gets its own message', async () => {
    const r = await lapkin('check', dir, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lapkin: This is a folder, not an \.xlsx file: /);
  });

  it('a missing output folder is named', async () => {
    expectRefused(await lapkin('report', input, '-o', path.join(dir, 'tidak-ada', 'laporan.xlsx')), /folder keluaran tidak ada: .*tidak-ada/);
    expect(strayFiles('biro.xlsx')).toEqual([]);
  });
});

/** Runs `report` with file operations that fail as `fail` says. */
async function reportWith(outputFs: OutputFs, ...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(['report', input, ...argv], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    outputFs,
  });
  return { code, stdout, stderr };
}

const realFs: OutputFs = {
  writeFile: (file, data) => fs.promises.writeFile(file, data, { flag: 'wx' }),
  rename: (from, to) => fs.promises.rename(from, to),
  unlink: (file) => fs.promises.unlink(file),
};

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

describe('a failed write leaves the previous output and no partial file', () => {
  let output: string;
  beforeEach(() => {
    output = path.join(dir, 'laporan.xlsx');
    fs.writeFileSync(output, 'laporan sebelumnya');
  });

  it('a full disk halfway through the bytes', async () => {
    const fullDisk: OutputFs = {
      ...realFs,
      async writeFile(file, data) {
        await fs.promises.writeFile(file, data.subarray(0, data.length >> 1), { flag: 'wx' });
        throw errno('ENOSPC');
      },
    };
    expectRefused(await reportWith(fullDisk, '-o', output), /laporan tidak dapat ditulis ke .*laporan\.xlsx \(disk penuh\); berkas lama, bila ada, tidak berubah/);
    expect(fs.readFileSync(output, 'utf8')).toBe('laporan sebelumnya');
    expect(strayFiles('biro.xlsx', 'laporan.xlsx')).toEqual([]);
  });

  it('a read-only folder (the write refused)', async () => {
    const readOnly: OutputFs = { ...realFs, writeFile: () => Promise.reject(errno('EACCES')) };
    expectRefused(await reportWith(readOnly, '-o', output, '--lang', 'en'), /could not be written to .* \(no permission to write\); any previous file there is unchanged/);
    expect(fs.readFileSync(output, 'utf8')).toBe('laporan sebelumnya');
    expect(strayFiles('biro.xlsx', 'laporan.xlsx')).toEqual([]);
  });

  it('a rename that fails after the bytes were written', async () => {
    const noRename: OutputFs = { ...realFs, rename: () => Promise.reject(errno('EXDEV')) };
    expectRefused(await reportWith(noRename, '-o', output), /laporan tidak dapat ditulis .*EXDEV/);
    expect(fs.readFileSync(output, 'utf8')).toBe('laporan sebelumnya');
    expect(strayFiles('biro.xlsx', 'laporan.xlsx')).toEqual([]);
  });

  it('a good write replaces the previous output whole, through no other name', async () => {
    const r = await reportWith(realFs, '-o', output);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(output).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(strayFiles('biro.xlsx', 'laporan.xlsx')).toEqual([]);
    expect(sha(input)).toBe(inputHash);
  });
});

describe('report without -o', () => {
  it('writes <name>-laporan.xlsx beside the input and says where', async () => {
    const r = await lapkin('report', input);
    expect(r.code).toBe(1);
    const expected = path.join(dir, 'biro-laporan.xlsx');
    expect(fs.existsSync(expected)).toBe(true);
    expect(r.stdout).toContain(`Laporan ditulis ke: ${expected}\n`);
    expect(sha(input)).toBe(inputHash);
  });
});
