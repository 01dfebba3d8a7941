/** Starts the page's workbook worker (see worker-url.js). */
export function createWorker(): Worker;
