/**
 * The office-js WorkbookHost: the only object the task pane and the ribbon commands get from Excel.
 * Excel's errors leave here as Errors whose message is already one clear line for the planner
 * (describeOfficeError), with the original error as `cause`.
 */
import type { SavedState, WorkbookHost } from '../domain/ports';
import type { Lang } from '../domain/settings';
import { officeFeatures } from './features';
import type { ExcelFeatures } from './features';
import { describeOfficeError } from './office-errors';
import { readGridsWith } from './read-grids';
import { excelRun } from './run';
import type { ExcelRun } from './run';
import { loadStateFrom, saveStateTo } from './state-store';
import type { DocumentSettings } from './state-store';
import { writePlansWith } from './write/write-plans';

export interface OfficeHostOptions {
  /** defaults to Excel.run */
  run?: ExcelRun;
  /** defaults to what Office.context.requirements reports */
  features?: ExcelFeatures;
  /** defaults to Office.context.document.settings */
  settings?: DocumentSettings;
  /** language of error messages; defaults to the saved settings' language, else Indonesian */
  lang?: Lang;
  /** estimated bytes per write request (tests lower it) */
  chunkBudget?: number;
}

/** An Error carrying the planner-facing line, and what Excel really threw. */
export class OfficeHostError extends Error {
  constructor(
    message: string,
    readonly original: unknown,
  ) {
    super(message);
    this.name = 'OfficeHostError';
  }
}

export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const run = options.run ?? excelRun;
  let features = options.features;
  const getFeatures = (): ExcelFeatures => (features ??= officeFeatures());
  const settings = (): DocumentSettings => options.settings ?? Office.context.document.settings;
  let lang: Lang = options.lang ?? 'id';

  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      if (e instanceof OfficeHostError) throw e;
      throw new OfficeHostError(describeOfficeError(e, lang), e);
    }
  };

  return {
    readGrids: () => guard(() => readGridsWith(run, getFeatures())),

    writePlans: (plans, onProgress) =>
      guard(() => writePlansWith(run, plans, { features: getFeatures(), onProgress, chunkBudget: options.chunkBudget })),

    loadState: () =>
      guard(async () => {
        const state = loadStateFrom(settings());
        if (!options.lang && state?.settings?.lang) lang = state.settings.lang;
        return state;
      }),

    saveState: (state: SavedState) =>
      guard(async () => {
        if (!options.lang && state.settings?.lang) lang = state.settings.lang;
        await saveStateTo(settings(), state);
      }),

    selectCell: (sheet, cell) =>
      guard(() =>
        run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        }),
      ),
  };
}
