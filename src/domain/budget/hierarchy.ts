/**
 * Where each row of a budget table sits: its level and its parent.
 *
 * Tabel 3.1 (codes): a row's parent is the row whose code is its longest proper prefix; the unit's own
 * row ("Biro Organisasi", no code, above the first code) is the parent of the top codes; rows without a
 * code below the first code, and kode rekening rows, are line items of the coded row above them.
 *
 * Detail tables (no codes): numbered rows form a tree by numbering rank ("I" over "1.1"), unnumbered
 * rows are line items of the numbered row above them. Levels come from the words the planner wrote
 * ("Program …", "Kegiatan …") and otherwise from the height in the tree (leaves are sub kegiatan).
 */
import type { BudgetLevel } from '../model';
import { CLEAN_REKENING, NOT_CLEAN, cleanCodeSegmentsSharing, codeKind, commonLength, isTotalLabel, levelOfSegments } from './code';
import { LEVEL, LEVEL_NAMES, levelCode } from './levels';
import { parseNumbering } from './numbering';
import type { CodeList, Placements } from './placements';
import { belanjaGroupCode } from './belanja-groups';
import { isBelanjaHead, RekeningNest } from './item-nesting';
import { InOrderLinker, linkByMap } from './prefix-parents';

export type { CodeList, Placements } from './placements';

export interface RowLabels {
  kode: string;
  no: string;
  uraian: string;
  /** Leading spaces of the uraian as typed (LabelColumns.indent). */
  indent?: number;
}

export interface Placement {
  level: BudgetLevel;
  parent: number;
  /** Normalized code, where the row has one (budget code or kode rekening). */
  kode?: string;
  /** An uncoded line whose uraian names a kode rekening group (Placements.namedGroups). */
  namedGroup?: true;
}

/** Every row's labels, one array per column: what the builder collects. */
export interface LabelColumns {
  kode: string[];
  /** Absent when the sheet has no No. column: every row's is ''. */
  no?: string[];
  uraian: string[];
  /** Leading spaces of each row's uraian as typed, where a detail table's levels may show only by them (absent: not read). */
  indent?: number[];
}

/** True when the row is a totals row, whichever column holds the word ("JUMLAH" often sits in the kode column). */
export function totalsLabel(labels: RowLabels): string | undefined {
  return totalsLabelOf(labels.kode, labels.no, labels.uraian);
}

export function totalsLabelOf(kode: string, no: string, uraian: string): string | undefined {
  if (isTotalLabel(kode)) return kode;
  if (isTotalLabel(no)) return no;
  return isTotalLabel(uraian) ? uraian : undefined;
}

function toPlacementList(p: Placements): Placement[] {
  const named = new Set(p.namedGroups);
  return Array.from(p.level, (code, i) => {
    const level = LEVEL_NAMES[code];
    const kode = p.codes.get(i);
    const placement: Placement = kode !== undefined ? { level, parent: p.parent[i], kode } : { level, parent: p.parent[i] };
    if (named.has(i)) placement.namedGroup = true;
    return placement;
  });
}

function toPlacements(list: Placement[]): Placements {
  const out: Placements = { level: Uint8Array.from(list, (p) => levelCode(p.level)), parent: Int32Array.from(list, (p) => p.parent), codes: new CodeArray(list.map((p) => p.kode)) };
  const named = list.flatMap((p, i) => (p.namedGroup ? [i] : []));
  if (named.length > 0) out.namedGroups = named;
  return out;
}

class CodeArray implements CodeList {
  constructor(private readonly codes: (string | undefined)[]) {}

  get(i: number): string | undefined {
    return this.codes[i];
  }
}

/**
 * A Tabel 3.1's codes: nearly every row's code is its kode label as typed (a clean code is its own normal
 * form), so only the rows whose code differs (none, a totals row, a normalized one) are kept apart, and
 * the labels' own array serves the rest.
 */
class CodesByLabel implements CodeList {
  private readonly differs = new Map<number, string | undefined>();
  /** 1 where the code differs from the label: a flag read per row, the map only for those rows. */
  private readonly marked: Uint8Array;

  constructor(private readonly labels: string[]) {
    this.marked = new Uint8Array(labels.length);
  }

  set(i: number, kode: string | undefined): void {
    if (kode === this.labels[i]) return;
    this.differs.set(i, kode);
    this.marked[i] = 1;
  }

  get(i: number): string | undefined {
    return this.marked[i] === 1 ? this.differs.get(i) : this.labels[i];
  }
}

function toColumns(rows: RowLabels[]): LabelColumns {
  const columns: LabelColumns = { kode: rows.map((r) => r.kode), no: rows.map((r) => r.no), uraian: rows.map((r) => r.uraian) };
  if (rows.some((r) => r.indent !== undefined)) columns.indent = rows.map((r) => r.indent ?? 0);
  return columns;
}

