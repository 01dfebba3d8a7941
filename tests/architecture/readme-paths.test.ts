/**
 * Every file or folder the README names under src/, tests/, scripts/ or docs/ exists, so "How it is built"
 * keeps pointing a newcomer at the right file after a move. A `*` in a name matches any characters in one
 * path segment; a `<placeholder>` must stand for at least one file (e.g. `src/domain/rules/<id>.ts`).
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The paths the README names: every `…` span or link target starting with src/, tests/, scripts/ or docs/. */
export function namedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\s]+)`|\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? m[2]);
  return [...new Set(spans.filter((p) => /^(src|tests|scripts|docs)\//.test(p)).map((p) => p.replace(/[.,;:]+$/, '')))];
}

/** Whether some file or folder fits `pattern` (segments with `*` or `<…>` match any name, the rest exactly). */
function exists(pattern: string): boolean {
  const segments = pattern.replace(/\/$/, '').split('/');
  const walk = (dir: string, i: number): boolean => {
    if (i === segments.length) return true;
    const seg = segments[i];
    if (!/[*<]/.test(seg)) return fs.existsSync(path.join(dir, seg)) && walk(path.join(dir, seg), i + 1);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return false;
    const re = new RegExp(`^${seg.split(/\*|<[^>]*>/).map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
    return fs.readdirSync(dir).some((name) => re.test(name) && walk(path.join(dir, name), i + 1));
  };
  return walk(ROOT, 0);
}

describe('README names files that exist', () => {
  const paths = namedPaths(README);

  it('names the files that answer a newcomer\'s questions', () => {
    for (const p of ['src/domain/rules/percent-mismatch.ts', 'src/domain/budget/table.ts', 'src/excel/office-host.ts', 'src/domain/findings.ts']) expect(paths).toContain(p);
  });

  it.each(paths.map((p) => [p]))('%s', (p) => {
    expect(exists(p)).toBe(true);
  });

  it('reads code spans and links, placeholders and stars', () => {
    expect(namedPaths('See `src/a.ts`, [doc](docs/b.md) and `npm run x`; `src/rules/<id>.ts`.')).toEqual(['src/a.ts', 'docs/b.md', 'src/rules/<id>.ts']);
    expect(exists('src/domain/rules/<id>.ts')).toBe(true);
    expect(exists('src/xlsx/zip-*.ts')).toBe(true);
    expect(exists('src/domain/rules/no-such-rule.ts')).toBe(false);
  });
});
