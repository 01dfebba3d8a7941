/** Where each row of a budget table sits: the placement the hierarchy works out and the linkers fill in. */

/** Every row's placement, one array per field: level codes (levels.ts), parents, and kode[i] undefined where the row has no code. */
export interface Placements {
  level: Uint8Array;
  parent: Int32Array;
  /** Each row's normalized code. */
  codes: CodeList;
  /**
   * Known from placing a Tabel 3.1: true when every row with a code has a budget code and those codes
   * strictly ascend (codeBefore), false when they do not; absent when not worked out (kode rekening present).
   */
  codesAscend?: boolean;
  /**
   * Uncoded rows whose uraian names a kode rekening group ("Belanja Operasi", belanja-groups.ts), in table order:
   * coded lines of the group's account are placed under them already; uncoded lines are handed to them by
   * item-nesting.ts. Absent when there are none.
   */
  namedGroups?: number[];
}

/** Row i's normalized code, undefined where it has none. */
export interface CodeList {
  get(i: number): string | undefined;
}

