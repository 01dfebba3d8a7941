/** The seed report's tables (faults left in) as grids, from the same JSON fixture the browser harness loads. */
import fixture from '../e2e/fixtures/seed-workbook.json';
import type { Grid } from '../../src/domain/grid/grid';
import { gridsFromFixture, type WorkbookFixture } from '../../src/taskpane/fixture-grids';

export function seedGrids(): Grid[] {
  return gridsFromFixture(fixture as WorkbookFixture);
}
