/**
 * No import circles under src/: every module's relative imports that survive compilation (value
 * imports, re-exports, dynamic imports) are read from its text, and a depth-first walk names any circle
 * it meets. `import type` / `export type` are erased by the compiler and cannot make a load-order
 * circle, so they are not edges: a rule module may name the `Finding` type whose `RuleName` the
 * registry derives from the rules themselves.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');
const EXTENSIONS = ['.ts', '.tsx'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return EXTENSIONS.includes(path.extname(e.name)) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `from '…'` of import/export statements that are not type-only, and `import('…')`; comments stripped first. */
function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const m of code.matchAll(/\b(import|export)(\s+type\b)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)) if (!m[2]) out.push(m[3]);
  for (const m of code.matchAll(/\bimport\s*(?:\(\s*)?['"]([^'"]+)['"]/g)) out.push(m[1]);
  return out;
}

function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

/** Each circle once, as the modules (relative to src/) from the first one met back to it. */
function importCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const targets = importSpecifiers(fs.readFileSync(file, 'utf8'))
      .map((s) => resolve(file, s))
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

const name = (file: string): string => path.relative(SRC, file).replace(/\\/g, '/').replace(/\.tsx?$/, '');

/** Circles allowed to remain: none (the test fails while an entry no longer holds, so the list cannot go stale). */
const KNOWN_CYCLES: string[] = [];

test('the import reader sees value, re-export and dynamic imports, not type-only ones or ones in comments', () => {
  const text = [
    "import { a } from './a';",
    "import type { B } from '../b';",
    "export { c } from './c';",
    "export * from './d';",
    "const e = await import('./e');",
    "import './f';",
    "// import { g } from './g';",
    "/* import { h } from './h'; */",
    "import {\n  i,\n  j,\n} from './ij';",
  ].join('\n');
  expect(importSpecifiers(text).sort()).toEqual(['./a', './c', './d', './e', './f', './ij']);
});

test('the walk finds a circle, and a chain without one has none', () => {
  const chain = new Map([['a', ['b']], ['b', ['c']], ['c', []]]);
  expect(importCycles(chain)).toEqual([]);
  const circle = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  expect(importCycles(circle)).toEqual([['a', 'b', 'c']]);
});

test('no module under src/ imports itself through others', () => {
  const cycles = importCycles(importGraph()).map((c) => c.map(name).join(' → '));
  expect(cycles).toEqual(KNOWN_CYCLES);
});
