/**
 * A `rows` list made the first time it is read. A 100,000-row Tabel 3.1 has a row object per sub
 * kegiatan, and a recomputed row per row again; the check itself reads the table's columns
 * (columns.ts) and never the rows, so a command that only checks makes none of them. The report, the
 * task pane, a finding's message, JSON and test equality read `rows` as an ordinary property
 * (own and enumerable, in its place among the keys): they get the whole list, made once.
 */

/** Owners whose rows have been made (for tests and diagnostics: whether a check made any). */
const made = new WeakSet<object>();

export function defineLazyRows<Row>(owner: { rows: Row[] }, make: () => Row[]): void {
  let rows: Row[] | undefined;
  // An accessor kept for good, rather than replaced by a plain value once made: redefining a property
  // turns the object into a slow dictionary of properties, and the report reads `rows` in its loops.
  Object.defineProperty(owner, 'rows', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (rows === undefined) {
        rows = make();
        made.add(owner);
      }
      return rows;
    },
    set: (value: Row[]) => {
      rows = value;
      made.add(owner);
    },
  });
}

/** Whether the owner's rows have been made (or it never had lazy ones). */
export function rowsMade(owner: object): boolean {
  return made.has(owner) || Object.getOwnPropertyDescriptor(owner, 'rows')?.get === undefined;
}
