/**
 * The page's report download must use the report-writer's whole-workbook writer (src/xlsx/report-bytes.ts),
 * not the temporary stand-in in src/standalone/report-bytes-standin.ts. Fails until the writer is wired in.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');

describe('standalone report download', () => {
  it('uses src/xlsx/report-bytes.ts, and the stand-in is gone', () => {
    expect(existsSync(path.join(ROOT, 'src/xlsx/report-bytes.ts'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'src/standalone/report-bytes-standin.ts'))).toBe(false);
    expect(readFileSync(path.join(ROOT, 'src/standalone/workbook-worker.ts'), 'utf8')).toContain("from '../xlsx/report-bytes'");
  });
});
