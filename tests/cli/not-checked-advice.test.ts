/**
 * "Sheet tidak diperiksa" on the command line: the advice is the CLI's own (`lapkin map`, then `lapkin check
 * --mapping`), never the pane's tab; --json carries the advice as its key. A DPA sheet read as a settlement
 * witness is not reported as unchecked.
 */
import path from 'node:path';
import { formatAnalysis } from '../../src/cli/format-findings';
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Finding } from '../../src/domain/findings';
import type { Lang } from '../../src/domain/settings';
import { workbook } from '../settle/workbook';
import { lapkin } from './run-cli';

const UNMAPPABLE = path.join(__dirname, '..', 'fixtures', 'layouts', 'layout-unmappable.xlsx');

describe.each<[Lang, string, RegExp]>([
  ['id', 'Petakan dengan `lapkin map`', /tab Pemetaan|Buka tab/],
  ['en', 'Map it with `lapkin map`', /Mapping tab|Open the/],
])('lapkin check in %s', (lang, advice, paneWords) => {
  it('words the advice for the terminal on each unchecked sheet', async () => {
    const r = await lapkin('check', UNMAPPABLE, '--lang', lang);
    const lines = r.stdout.split('\n').filter((l) => /tidak diperiksa:|was not checked:/.test(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toContain(advice);
      expect(line).toContain('`lapkin check --mapping`');
      expect(line).not.toMatch(paneWords);
    }
  });

  it('keeps the advice a key in --json, the message saying only what happened', async () => {
    const r = await lapkin('check', UNMAPPABLE, '--lang', lang, '--json');
    const notes = (JSON.parse(r.stdout) as { findings: Finding[] }).findings.filter((f) => f.rule === 'sheet-not-checked');
    expect(notes.map((f) => [f.sheet, f.advice])).toEqual([['Anggaran Bidang', 'map-sheet'], ['Rekap', 'map-sheet']]);
    for (const f of notes) expect(f.message).not.toMatch(/lapkin|Pemetaan|Mapping/);
  });

  it('says nothing of a DPA sheet whose figures were read as a witness', () => {
    const text = formatAnalysis(analyzeWorkbook(workbook({}, { dpa: 'sheet' }), { settings: { lang } }), 'dpa.xlsx', lang);
    expect(text).not.toMatch(/tidak diperiksa|not checked/);
  });
});

describe.each<[Lang, string]>([
  ['id', 'Bila keliru, ubah perannya dengan `lapkin map`'],
  ['en', 'If wrong, change its role with `lapkin map`'],
])('a column-choice finding on the command line (%s)', (lang, advice) => {
  it('ends with the CLI\'s own advice', () => {
    const analysis = analyzeWorkbook(workbook({}, { detail: false, rencana: false }), { settings: { lang } });
    const choice: Finding = { rule: 'column-choice', severity: 'info', sheet: 'T3.1', cell: 'C5', message: "Pagu read from column C ('Pagu Perubahan').", advice: 'change-mapping' };
    const text = formatAnalysis({ ...analysis, findings: [choice] }, 'x.xlsx', lang);
    expect(text).toContain(`Pagu read from column C ('Pagu Perubahan'). ${advice}`);
  });
});
