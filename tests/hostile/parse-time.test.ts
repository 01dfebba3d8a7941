/**
 * Parsing ends on hostile text: every pattern in src/ and every parser run on 20,000-character runs of
 * dots, spaces, digits, brackets and quotes, in a child process that is killed if it does not end.
 * Before the linear rewrites, the trailing-marks pattern alone ran for minutes on these texts.
 */
import { runScript } from './child';

const LENGTH = '20000';
const TIMEOUT_MS = 170_000;

describe('no pattern or parser backtracks on long input', () => {
  it('every regular expression in src/ ends on long adversarial text', () => {
    const r = runScript('scripts/hostile/regex-audit.ts', ['--length', LENGTH], { timeoutMs: TIMEOUT_MS, heapMiB: 512 });
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\d{3} patterns × \d+ texts of 20000 characters: done$/m);
    expect(r.status).toBe(0);
  }, TIMEOUT_MS + 10_000);

  it('the number, date and format parsers and a whole check end on long adversarial text', () => {
    const r = runScript('scripts/hostile/parse-adversarial.ts', [LENGTH], { timeoutMs: TIMEOUT_MS, heapMiB: 512 });
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^parsed \d+ texts of 20000 characters; \d+ findings$/m);
    expect(r.status).toBe(0);
  }, TIMEOUT_MS + 10_000);
});