export function placeCodedRows(rows: RowLabels[]): Placement[] {
  return toPlacementList(placeCodedColumns(toColumns(rows)));
}

export function placeNumberedRows(rows: RowLabels[]): Placement[] {
  return placeNumberedList(toColumns(rows));
}

/** placeNumberedRows for the builder (detail tables are short: the object per row is kept there). */
export function placeNumberedColumns(labels: LabelColumns): Placements {
  return toPlacements(placeNumberedList(labels));
}

/** Tabel 3.1 placements, one array per field. */
export function placeCodedColumns(labels: LabelColumns): Placements {
  const n = labels.kode.length;
  const codes = new CodesByLabel(labels.kode);
  const out: Placements = { level: new Uint8Array(n), parent: new Int32Array(n), codes };
  const place = (i: number, level: number, parent: number, kode: string | undefined): void => {
    out.level[i] = level;
    out.parent[i] = parent;
    codes.set(i, kode);
  };
  /** The unit row when its kode is a kode rekening: the one row with a code and a budget level that is not budget-coded. */
  let rekeningUnit = -1;
  const linker = new InOrderLinker(out.parent);
  const nest = new RekeningNest();
  const scan = { shared: 0 };
  let rekeningCount = 0;
  let unit = -1;
  let lastCoded = -1;
  let seenCode = false;

  for (let i = 0; i < n; i++) {
    const kode = labels.kode[i];
    if (totalsLabelOf(kode, labels.no?.[i] ?? '', labels.uraian[i]) !== undefined) {
      place(i, LEVEL.total, -1, undefined);
      continue;
    }
    // A cleanly typed budget code (nearly every row) without the object codeKind makes, and how much of
    // the previous code it repeats, in one read of its characters.
    let segments = cleanCodeSegmentsSharing(kode, linker.previous, scan);
    let shape = segments === NOT_CLEAN ? codeKind(kode) : undefined;
    // "5" / "5.1" under a sub kegiatan, in a kode column shared with programme codes: a kode rekening group.
    if (lastCoded >= 0 && out.level[lastCoded] >= LEVEL.kegiatan && (segments === 1 || segments === 2 || shape?.kind === 'budget')) {
      const code = shape?.kind === 'budget' ? shape.code : kode;
      if (isBelanjaHead(code, labels.kode[i + 1])) {
        segments = NOT_CLEAN;
        shape = { kind: 'rekening', code };
      }
    }
    if (segments > 0 || shape?.kind === 'budget') {
      seenCode = true;
      nest.reset();
      lastCoded = i;
      // The unit row until a prefix row is found.
      if (shape?.kind === 'budget') {
        place(i, levelCode(shape.level), unit, shape.code);
        linker.add(i, shape.code, commonLength(linker.previous, shape.code));
      } else {
        place(i, levelCode(levelOfSegments(segments)), unit, kode);
        linker.add(i, kode, scan.shared);
      }
      continue;
    }
    const rekening = segments === CLEAN_REKENING ? kode : shape?.kind === 'rekening' ? shape.code : undefined;
    if (rekening !== undefined) rekeningCount++;
    if (!seenCode) {
      // Above the first code: the unit's own row. A second such row is a line of the first (rare).
      if (unit === -1) {
        unit = i;
        if (rekening !== undefined) rekeningUnit = i;
        place(i, LEVEL.unit, -1, rekening);
      } else {
        place(i, LEVEL.rincian, unit, rekening);
      }
      continue;
    }
    if (rekening === undefined) {
      // An uncoded line naming a kode rekening group ("Belanja Operasi"): the lines of its account go under it.
      const group = belanjaGroupCode(labels.uraian[i]);
      if (group !== undefined) {
        (out.namedGroups ??= []).push(i);
        place(i, LEVEL.rincian, nest.place(i, group, lastCoded), undefined);
        continue;
      }
    }
    place(i, LEVEL.rincian, rekening !== undefined ? nest.place(i, rekening, lastCoded) : lastCoded, rekening);
  }

  if (!linker.inOrder) linkByMap(out, rekeningUnit);
  if (rekeningCount === 0) out.codesAscend = linker.inOrder;
  return out;
}

