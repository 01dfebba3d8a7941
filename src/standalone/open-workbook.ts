/** Opening a picked or dropped file in the workbook worker, with the size limit checked before any reading. */
import type { Grid } from '../domain/grid/grid';
import type { Lang } from '../domain/settings';
import { FACE_STRINGS, megabytes } from '../taskpane/face-strings';
import { WorkerError, type WorkbookWorker } from './worker-client';

/** Larger files than this would hold the browser's memory several times over while being read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type OpenResult = { ok: true; grids: Grid[]; rows: number } | { ok: false; message: string };

export async function openWorkbook(worker: WorkbookWorker, file: File, lang: Lang): Promise<OpenResult> {
  const face = FACE_STRINGS[lang];
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: face.tooLarge(megabytes(file.size, lang), megabytes(MAX_FILE_BYTES, lang)) };
  try {
    const bytes = await file.arrayBuffer();
    const { grids, rows } = await worker.request({ type: 'open', bytes, fileName: file.name }, [bytes]);
    return { ok: true, grids, rows };
  } catch (err) {
    if (err instanceof WorkerError) return { ok: false, message: lang === 'id' ? err.message : err.en };
    return { ok: false, message: `${face.openFailed}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** "laporan.xlsx" → "laporan-lapkin.xlsx": the download never overwrites the planner's own file. */
export function reportFileName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, '');
  return `${base}-lapkin.xlsx`;
}

/** Hands the bytes to the browser as a download. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken its copy once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
