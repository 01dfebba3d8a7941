/** Reads an example workbook through the .xlsx host and the core, as `lapkin check` does. */
import path from 'node:path';
import type { Analysis } from '../../src/domain/analysis';
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Settings } from '../../src/domain/settings';
import { readWorkbook } from '../../src/xlsx/read-workbook';

export const examplePath = (name: string) => path.join(__dirname, '..', '..', 'examples', name);

export async function analyzeExample(name: string, settings: Partial<Settings> = {}): Promise<Analysis> {
  return analyzeWorkbook(await readWorkbook(examplePath(name)), { settings });
}

/** "rule sheet!cell", the shape the golden lists are written in. */
export const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;
