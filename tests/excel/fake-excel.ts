/**
 * A fake Excel RequestContext that behaves like office-js where it matters to Lapkin:
 * - operations are queued and only happen at context.sync(); loaded properties throw until a sync;
 * - every sync is counted and the JSON size of what it carries is measured (the request);
 * - a request over `requestLimit` bytes fails with RequestPayloadSizeLimitExceeded and changes nothing,
 *   as Excel on the web does at 5 MB; a response over `responseLimit` fails with ResponsePayloadSizeLimitExceeded;
 * - a string written into a cell whose number format is "@" stays text, otherwise "=…" becomes a formula;
 * - failAt(k) makes sync k fail, with nothing applied (as a refused batch) or after its first n actions
 *   (as office-js, which carries out a batch's actions in order and stops at the one that fails);
 * - a sheet can be renamed (defined names follow it) and deleted (names referring to it become #REF!).
 * Objects it does not model (format, pageLayout, charts, …) are recorded generically: every property set
 * and method call is one queued operation, as it is one action in an office-js request.
 */
import type { ExcelRun } from '../../src/excel/run';
import { parseArea } from '../../src/excel/addresses';

type Obj = Record<string | symbol, unknown>;
type CellData = string | number | boolean;

export interface WrittenCell {
  value?: CellData;
  formula?: string;
  format?: string;
}

export interface FakeSheet {
  name: string;
  /** cells of the used range for reading, from (originRow, originCol) */
  values?: CellData[][];
  numberFormat?: string[][];
  formulas?: CellData[][];
  originRow?: number;
  originCol?: number;
  /** merged areas address as RangeAreas.address gives it */
  mergedAreas?: string;
  /** hidden rows and columns, 0-based sheet indexes (answered through the used range's visible cells) */
  hiddenRows?: number[];
  hiddenCols?: number[];
  written: Map<string, WrittenCell>;
  hyperlinks: Map<string, { documentReference?: string; textToDisplay?: string }>;
  merges: string[];
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Op {
  desc: unknown;
  apply: () => void;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: { name: string; value: string }[] = [];
  syncCount = 0;
  /** size of every request sent, refused ones included */
  requestSizes: number[] = [];
  /** size of every request Excel carried out */
  appliedSizes: number[] = [];
  responseSizes: number[] = [];
  requestLimit = 5_000_000;
  responseLimit = Number.POSITIVE_INFINITY;
  /** every queued operation description, of every sync, for assertions */
  log: unknown[] = [];
  /** errors thrown by the next syncs, in order (simulates Excel refusing a batch) */
  failures: unknown[] = [];
  /** syncs (1-based) that fail, with how many of their actions are applied first */
  private failing = new Map<number, { afterOps: number; error: unknown }>();
  private queue: Op[] = [];
  private responses: (() => number)[] = [];

  constructor(sheets: Partial<FakeSheet>[] = []) {
    for (const s of sheets) this.addSheet(s.name ?? `Sheet${this.sheets.length + 1}`, s);
  }

  addSheet(name: string, data: Partial<FakeSheet> = {}): FakeSheet {
    const sheet: FakeSheet = { written: new Map(), hyperlinks: new Map(), merges: [], ...data, name };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new OfficeError('ItemNotFound', `sheet ${name} not found`);
    return s;
  }

  /** Renames a sheet; defined names referring to it follow, as in Excel. */
  renameSheet(sheet: FakeSheet, to: string): void {
    if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === to.toLowerCase())) throw new OfficeError('ItemAlreadyExists', to);
    if (to.length > 31 || /[[\]:*?/\\]/.test(to)) throw new OfficeError('InvalidArgument', to);
    const from = `${quote(sheet.name)}!`;
    sheet.name = to;
    for (const n of this.names) if (n.value.startsWith(from)) n.value = `${quote(to)}!${n.value.slice(from.length)}`;
  }

  /** Deletes a sheet; defined names referring to it become #REF!, as in Excel. */
  deleteSheet(sheet: FakeSheet): void {
    const from = `${quote(sheet.name)}!`;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const n of this.names) if (n.value.startsWith(from)) n.value = `#REF!${n.value.slice(from.length)}`;
  }

  get largestRequest(): number {
    return Math.max(0, ...this.requestSizes);
  }

  readonly run: ExcelRun = async (batch) => {
    const context = { workbook: workbookProxy(this), sync: () => this.sync() };
    return batch(context as unknown as Excel.RequestContext);
  };

  enqueue(desc: unknown, apply: () => void = () => undefined): void {
    this.queue.push({ desc, apply });
  }

  /** Registers a response part, measured at the next sync. */
  respond(size: () => number): void {
    this.responses.push(size);
  }

  /** Sync number `sync` (1-based) fails with `error`, after applying its first `afterOps` actions. */
  failAt(sync: number, afterOps = 0, error: unknown = new OfficeError('ConnectionFailure', 'The connection to Excel was lost.')): void {
    this.failing.set(sync, { afterOps, error });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    const responses = this.responses;
    this.queue = [];
    this.responses = [];
    const size = JSON.stringify(ops.map((o) => o.desc)).length;
    this.requestSizes.push(size);
    if (this.failures.length > 0) throw this.failures.shift();
    const failing = this.failing.get(this.syncCount);
    if (failing) {
      for (const o of ops.slice(0, failing.afterOps)) {
        this.log.push(o.desc);
        o.apply();
      }
      throw failing.error;
    }
    if (size > this.requestLimit) throw new OfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    this.appliedSizes.push(size);
    for (const o of ops) this.log.push(o.desc);
    for (const o of ops) o.apply();
    const response = responses.reduce((n, r) => n + r(), 0);
    this.responseSizes.push(response);
    if (response > this.responseLimit) throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }

  /** A property that can only be read after the sync that follows its load. */
  loaded<T>(loadedAt: { sync: number }, get: () => T): T {
    if (loadedAt.sync < 0 || this.syncCount <= loadedAt.sync) throw new Error('PropertyNotLoaded: call load() and context.sync() first');
    return get();
  }
}

