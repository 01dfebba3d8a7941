/** The registry drives every rule's names: both languages for each, and README's Findings table. */
import fs from 'node:fs';
import path from 'node:path';
import { currentRulesTable, readmeRulesTable, withRulesTable } from '../../src/domain/rules/readme-table';
import { RULES, ruleLabel } from '../../src/domain/rules/registry';

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('rule registry', () => {
  it('has each id once, in kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a label and a meaning in Indonesian and English', (_, rule) => {
    for (const text of [rule.label, rule.meaning]) {
      expect(text.id.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(ruleLabel(rule.id)).toBe(rule.label);
  });

  it.each(RULES.map((r) => [r.id]))('%s has its case table in tests/rules/<id>.test.ts', (id) => {
    expect(fs.existsSync(path.join(__dirname, `${id}.test.ts`))).toBe(true);
  });

  it.each(RULES.map((r) => [r.id]))('%s is defined in src/domain/rules/<id>.ts', (id) => {
    const file = path.join(__dirname, '..', '..', 'src', 'domain', 'rules', `${id}.ts`);
    expect(fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(`id: '${id}'`)).toBe(true);
  });

  it('README lists every rule as the registry says (npm run readme:rules writes it)', () => {
    expect(currentRulesTable(README)).toBe(readmeRulesTable(RULES));
  });

  it('replaces only the table: the text around it stays', () => {
    const readme = `# T\n\n${readmeRulesTable(RULES.slice(0, 2))}\n\nAfter.\n`;
    const table = readmeRulesTable(RULES);
    expect(withRulesTable(readme, table)).toBe(`# T\n\n${table}\n\nAfter.\n`);
  });
});