function placeNumberedList(labels: LabelColumns): Placement[] {
  const out: Placement[] = [];
  const stack: { index: number; rank: number }[] = [];
  const indents = indentLevels(labels);
  /** The indented rows above, deepest last, under the last numbered row. */
  const indented: { index: number; indent: number }[] = [];
  let unit = -1;
  let lastNumbered = -1;
  let previousLetter: string | undefined;
  const nest = new RekeningNest();

  const n = labels.kode.length;
  for (let i = 0; i < n; i++) {
    if (totalsLabelOf(labels.kode[i], labels.no?.[i] ?? '', labels.uraian[i]) !== undefined) {
      out.push({ level: 'total', parent: -1 });
      continue;
    }
    const numbering = parseNumbering(labels.no?.[i] ?? '', previousLetter);
    const read = codeKind(labels.kode[i]);
    // "5" / "5.1" under a numbered row: a kode rekening group, as in a Tabel 3.1.
    const code = read.kind === 'budget' && lastNumbered >= 0 && isBelanjaHead(read.code, labels.kode[i + 1]) ? { kind: 'rekening' as const, code: read.code } : read;
    const kode = code.kind === 'none' ? {} : { kode: code.code };
    if (numbering) {
      if (numbering.rank === 1) previousLetter = numbering.token;
      while (stack.length > 0 && stack[stack.length - 1].rank >= numbering.rank) stack.pop();
      const parent = stack.length > 0 ? stack[stack.length - 1].index : unit;
      stack.push({ index: i, rank: numbering.rank });
      lastNumbered = i;
      nest.reset();
      indented.length = 0;
      out.push({ level: 'subKegiatan', parent, ...kode });
      continue;
    }
    if (indents && (lastNumbered >= 0 || !labels.no) && code.kind !== 'rekening') {
      // Levels shown by leading spaces: a row's parent is the nearest row above indented less.
      const indent = indents[i];
      while (indented.length > 0 && indented[indented.length - 1].indent >= indent) indented.pop();
      const parent = indented.length > 0 ? indented[indented.length - 1].index : lastNumbered;
      indented.push({ index: i, indent });
      out.push({ level: 'subKegiatan', parent, ...kode });
      continue;
    }
    if (lastNumbered === -1 && unit === -1) {
      unit = i;
      out.push({ level: 'unit', parent: -1, ...kode });
      continue;
    }
    const owner = lastNumbered === -1 ? unit : lastNumbered;
    // An uncoded line naming a kode rekening group ("Belanja Operasi"): as in a Tabel 3.1.
    const group = code.kind === 'none' ? belanjaGroupCode(labels.uraian[i]) : undefined;
    if (group !== undefined) {
      out.push({ level: 'rincian', parent: nest.place(i, group, owner), namedGroup: true });
      continue;
    }
    out.push({ level: 'rincian', parent: code.kind === 'rekening' ? nest.place(i, code.code, owner) : owner, ...kode });
  }

  assignNumberedLevels(out, labels.uraian);
  return out;
}

/**
 * The leading spaces of each row, where the unnumbered rows under the numbered ones show two depths or more
 * ("  Kegiatan …" over "    Sub kegiatan …", as planners indent a table without codes): then they are levels of
 * the tree, not line items. One depth alone is line items indented under their row, as before.
 */
function indentLevels(labels: LabelColumns): number[] | undefined {
  const { indent, no } = labels;
  if (!indent) return undefined;
  const depths = new Set<number>();
  // Without a numbering column every row is placed by its indent, the flush-left rows at the top.
  let numbered = no === undefined;
  for (let i = 0; i < indent.length; i++) {
    if (no !== undefined && no[i] !== '') numbered = true;
    else if (numbered && indent[i] > 0 && labels.uraian[i] !== '') depths.add(indent[i]);
    if (depths.size > 1) return indent;
  }
  return undefined;
}

/** Leaves of the numbered tree are sub kegiatan, their parents kegiatan, above that program — unless the words say otherwise. */
function assignNumberedLevels(out: Placement[], uraian: string[]): void {
  const height = new Array<number>(out.length).fill(0);
  // Children always come after their parent, so one backward pass gives every numbered row its height.
  for (let i = out.length - 1; i >= 0; i--) {
    const p = out[i];
    if (p.level === 'rincian' || p.level === 'total' || p.level === 'unit') continue;
    if (p.parent >= 0 && out[p.parent].level !== 'unit') height[p.parent] = Math.max(height[p.parent], height[i] + 1);
  }
  out.forEach((p, i) => {
    if (p.level !== 'subKegiatan') return;
    p.level = levelFromWords(uraian[i]) ?? (height[i] === 0 ? 'subKegiatan' : height[i] === 1 ? 'kegiatan' : 'program');
  });
}

function levelFromWords(uraian: string): Extract<BudgetLevel, 'program' | 'kegiatan' | 'subKegiatan'> | undefined {
  const t = uraian.trim().toLowerCase();
  if (/^sub\s*-?\s*kegiatan\b/.test(t)) return 'subKegiatan';
  if (/^kegiatan\b/.test(t)) return 'kegiatan';
  if (/^program\b/.test(t)) return 'program';
  return undefined;
}
