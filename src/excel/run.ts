/**
 * How the adapter gets a RequestContext: Excel.run in the add-in, a fake context in tests. Passing it in
 * keeps every office-js batch testable, including how many syncs it makes and how large each request is.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real thing; only called inside Excel, where office-js has loaded. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);
