/**
 * Every regular-expression literal in src/, run on long adversarial text. Used two ways: `tsx
 * scripts/hostile/regex-audit.ts --report` prints the slowest (an audit aid), and the test in
 * tests/hostile runs it in a child process with a timeout: a pattern that backtracks super-linearly
 * on 20,000 characters takes minutes there, a linear one milliseconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface RegexSite {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Regex literals found by TypeScript's own parser, and the string arguments of `new RegExp(...)` as their patterns. */
export function regexSites(srcDir: string): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        sites.push({ file: path.relative(process.cwd(), file), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}

/** Units that real patterns in Lapkin treat specially: separators, digits, quotes, brackets, escapes, references. */
const UNITS = ['. ', ' ', '.', ',', '-', '1', '1.', '1,', '1 ', 'a', 'a ', '[', '"', "'", '(', '$A', 'A1', 'A1,', '_x', '&#', '&a', '\t', '%', ' %', 'x-', 's/', '1/', '1-', '11', 'rp ', 'tw ', '\u00a0', 'I', 'X', ' a1', '#'];
const TAILS = ['', '!', '\u0001', 'x'];

export function adversarialTexts(length: number): string[] {
  const texts: string[] = [];
  for (const unit of UNITS) {
    const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    for (const tail of TAILS) texts.push(body + tail);
  }
  return texts;
}

/** Runs the pattern the ways code uses one: test/exec, and replace for a global pattern. */
export function exercise(re: RegExp, text: string): void {
  re.lastIndex = 0;
  re.test(text);
  if (re.global) text.replace(re, '');
}

function main(): void {
  const length = Number(process.argv[process.argv.indexOf('--length') + 1]) || 20_000;
  const report = process.argv.includes('--report');
  const sites = regexSites(path.join(process.cwd(), 'src'));
  const texts = adversarialTexts(length);
  const times: { site: RegexSite; ms: number }[] = [];
  for (const site of sites) {
    const re = new RegExp(site.source, site.flags);
    const start = process.hrtime.bigint();
    for (const text of texts) exercise(re, text);
    times.push({ site, ms: Number(process.hrtime.bigint() - start) / 1e6 });
  }
  if (report) {
    times.sort((a, b) => b.ms - a.ms);
    for (const { site, ms } of times.slice(0, Number(process.env.TOP ?? 15))) process.stdout.write(`${ms.toFixed(1).padStart(9)} ms  ${site.file}:${site.line}  /${site.source}/${site.flags}\n`);
  }
  process.stdout.write(`${sites.length} patterns × ${texts.length} texts of ${length} characters: done\n`);
}

if (require.main === module) main();
