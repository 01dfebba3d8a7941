/** The messages between the page and its workbook worker: one request, any number of progress notes, one answer. */
import type { Analysis } from '../domain/analysis';
import type { AnalyzeOptions } from '../domain/analyze';
import type { Grid } from '../domain/grid/grid';
import type { WrittenSheet } from '../domain/ports';
import type { SheetPlan } from '../domain/report/sheet-plan';

export type WorkerRequest =
  | { type: 'open'; bytes: ArrayBuffer; fileName: string }
  /** grids are sent only when they differ from the ones the worker read (the page never edits them) */
  | { type: 'analyze'; options: AnalyzeOptions; grids?: Grid[] }
  /** plans for this analysis, or for the worker's last one when none is sent */
  | { type: 'plans'; analysis?: Analysis }
  | { type: 'write'; plans: SheetPlan[] };

export interface WorkerAnswers {
  open: { grids: Grid[]; rows: number };
  analyze: Analysis;
  plans: SheetPlan[];
  write: { bytes: Uint8Array; sheets: WrittenSheet[] };
}

/** What the worker is doing, said with what it counts. */
export type WorkProgress =
  | { step: 'read'; bytes: number }
  | { step: 'check'; rows: number }
  | { step: 'write'; sheets: number };

export interface WorkerFailure {
  /** A WorkbookReadError's problem, when the file itself is the trouble. */
  problem?: string;
  message: string;
  en: string;
}

export type WorkerMessage =
  | { id: number; kind: 'progress'; progress: WorkProgress }
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'failed'; failure: WorkerFailure };

export type Envelope = WorkerRequest & { id: number };
