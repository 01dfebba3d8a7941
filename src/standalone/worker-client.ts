/** The page's side of the workbook worker: typed requests that resolve with the worker's answer. */
import { createWorker } from './worker-url';
import type { Envelope, WorkerAnswers, WorkerFailure, WorkerMessage, WorkerRequest, WorkProgress } from './worker-protocol';

/** A failure the worker reported, in both languages; `problem` set when the file itself is the trouble. */
export class WorkerError extends Error {
  readonly en: string;
  readonly problem?: string;
  constructor(f: WorkerFailure) {
    super(f.message);
    this.en = f.en;
    this.problem = f.problem;
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

export interface WorkbookWorker {
  request<T extends WorkerRequest['type']>(req: Extract<WorkerRequest, { type: T }>, transfer?: Transferable[]): Promise<WorkerAnswers[T]>;
  /** Called with every progress note of any request. */
  onProgress: ((p: WorkProgress) => void) | undefined;
  terminate(): void;
}

/** The worker is a chunk of its own in the build, beside the page, so the Office bundle never carries it. */
export function startWorkbookWorker(): WorkbookWorker {
  const worker = createWorker();
  const pending = new Map<number, Pending>();
  let next = 1;
  const client: WorkbookWorker = {
    onProgress: undefined,
    request(req, transfer = []) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage({ ...req, id } as Envelope, transfer);
      });
    },
    terminate() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new Error('worker stopped'));
      pending.clear();
    },
  };
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const m = e.data;
    if (m.kind === 'progress') return client.onProgress?.(m.progress);
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.kind === 'done') p.resolve(m.value);
    else p.reject(new WorkerError(m.failure));
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'worker error'));
    pending.clear();
  };
  return client;
}