function workbookProxy(fx: FakeExcel): Obj {
  const sheetsLoad = { sync: -1 };
  const namesLoad = { sync: -1 };
  return {
    application: recorder(fx, 'application'),
    worksheets: {
      load: (props: string) => {
        sheetsLoad.sync = fx.syncCount;
        fx.enqueue({ load: 'worksheets', props });
        fx.respond(() => JSON.stringify(fx.sheets.map((s) => s.name)).length);
      },
      get items() {
        return fx.loaded(sheetsLoad, () => fx.sheets.map((s) => sheetProxy(fx, () => s)));
      },
      getItem: (name: string) => sheetProxy(fx, () => fx.sheet(name)),
      add: (name: string) => {
        let created: FakeSheet | undefined;
        fx.enqueue({ add: name }, () => {
          if (fx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new OfficeError('ItemAlreadyExists', name);
          created = fx.addSheet(name);
        });
        return sheetProxy(fx, () => created ?? fx.sheet(name), name);
      },
    },
    names: {
      load: (props: string) => {
        namesLoad.sync = fx.syncCount;
        fx.enqueue({ load: 'names', props });
        fx.respond(() => JSON.stringify(fx.names).length);
      },
      get items() {
        return fx.loaded(namesLoad, () => fx.names.map((n) => ({ ...n })));
      },
      getItem: (name: string) => ({
        delete: () => fx.enqueue({ deleteName: name }, () => (fx.names = fx.names.filter((n) => n.name !== name))),
      }),
      add: (name: string, reference: { address: () => string }, comment?: string) =>
        fx.enqueue({ addName: name, comment }, () => {
          if (fx.names.some((n) => n.name === name)) throw new OfficeError('ItemAlreadyExists', name);
          fx.names.push({ name, value: reference.address() });
        }),
    },
  };
}

function sheetProxy(fx: FakeExcel, resolve: () => FakeSheet, label?: string): Obj {
  // a sheet added in this batch does not exist yet: its operations are labelled with the name it will get
  const path = (): string => {
    if (label) return label;
    try {
      return resolve().name;
    } catch {
      return '?';
    }
  };
  const self: Obj = {
    get name() {
      return resolve().name;
    },
    set name(to: string) {
      fx.enqueue({ renameSheet: path(), to }, () => fx.renameSheet(resolve(), to));
    },
    get position() {
      return fx.sheets.indexOf(resolve());
    },
    getRange: (address: string) => rangeProxy(fx, resolve, address),
    getUsedRangeOrNullObject: () => usedRange(fx, resolve),
    delete: () => fx.enqueue({ deleteSheet: path() }, () => fx.deleteSheet(resolve())),
    activate: () => fx.enqueue({ activate: path() }, () => resolve()),
  };
  return new Proxy(self, {
    get: (target, prop) => (prop in target ? target[prop] : recorder(fx, `${path()}.${String(prop)}`)),
  });
}

function rangeProxy(fx: FakeExcel, resolveSheet: () => FakeSheet, address: string): Obj {
  const loadAt = { sync: -1 };
  // whole columns ("A:C") and rows ("7:12") only carry formats here, not cells
const area = parseArea(/^([A-Z]+:[A-Z]+|\d+:\d+)$/i.test(address) ? 'A1' : address);
  const cells = (fn: (key: string, r: number, c: number) => void): void => {
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(`${r},${c}`, r, c);
  };
  const setGrid = (prop: string, grid: unknown[][]): void => {
    fx.enqueue({ range: address, set: prop, value: grid }, () => {
      const sheet = resolveSheet();
      writeVersion.set(sheet, (writeVersion.get(sheet) ?? 0) + 1);
      cells((key, r, c) => {
        const v = grid[r - area.top]?.[c - area.left];
        if (v === null || v === undefined) return;
        const cell = sheet.written.get(key) ?? {};
        if (prop === 'numberFormat') cell.format = String(v);
        else if (typeof v === 'string' && v.startsWith('=') && cell.format !== '@') {
          cell.formula = v.slice(1);
          delete cell.value;
        } else {
          cell.value = v as CellData;
          delete cell.formula;
        }
        sheet.written.set(key, cell);
      });
    });
  };
  const cache = new Map<string, unknown[][]>();
  const readGrid = (prop: 'values' | 'numberFormat' | 'text' | 'formulas'): unknown[][] =>
    fx.loaded(loadAt, () => {
      const hit = cache.get(prop) ?? sliceGrid(withWrittenCells(resolveSheet()), prop, area.top, area.left, area.bottom, area.right);
      cache.set(prop, hit);
      return hit;
    });
  const self: Obj = {
    set numberFormat(v: unknown[][]) {
      setGrid('numberFormat', v);
    },
    set formulas(v: unknown[][]) {
      setGrid('formulas', v);
    },
    set values(v: unknown[][]) {
      setGrid('values', v);
    },
    get values() {
      return readGrid('values');
    },
    get numberFormat() {
      return readGrid('numberFormat');
    },
    get text() {
      return readGrid('text');
    },
    get formulas() {
      return readGrid('formulas');
    },
    set hyperlink(v: { documentReference?: string; textToDisplay?: string }) {
      fx.enqueue({ range: address, set: 'hyperlink', value: v }, () => resolveSheet().hyperlinks.set(address, v));
    },
    merge: (across: boolean) => fx.enqueue({ range: address, merge: across }, () => resolveSheet().merges.push(address)),
    select: () => fx.enqueue({ range: address, select: true }, () => resolveSheet()),
    load: (props: string) => {
      loadAt.sync = fx.syncCount;
      fx.enqueue({ range: address, load: props });
      fx.respond(() => {
        const sheet = withWrittenCells(resolveSheet());
        return JSON.stringify(props.split(',').map((p) => sliceGrid(sheet, p.trim() as 'values', area.top, area.left, area.bottom, area.right))).length;
      });
    },
    address: () => `${quote(resolveSheet().name)}!${address}`,
  };
  return new Proxy(self, {
    get: (target, prop) => (prop in target ? target[prop] : recorder(fx, `${address}.${String(prop)}`)),
    set: (target, prop, value) => {
      if (prop in target) target[prop] = value;
      else fx.enqueue({ range: address, set: String(prop), value });
      return true;
    },
  });
}

const CELL_GRIDS = ['values', 'numberFormat', 'text', 'formulas'] as const;

function usedRange(fx: FakeExcel, resolveSheet: () => FakeSheet): Obj {
  const loadAt = { sync: -1 };
  const shape = () => {
    const s = withWrittenCells(resolveSheet());
    const rows = s.values?.length ?? 0;
    const cols = (s.values ?? []).reduce((w, r) => Math.max(w, r.length), 0);
    return { s, rows, cols, top: s.originRow ?? 0, left: s.originCol ?? 0 };
  };
  // Loaded once, as office-js fills a proxy's properties at sync.
  const cache = new Map<string, unknown[][]>();
  const grid = (prop: 'values' | 'numberFormat' | 'text' | 'formulas') =>
    fx.loaded(loadAt, () => {
      const { s, rows, cols, top, left } = shape();
      const hit = cache.get(prop) ?? sliceGrid(s, prop, top, left, top + rows - 1, left + cols - 1);
      cache.set(prop, hit);
      return hit;
    });
  return {
    load: (props: string) => {
      loadAt.sync = fx.syncCount;
      fx.enqueue({ usedRange: resolveSheet().name, load: props });
      fx.respond(() => {
        const { s, rows, cols, top, left } = shape();
        const grids = CELL_GRIDS.filter((p) => props.split(',').map((x) => x.trim()).includes(p));
        // the shape alone (rowIndex, columnIndex, rowCount, columnCount) is a few numbers
        return 64 + (grids.length ? JSON.stringify(grids.map((p) => sliceGrid(s, p, top, left, top + rows - 1, left + cols - 1))).length : 0);
      });
    },
    get isNullObject() {
      return fx.loaded(loadAt, () => shape().rows === 0);
    },
    get rowIndex() {
      return fx.loaded(loadAt, () => shape().top);
    },
    get columnIndex() {
      return fx.loaded(loadAt, () => shape().left);
    },
    get rowCount() {
      return fx.loaded(loadAt, () => shape().rows);
    },
    get columnCount() {
      return fx.loaded(loadAt, () => shape().cols);
    },
    get values() {
      return grid('values');
    },
    get numberFormat() {
      return grid('numberFormat');
    },
    get text() {
      return grid('text');
    },
    get formulas() {
      return grid('formulas');
    },
    getSpecialCellsOrNullObject: (type: string) => {
      const visibleLoad = { sync: -1 };
      const address = () => {
        const { s, rows, cols, top, left } = shape();
        return visibleAddress(s, top, left, rows, cols);
      };
      return {
        load: () => {
          visibleLoad.sync = fx.syncCount;
          fx.enqueue({ specialCells: resolveSheet().name, type });
          fx.respond(() => address().length + 16);
        },
        get isNullObject() {
          return fx.loaded(visibleLoad, () => address() === '');
        },
        get address() {
          return fx.loaded(visibleLoad, address);
        },
      };
    },
    getMergedAreasOrNullObject: () => {
      const mergedLoad = { sync: -1 };
      return {
        load: () => {
          mergedLoad.sync = fx.syncCount;
          fx.enqueue({ mergedAreas: resolveSheet().name });
          fx.respond(() => (resolveSheet().mergedAreas ?? '').length + 16);
        },
        get isNullObject() {
          return fx.loaded(mergedLoad, () => !resolveSheet().mergedAreas);
        },
        get address() {
          return fx.loaded(mergedLoad, () => resolveSheet().mergedAreas ?? '');
        },
      };
    },
  };
}

/** Runs of indexes from `from` (count `n`) not in `hidden`, as [first, last] pairs. */
function visibleRuns(from: number, n: number, hidden: number[] | undefined): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = from; i < from + n; i++) {
    if (hidden?.includes(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** The visible cells of a used range as Excel's RangeAreas.address writes them: visible rows × visible columns, '' when none. */
function visibleAddress(s: FakeSheet, top: number, left: number, rows: number, cols: number): string {
  const rowRuns = visibleRuns(top, rows, s.hiddenRows);
  const colRuns = visibleRuns(left, cols, s.hiddenCols);
  const blocks: string[] = [];
  for (const [r0, r1] of rowRuns) for (const [c0, c1] of colRuns) blocks.push(`${quote(s.name)}!${areaAddressOf(r0, c0, r1, c1)}`);
  return blocks.join(', ');
}

function areaAddressOf(top: number, left: number, bottom: number, right: number): string {
  const letter = (c: number): string => (c >= 26 ? letter(Math.floor(c / 26) - 1) : '') + String.fromCharCode(65 + (c % 26));
  return `${letter(left)}${top + 1}:${letter(right)}${bottom + 1}`;
}

/**
 * A sheet Lapkin wrote (no preset data) reads back what was written: values, and formulas as "=…", from the
 * top-left written cell, as Excel's used range (valuesOnly) gives them.
 */
function withWrittenCells(s: FakeSheet): FakeSheet {
  if (s.values !== undefined || s.written.size === 0) return s;
  const hit = readBack.get(s);
  if (hit && hit.version === (writeVersion.get(s) ?? 0)) return hit.sheet;
  const at: [number, number, WrittenCell][] = [];
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  for (const [key, cell] of s.written) {
    if (cell.formula === undefined && (cell.value === undefined || cell.value === '')) continue;
    const [r, c] = key.split(',').map(Number);
    at.push([r, c, cell]);
    top = Math.min(top, r);
    left = Math.min(left, c);
  }
  if (at.length === 0) return s;
  const values: CellData[][] = [];
  const formulas: CellData[][] = [];
  for (const [r, c, cell] of at) {
    const row = r - top;
    for (let k = values.length; k <= row; k++) {
      values[k] = [];
      formulas[k] = [];
    }
    values[row][c - left] = cell.value ?? 0;
    formulas[row][c - left] = cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? '');
  }
  const sheet = { ...s, values, formulas, originRow: top, originCol: left };
  readBack.set(s, { version: writeVersion.get(s) ?? 0, sheet });
  return sheet;
}

/** What a written sheet reads back, made again only after a write to it. */
const readBack = new WeakMap<FakeSheet, { version: number; sheet: FakeSheet }>();
const writeVersion = new WeakMap<FakeSheet, number>();

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A block of the sheet's preset data; text is the value as shown (numbers with "." decimals here). */
function sliceGrid(s: FakeSheet, prop: 'values' | 'numberFormat' | 'text' | 'formulas', top: number, left: number, bottom: number, right: number): unknown[][] {
  const out: unknown[][] = [];
  const r0 = s.originRow ?? 0;
  const c0 = s.originCol ?? 0;
  for (let r = top; r <= bottom; r++) {
    const row: unknown[] = [];
    for (let c = left; c <= right; c++) {
      const v = s.values?.[r - r0]?.[c - c0] ?? '';
      if (prop === 'values') row.push(v);
      else if (prop === 'text') row.push(String(v));
      else if (prop === 'numberFormat') row.push(s.numberFormat?.[r - r0]?.[c - c0] ?? 'General');
      else row.push(s.formulas?.[r - r0]?.[c - c0] ?? v);
    }
    out.push(row);
  }
  return out;
}

/**
 * Records whatever is done to an object the fake does not model: a property set or a method call is one
 * queued operation with its arguments; a method's result is another recorder.
 */
export function recorder(fx: FakeExcel, path: string): Obj {
  const fn = function () {
    /* callable target */
  };
  return new Proxy(fn as unknown as Obj, {
    get: (_t, prop) => {
      if (prop === 'then' || typeof prop === 'symbol') return undefined;
      return recorder(fx, `${path}.${String(prop)}`);
    },
    set: (_t, prop, value) => {
      fx.enqueue({ path: `${path}.${String(prop)}`, value: serialisable(value) });
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      fx.enqueue({ call: path, args: args.map(serialisable) });
      return recorder(fx, `${path}()`);
    },
  });
}

function serialisable(v: unknown): unknown {
  if (typeof v === 'function') return '[object]';
  if (typeof v === 'object' && v !== null && typeof (v as Obj).address === 'function') return '[range]';
  return v;
}
