/**
 * A `rows` list made the first time it is read. A 100,000-row Tabel 3.1 has a row object per sub
 * kegiatan, and a recomputed row per row again; the check itself reads the table's columns
 * (columns.ts) and never the rows, so a command that only checks makes none of them. The report, the
 * task pane, a finding's message, JSON and test equality read `rows` as an ordinary property
 * (own and enumerable, in its place among the keys): they get the whole list, made once.
 */
export function defineLazyRows<Row>(owner: { rows: Row[] }, make: () => Row[]): void {
  const settle = (rows: Row[]): Row[] => {
    Object.defineProperty(owner, 'rows', { value: rows, writable: true, enumerable: true, configurable: true });
    return rows;
  };
  Object.defineProperty(owner, 'rows', {
    enumerable: true,
    configurable: true,
    get: () => settle(make()),
    set: (rows: Row[]) => settle(rows),
  });
}
