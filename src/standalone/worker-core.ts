/**
 * The pane's core for the page: analysis and report plans computed in the workbook worker. The worker keeps
 * the grids it read and its last analysis, so for the usual call (the host's own grids, the latest analysis)
 * only the options cross; anything else is sent along and still answered correctly.
 */
import type { Analysis } from '../domain/analysis';
import type { Grid } from '../domain/grid/grid';
import type { PaneCore } from '../taskpane/core';
import type { WorkbookWorker } from './worker-client';

export function createWorkerCore(worker: WorkbookWorker, workerGrids: Grid[]): PaneCore {
  let latest: Analysis | undefined;
  return {
    async analyzeWorkbook(grids, options) {
      latest = await worker.request({ type: 'analyze', options, grids: grids === workerGrids ? undefined : grids });
      return latest;
    },
    async buildReportPlans(analysis) {
      return worker.request({ type: 'plans', analysis: analysis === latest ? undefined : analysis });
    },
  };
}
