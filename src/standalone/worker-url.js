// The workbook worker as webpack's own worker chunk (hashed, beside the page, never in the Office bundle).
// Plain JavaScript because `import.meta` is not valid TypeScript under the project's CommonJS module setting;
// its type is in worker-url.d.ts.
export function createWorker() {
  return new Worker(new URL('./workbook-worker.ts', import.meta.url), { name: 'lapkin-worker' });
}
