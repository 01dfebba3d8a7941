/**
 * The registry drives every label: the faces (task pane, CLI, ribbon commands, the Excel writer, the
 * standalone page) and the report plans that write the Temuan sheet take severity words from
 * domain/glossary.ts and rule labels from the rule modules, and spell none of their own. This reads each
 * face file's string literals and JSX text (comments stripped) and fails on a severity word or a rule
 * label found there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEVERITY_WORDS } from '../../src/domain/glossary';
import { RULES } from '../../src/domain/rules/registry';

const ROOT = path.join(__dirname, '..', '..');
const FACES = ['src/taskpane', 'src/cli', 'src/commands', 'src/excel', 'src/standalone', 'src/domain/report'];

function faceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return faceFiles(full);
    return /\.(tsx?|html)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The texts a file shows: string and template literals and JSX/HTML text, with comments left out. */
export function shownTexts(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === '<' && source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
    } else if (c === "'" || c === '"' || c === '`') {
      // The literal's own text; a template's `${…}` parts are code and are left out.
      let j = i + 1;
      let text = '';
      while (j < n && source[j] !== c) {
        if (c === '`' && source.startsWith('${', j)) {
          let depth = 0;
          j++; // past the "$"
          do {
            if (source[j] === '{') depth++;
            else if (source[j] === '}') depth--;
            j++;
          } while (j < n && depth > 0);
          text += ' ';
          continue;
        }
        const step = source[j] === '\\' ? 2 : 1;
        text += source.slice(j, j + step);
        j += step;
      }
      out.push(text);
      i = j + 1;
    } else if (c === '>') {
      // JSX or HTML text up to the next tag or expression.
      let j = i + 1;
      while (j < n && !'<{}'.includes(source[j]) && source[j] !== ';' && source[j] !== ')') j++;
      if (source[j] === '<') out.push(source.slice(i + 1, j));
      i = j;
    } else i++;
  }
  return out.map((t) => t.trim()).filter((t) => /[A-Za-z]/.test(t));
}

const SEVERITY_TEXTS = [...new Set(Object.values(SEVERITY_WORDS).flatMap((words) => Object.values(words).filter((w) => w !== 'Info')))];
/** The severity words in every spelling a face might use: "Kesalahan", "kesalahan", "ERROR", "Warnings". */
const SEVERITY_PATTERN = new RegExp(`\\b(${SEVERITY_TEXTS.flatMap((w) => [w, w.toUpperCase(), w[0].toLowerCase() + w.slice(1)].filter((s) => /[A-Z]/.test(s[0]) || /^(kesalahan|peringatan)$/.test(s))).join('|')})s?\\b`);
const LABELS = RULES.flatMap((r) => [r.label.id, r.label.en].map((label) => ({ rule: r.id, label: label.toLowerCase() })));

/** Every severity word or rule label a face file spells itself, as "file: text". */
function handSpelled(): string[] {
  const out: string[] = [];
  for (const dir of FACES) {
    for (const file of faceFiles(path.join(ROOT, dir))) {
      const at = path.relative(ROOT, file);
      for (const text of shownTexts(fs.readFileSync(file, 'utf8'))) {
        if (SEVERITY_PATTERN.test(text)) out.push(`${at}: severity word in "${text}"`);
        for (const { rule, label } of LABELS) if (text.toLowerCase().includes(label)) out.push(`${at}: ${rule}'s label in "${text}"`);
      }
    }
  }
  return out;
}

describe('faces take their labels from the registry and the glossary', () => {
  it('no face spells a severity word or a rule label of its own', () => {
    expect(FACES.flatMap((dir) => faceFiles(path.join(ROOT, dir))).length).toBeGreaterThan(40);
    expect(handSpelled()).toEqual([]);
  });

  // The scan itself, on the kinds of text it must catch and the code it must let through.
  it.each<[string, string, string[]]>([
    ['a string literal', "const head = 'Peringatan';", ['Peringatan']],
    ['a template literal, without its code', 'const line = `${n} ERROR ${e instanceof Error ? 1 : 0}`;', ['ERROR']],
    ['a rule label', "const title = 'Rumus melewatkan baris';", ['Rumus melewatkan baris']],
    ['JSX text', 'return <th>Kesalahan</th>;', ['Kesalahan']],
    ['a comment is not shown', "// 'Kesalahan' comes from the glossary\nconst x = 1;", []],
    ['a class name is not shown', 'class HostError extends Error {}', []],
  ])('reads %s', (_, source, texts) => {
    expect(shownTexts(source)).toEqual(texts);
  });

  it('knows every spelling of a severity word', () => {
    for (const word of ['Kesalahan', 'kesalahan', 'Peringatan', 'Error', 'ERROR', 'Warnings', 'WARNING']) expect(SEVERITY_PATTERN.test(`1 ${word}`)).toBe(true);
    expect(SEVERITY_PATTERN.test('error')).toBe(false); // a Severity value, not a word shown
  });
});
