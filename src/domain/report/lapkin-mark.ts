/**
 * Lapkin's mark on a sheet it generated: a workbook defined name that refers to the sheet's A1 and
 * carries the sheet's kind, a fingerprint of the cells Lapkin wrote there, and a checksum of all that
 * keyed with Lapkin's own marker text. A planner's name that merely looks like a mark
 * ("Lapkin_tabel_3_1_1") fails the checksum and is an ordinary name; a marked sheet whose cells no
 * longer match the fingerprint holds the planner's edits and is never deleted.
 *
 * The fingerprint covers what both hosts read back the same way: the position of every non-empty
 * cell, the value of constants, and only the presence of a formula (hosts rewrite formula text). Text
 * that starts with "=" counts as a formula too: office-js's Range.formulas cannot tell the two apart.
 */
import type { Grid } from '../grid/grid';
import type { PlanCell, ReportSheetKind, SheetPlan } from './sheet-plan';
import { LAPKIN_MARK_PREFIX } from './sheet-plan';

const MARKER = 'Lapkin: lembar buatan Lapkin, diganti setiap kali laporan dibuat ulang (v2)';
const KINDS: ReportSheetKind[] = ['tabel-3.1', 'detail', 'capaian-pk', 'temuan'];

const stemOf = (kind: string): string => kind.replace(/[^A-Za-z0-9]/g, '_');
const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** FNV-1a over UTF-16 code units, fed in pieces. */
function fnv(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Folds cells (given row-major) into a fingerprint; a cell is a constant value or a formula. */
export class FingerprintBuilder {
  private h = 0x811c9dc5;

  add(row: number, col: number, cell: { formula: true } | { value: string | number | boolean | null }): void {
    if ('formula' in cell) {
      this.h = fnv(`${row},${col}=;`, this.h);
      return;
    }
    const v = cell.value;
    if (v === null || v === '') return;
    if (typeof v === 'string' && v.startsWith('=')) {
      this.h = fnv(`${row},${col}=;`, this.h);
      return;
    }
    const tag = typeof v === 'number' ? 'n' : typeof v === 'boolean' ? 'b' : 's';
    this.h = fnv(`${row},${col}${tag}${String(v).length}:${String(v)};`, this.h);
  }

  digest(): string {
    return hex8(this.h);
  }
}

/**
 * The fingerprint of what writing `plan` puts in its sheet. `linksAsFormulas`: a host without hyperlink
 * support writes link cells as HYPERLINK formulas.
 */
export function planFingerprint(plan: SheetPlan, linksAsFormulas = false): string {
  const fp = new FingerprintBuilder();
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) fp.add(r, c, fingerprintCell(cell, linksAsFormulas));
    }),
  );
  return fp.digest();
}

function fingerprintCell(cell: PlanCell, linksAsFormulas: boolean): { formula: true } | { value: string | number } {
  switch (cell.kind) {
    case 'text':
      return { value: cell.text };
    case 'number':
      return { value: cell.value };
    case 'formula':
      return { formula: true };
    case 'link':
      return linksAsFormulas ? { formula: true } : { value: cell.text };
  }
}

/** The fingerprint of a sheet as a host read it (its used range from originRow/originCol). */
export function gridFingerprint(grid: Pick<Grid, 'rows' | 'originRow' | 'originCol'>): string {
  const fp = new FingerprintBuilder();
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) fp.add(grid.originRow + r, grid.originCol + c, cell.formula ? { formula: true } : { value: cell.value });
    }),
  );
  return fp.digest();
}

export interface LapkinMark {
  /** the defined name itself */
  name: string;
  kind: ReportSheetKind;
  /** the fingerprint of the cells Lapkin wrote */
  fingerprint: string;
}

/** "Lapkin_temuan_1_0a1b2c3d_9f8e7d6c": stem, counter, fingerprint, checksum. */
export function lapkinMarkName(kind: ReportSheetKind, n: number, fingerprint: string): string {
  const body = `${LAPKIN_MARK_PREFIX}${stemOf(kind)}_${n}_${fingerprint}`;
  return `${body}_${hex8(fnv(`${MARKER}|${body.toLowerCase()}`))}`;
}

/** The mark a defined name is, or undefined when it is not one of Lapkin's (its checksum does not hold). */
export function parseLapkinMark(name: string): LapkinMark | undefined {
  if (!name.startsWith(LAPKIN_MARK_PREFIX) || name.length > 80) return undefined;
  const parts = name.split('_');
  if (parts.length < 5) return undefined;
  const [fingerprint, checksum] = parts.slice(-2);
  const n = Number(parts[parts.length - 3]);
  const stem = parts.slice(1, -3).join('_');
  const kind = KINDS.find((k) => stemOf(k) === stem);
  if (!kind || !Number.isInteger(n) || !/^[0-9a-f]{8}$/i.test(fingerprint) || !/^[0-9a-f]{8}$/i.test(checksum)) return undefined;
  return lapkinMarkName(kind, n, fingerprint.toLowerCase()).toLowerCase() === name.toLowerCase() ? { name, kind, fingerprint: fingerprint.toLowerCase() } : undefined;
}
