/** What reaches a terminal: control characters from cells written out, colour only for a terminal, one clean error line. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run';
import { painter, terminalSafe, terminalSafeJson } from '../../src/cli/terminal-text';
import { loadWorkbook, toBuffer } from '../xlsx/fixtures';
import { EXAMPLE_BIRO, lapkin } from './run-cli';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it.each([
    ['ESC sequence (clear screen)', '\u001b[2J\u001b[H', '\\x1B[2J\\x1B[H'],
    ['OSC 52 clipboard write', '\u001b]52;c;aGFjaw==\u0007', '\\x1B]52;c;aGFjaw==\\x07'],
    ['C1 CSI', 'a\u009b31mb', 'a\\x9B31mb'],
    ['bidi override', 'Rp \u202e000.1', 'Rp \\u{202E}000.1'],
    ['carriage return', '1.000\r9.999', '1.000\\x0D9.999'],
    ['plain Indonesian text', 'Rp. 1.500.000,- (kosong) – capaian 25 %', 'Rp. 1.500.000,- (kosong) – capaian 25 %'],
  ])('%s', (_label, text, shown) => {
    expect(terminalSafe(text, true)).toBe(shown);
    expect(terminalSafe(text, true)).not.toMatch(UNSAFE);
  });

  it('keeps line feeds unless asked for one line', () => {
    expect(terminalSafe('a\nb')).toBe('a\nb');
    expect(terminalSafe('a\nb', true)).toBe('a\\x0Ab');
  });

  it('JSON keeps the same data with C1 and bidi characters escaped', () => {
    const value = { text: 'x\u009b\u202ey\u001b' };
    const json = terminalSafeJson(JSON.stringify(value));
    expect(json).not.toMatch(UNSAFE);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('paints only a terminal without NO_COLOR', () => {
    expect(painter({ isTTY: true }, {})('error', 'ERROR')).toBe('\u001b[31;1mERROR\u001b[0m');
    expect(painter({ isTTY: true }, { NO_COLOR: '1' })('error', 'ERROR')).toBe('ERROR');
    expect(painter({ isTTY: false }, {})('warning', 'PERINGATAN')).toBe('PERINGATAN');
  });
});

describe('lapkin check on cells that carry terminal escapes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapkin-term-'));
  const file = path.join(dir, 'escapes.xlsx');

  beforeAll(async () => {
    // The example's Tabel 3.1, whose D9 and E10 already draw findings that quote the cells.
    const wb = await loadWorkbook(fs.readFileSync(EXAMPLE_BIRO));
    const ws = wb.getWorksheet('T3.1 Realisasi');
    if (!ws) throw new Error('example sheet missing');
    ws.getCell('D9').value = '\u001b]52;c;aGFjaw==\u0007\u001b[2J62.303.503';
    ws.getCell('E10').value = '37\u202e,35';
    fs.writeFileSync(file, await toBuffer(wb));
  });

  it('prints the findings with every control character written out', async () => {
    for (const args of [[], ['--json'], ['--lang', 'en']]) {
      const r = await lapkin('check', file, ...args);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/\]52;c;aGFjaw==/);
      expect(r.stdout).toMatch(/37\\u\{202E\},35|37\\u202e,35/);
      expect(r.stdout).not.toMatch(UNSAFE);
    }
  });

  it('colours severities on a terminal, not in a pipe or with NO_COLOR', async () => {
    const runWith = async (isTTY: boolean, env: NodeJS.ProcessEnv) => {
      let stdout = '';
      await run(['check', EXAMPLE_BIRO], { stdout: { write: (t: string) => (stdout += t), isTTY }, stderr: { write: () => undefined }, env });
      return stdout;
    };
    expect(await runWith(true, {})).toContain('\u001b[31;1mKESALAHAN');
    expect(await runWith(true, { NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(await runWith(false, {})).not.toContain('\u001b[');
  });

  it('a file name with escapes is written out in the error line', async () => {
    const r = await lapkin('check', path.join(dir, 'x\u001b[2Jy.xlsx'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lapkin: File not found: .*x\\x1B\[2Jy\.xlsx\n$/);
  });
});
