/**
 * One order of findings: only src/domain/findings.ts sorts or de-duplicates findings, and only the facade
 * (analyze.ts) applies that order. A rule, a step or a face that sorted findings on its own would make the
 * pane, the CLI and the Temuan sheet disagree about what comes first.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const FILES = sourceFiles(SRC).map((file) => ({ at: path.relative(SRC, file).split(path.sep).join('/'), text: fs.readFileSync(file, 'utf8') }));

/** A `.sort(` on a line that names findings: `findings.sort(`, `[...ruleFindings].sort(`. */
const SORTS_FINDINGS = /finding[^\n;]*\.sort\(/i;

describe('findings are ordered in one place', () => {
  it('no file but domain/findings.ts sorts a list of findings', () => {
    expect(SORTS_FINDINGS.test('return [...ruleFindings].sort((a, b) => a.cell.localeCompare(b.cell));')).toBe(true);
    expect(SORTS_FINDINGS.test('groups.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);')).toBe(false);
    const sorting = FILES.filter((f) => f.at !== 'domain/findings.ts' && SORTS_FINDINGS.test(f.text)).map((f) => f.at);
    expect(sorting).toEqual([]);
  });

  it('only the facade calls orderFindings, and nothing in src calls sortFindings but findings.ts', () => {
    const calls = (name: string) => FILES.filter((f) => new RegExp(`\\b${name}\\(`).test(f.text) && !new RegExp(`function ${name}\\(`).test(f.text)).map((f) => f.at);
    expect(calls('orderFindings')).toEqual(['domain/analyze.ts']);
    expect(calls('sortFindings')).toEqual([]);
  });
});
