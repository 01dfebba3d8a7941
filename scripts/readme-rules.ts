/** Writes README's Findings table anew from the rule registry: `npm run readme:rules`. */
import fs from 'node:fs';
import path from 'node:path';
import { readmeRulesTable, withRulesTable } from '../src/domain/rules/readme-table';
import { RULES } from '../src/domain/rules/registry';

const README = path.join(__dirname, '..', 'README.md');
fs.writeFileSync(README, withRulesTable(fs.readFileSync(README, 'utf8'), readmeRulesTable(RULES)));
process.stdout.write(`${README}: ${RULES.length} rules\n`);
