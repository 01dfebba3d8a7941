/**
 * The report's output through links and folders it may not write, with the built CLI in a child process:
 * an output that is a symlink to some other file is replaced as a name (the file it pointed at keeps its
 * bytes), a hard link to the input through another folder is still the input, and a folder without write
 * permission leaves no file behind. Build first: npx tsc -p tsconfig.cli.json.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, runNode } from './child';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'biro-organisasi-tw1-2024.xlsx');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const lapkin = (...args: string[]) => runNode([CLI, ...args], { timeoutMs: 60_000, heapMiB: 512 });

let dir: string;
let input: string;
let inputHash: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-links-'));
  input = path.join(dir, 'biro.xlsx');
  fs.copyFileSync(EXAMPLE, input);
  inputHash = sha(input);
});

afterEach(() => {
  fs.chmodSync(dir, 0o755);
  for (const sub of fs.readdirSync(dir)) if (fs.lstatSync(path.join(dir, sub)).isDirectory()) fs.chmodSync(path.join(dir, sub), 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('an output that is a symlink to another file: the link is replaced by the report, the file it named is untouched', () => {
  const previous = path.join(dir, 'arsip-laporan-lama.xlsx');
  fs.writeFileSync(previous, 'laporan triwulan lalu');
  const link = path.join(dir, 'laporan.xlsx');
  fs.symlinkSync(previous, link);
  const r = lapkin('report', input, '-o', link, '--json');
  expect(r.status).toBe(1);
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
  expect(fs.readFileSync(link).subarray(0, 2).toString('latin1')).toBe('PK');
  expect(fs.readFileSync(previous, 'utf8')).toBe('laporan triwulan lalu');
  expect(sha(input)).toBe(inputHash);
  expect(fs.readdirSync(dir).sort()).toEqual(['arsip-laporan-lama.xlsx', 'biro.xlsx', 'laporan.xlsx']);
});

it('a hard link to the input in another folder, under another name, is refused', () => {
  fs.mkdirSync(path.join(dir, 'keluaran'));
  const hard = path.join(dir, 'keluaran', 'LAPORAN.xlsx');
  fs.linkSync(input, hard);
  const r = lapkin('report', input, '-o', hard, '--lang', 'en');
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^lapkin: the output file is the input file[^\n]*\n$/);
  expect(sha(input)).toBe(inputHash);
});

// As root (CI containers) permissions do not stop a write: the injected EACCES case in tests/cli/output-file.test.ts covers it there.
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
(asRoot ? it.skip : it)('a folder without write permission: one line, exit 2, nothing left in it', () => {
  const folder = path.join(dir, 'terkunci');
  fs.mkdirSync(folder);
  fs.chmodSync(folder, 0o555);
  const r = lapkin('report', input, '-o', path.join(folder, 'laporan.xlsx'));
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^lapkin: laporan tidak dapat ditulis ke [^\n]*tidak ada izin menulis[^\n]*\n$/);
  expect(fs.readdirSync(folder)).toEqual([]);
  expect(sha(input)).toBe(inputHash);
});
