/** Reading the layouts corpus (tests/fixtures/layouts/) as `lapkin check` reads a workbook. */
import fs from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../../src/domain/analysis';
import { analyzeWorkbook } from '../../src/domain/analyze';
import type { Grid } from '../../src/domain/grid/grid';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import type { FaultsFile } from '../../scripts/layouts/make-corpus';

export const CORPUS_DIR = path.join(__dirname, '..', 'fixtures', 'layouts');

/** Every corpus workbook that has its faults file, by name. */
export function corpusNames(): string[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.faults.json'))
    .map((f) => f.replace(/\.faults\.json$/, ''))
    .filter((name) => fs.existsSync(path.join(CORPUS_DIR, `${name}.xlsx`)))
    .sort();
}

export function faultsOf(name: string): FaultsFile {
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, `${name}.faults.json`), 'utf8')) as FaultsFile;
}

export async function gridsOf(name: string): Promise<Grid[]> {
  return readWorkbook(path.join(CORPUS_DIR, `${name}.xlsx`));
}

export function analyzeCase(grids: Grid[], faults: FaultsFile): Analysis {
  return analyzeWorkbook(grids, { settings: faults.period ? { period: faults.period } : {} });
}
