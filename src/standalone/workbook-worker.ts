/**
 * The page's Web Worker: reads the .xlsx, analyses it, builds and writes the report, so the page keeps
 * answering clicks however large the workbook. It keeps the bytes, grids and last analysis it made, so
 * only options and results cross to the page. No request leaves it: the bytes come from the page.
 */
import type { Analysis } from '../domain/analysis';
import { analyzeWorkbook } from '../domain/analyze';
import type { Grid } from '../domain/grid/grid';
import { buildReportPlans } from '../domain/report/build-report';
import { WorkbookReadError } from '../xlsx/read-error';
import { readWorkbookWith } from '../xlsx/read-workbook';
import { reportWorkbookBytes } from '../xlsx/report-bytes';
import { browserCodec } from './browser-codec';
import type { Envelope, WorkerAnswers, WorkerFailure, WorkerMessage, WorkProgress } from './worker-protocol';

interface OpenWorkbook {
  bytes: Uint8Array;
  grids: Grid[];
  analysis?: Analysis;
}

let workbook: OpenWorkbook | undefined;

const scope = self as unknown as { postMessage(m: WorkerMessage, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<Envelope>) => void) | null };

function rowCount(grids: Grid[]): number {
  return grids.reduce((n, g) => n + g.rows.length, 0);
}

function opened(): OpenWorkbook {
  if (!workbook) throw new Error('Belum ada workbook yang dibuka');
  return workbook;
}

async function handle(req: Envelope, progress: (p: WorkProgress) => void): Promise<WorkerAnswers[keyof WorkerAnswers]> {
  switch (req.type) {
    case 'open': {
      const bytes = new Uint8Array(req.bytes);
      progress({ step: 'read', bytes: bytes.length });
      workbook = undefined;
      let grids: Grid[];
      try {
        grids = await readWorkbookWith(req.bytes, browserCodec.inflateRaw);
      } catch (err) {
        // The reader names the file only when given a path; the page knows the name.
        if (err instanceof WorkbookReadError) throw new WorkbookReadError(err.problem, req.fileName);
        throw err;
      }
      workbook = { bytes, grids };
      return { grids, rows: rowCount(grids) };
    }
    case 'analyze': {
      const book = opened();
      const grids = req.grids ?? book.grids;
      progress({ step: 'check', rows: rowCount(grids) });
      book.analysis = analyzeWorkbook(grids, req.options);
      // The core's rows read their numbers through getters, which a structured clone drops; they serialise
      // (toJSON) as plain rows, so the page gets plain data. The worker keeps the original for the report.
      return JSON.parse(JSON.stringify(book.analysis)) as Analysis;
    }
    case 'plans': {
      const analysis = req.analysis ?? opened().analysis;
      if (!analysis) throw new Error('Workbook belum diperiksa');
      return buildReportPlans(analysis);
    }
    case 'write': {
      const book = opened();
      progress({ step: 'write', sheets: req.plans.length });
      return reportWorkbookBytes(book.bytes, req.plans, browserCodec);
    }
  }
}

function failure(err: unknown): WorkerFailure {
  if (err instanceof WorkbookReadError) return { problem: err.problem, message: err.message, en: err.en };
  const message = err instanceof Error ? err.message : String(err);
  return { message, en: message };
}

scope.onmessage = (e) => {
  const req = e.data;
  const progress = (p: WorkProgress) => scope.postMessage({ id: req.id, kind: 'progress', progress: p });
  handle(req, progress).then(
    (value) => scope.postMessage({ id: req.id, kind: 'done', value }),
    (err: unknown) => scope.postMessage({ id: req.id, kind: 'failed', failure: failure(err) }),
  );
};
