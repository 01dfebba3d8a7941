/**
 * Where the header's words leave two columns tied for the pagu or the realisasi ("Anggaran | Semula, Menjadi",
 * two "Realisasi (Rp)"), the rows decide: the column under which more rows agree with each other is read.
 * A row agrees with a candidate when its stated capaian is realisasi / pagu × 100, its months (Januari onwards)
 * add up to the cumulative realisasi, or its Sisa is pagu − realisasi. A choice made this way is said so
 * (column-choice, "n of m rows"); a tie in the evidence too leaves the words' choice. Two tied percentage
 * columns are settled the same way: the capaian is the one that is realisasi / pagu × 100.
 */
import type { Grid } from '../grid/grid';
import { cellAt } from '../grid/grid';
import { readCell } from '../parse/cell';
import type { Expect } from '../parse/number-types';
import type { DataRange } from './classify';
import type { ColumnChoice } from './column-choice';
import type { HeaderColumn } from './header';
import type { ColumnRole } from './types';
import { monthOfHeader } from './vocabulary';

/** Rows read: enough to tell, on a table of any length. */
const MAX_ROWS = 400;
const WEIGHED: ColumnRole[] = ['realisasi', 'pagu'];

type Reader = (col: number | undefined, row: number) => number | undefined;

function readerOf(grid: Grid, expect: Expect): Reader {
  return (col, row) => {
    if (col === undefined) return undefined;
    const cell = cellAt(grid, row, col);
    if (cell === undefined) return undefined;
    const { amount } = readCell(cell, '', expect);
    return amount.invalid || amount.value === null ? undefined : amount.value;
  };
}

const near = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance;

interface Roles {
  pagu?: number;
  realisasi?: number;
  capaian?: number;
  sisa?: number;
  months: number[];
}

/** Rows agreeing when `pCol` is the pagu and `rCol` the realisasi (the other roles as mapped), of the rows where something could be compared. */
function agreement(grid: Grid, data: DataRange, roles: Roles, pCol: number | undefined, rCol: number | undefined): [number, number] {
  const amount = readerOf(grid, 'amount');
  const percent = readerOf(grid, 'percent');
  let agreeing = 0;
  let compared = 0;
  const last = Math.min(data.last, data.first + MAX_ROWS - 1);
  for (let row = data.first; row <= last; row++) {
    const p = amount(pCol, row);
    const r = amount(rCol, row);
    const checks: boolean[] = [];
    const c = percent(roles.capaian, row);
    // A stated capaian is rounded or cut to its decimals: whole numbers to 1, others to 0,01.
    if (c !== undefined && p !== undefined && r !== undefined && p > 0) checks.push(near(c, (r / p) * 100, Number.isInteger(c) ? 1 : 0.011));
    const s = amount(roles.sisa, row);
    if (s !== undefined && p !== undefined && r !== undefined) checks.push(near(s, p - r, 0.5));
    if (r !== undefined && roles.months.length > 0) {
      let sum = 0;
      for (const m of roles.months) sum += amount(m, row) ?? 0;
      if (sum !== 0) checks.push(near(sum, r, 0.5));
    }
    if (checks.length === 0) continue;
    compared++;
    if (checks.every(Boolean)) agreeing++;
  }
  return [agreeing, compared];
}

function rolesOf(columns: HeaderColumn[]): Roles {
  const col = (role: ColumnRole): number | undefined => columns.find((c) => c.role === role)?.col;
  const months = columns.filter((c) => c.role === 'realisasiBulan');
  // Months add up to the cumulative realisasi only from January on.
  const fromJanuary = months.length > 0 && monthOfHeader(months[0].leafText) === 1;
  return { pagu: col('pagu'), realisasi: col('realisasi'), capaian: col('capaian'), sisa: col('sisa'), months: fromJanuary ? months.map((m) => m.col) : [] };
}

/** The columns that could fill a role: the one read and those tied with it, the one read first. */
function candidatesFor(role: ColumnRole, choices: ColumnChoice[], roles: Roles): { choice?: ColumnChoice; cols: (number | undefined)[] } {
  const choice = choices.find((c) => c.role === role && c.tied);
  if (!choice) return { cols: [role === 'pagu' ? roles.pagu : roles.realisasi] };
  return { choice, cols: [choice.used.col, ...(choice.tied ?? []).map((c) => c.col)] };
}

/**
 * The choices with word-less ties settled by the rows; mutates the roles of `columns` (the table's own copies,
 * matched to the header's by column) where the evidence picks other columns. Pagu and realisasi are weighed
 * together (a capaian or a Sisa needs both), every pair of candidates; the words' pair wins a tie.
 */
export function chooseByEvidence(grid: Grid, columns: HeaderColumn[], choices: ColumnChoice[], data: DataRange): ColumnChoice[] {
  if (data.last < data.first || !choices.some((c) => c.tied && (WEIGHED.includes(c.role) || c.role === 'capaian'))) return choices;
  const roles = rolesOf(columns);
  const pagu = candidatesFor('pagu', choices, roles);
  const realisasi = candidatesFor('realisasi', choices, roles);
  let best = { p: pagu.cols[0], r: realisasi.cols[0], score: agreement(grid, data, roles, pagu.cols[0], realisasi.cols[0]) };
  for (const p of pagu.cols) {
    for (const r of realisasi.cols) {
      if (p === r || (p === best.p && r === best.r)) continue;
      const score = agreement(grid, data, roles, p, r);
      if (score[0] > best.score[0]) best = { p, r, score };
    }
  }
  const settled = new Map<ColumnChoice, ColumnChoice>();
  for (const [{ choice }, col] of [[pagu, best.p], [realisasi, best.r]] as const) {
    const rival = choice?.tied?.find((c) => c.col === col);
    if (choice && rival) swap(columns, choice, rival, best.score, settled);
  }
  settleCapaian(grid, columns, choices, data, settled);
  return choices.map((c) => settled.get(c) ?? c);
}

/** Two tied percentage columns ("%", "%"): the one that is realisasi / pagu × 100 on more rows is the capaian. */
function settleCapaian(grid: Grid, columns: HeaderColumn[], choices: ColumnChoice[], data: DataRange, settled: Map<ColumnChoice, ColumnChoice>): void {
  const choice = choices.find((c) => c.role === 'capaian' && c.tied);
  if (!choice?.tied) return;
  const roles = rolesOf(columns);
  const score = (col: number): [number, number] => agreement(grid, data, { ...roles, capaian: col, sisa: undefined, months: [] }, roles.pagu, roles.realisasi);
  let best = { column: choice.used, score: score(choice.used.col) };
  for (const rival of choice.tied) {
    const s = score(rival.col);
    if (s[0] > best.score[0]) best = { column: rival, score: s };
  }
  if (best.column === choice.used) return;
  swap(columns, choice, best.column, best.score, settled);
}

function swap(columns: HeaderColumn[], choice: ColumnChoice, rival: HeaderColumn, agreeing: [number, number], settled: Map<ColumnChoice, ColumnChoice>): void {
  const passedRole = choice.passedOver.find((p) => p.column === rival)?.role ?? 'ignore';
  const usedCopy = columns.find((c) => c.col === choice.used.col);
  const rivalCopy = columns.find((c) => c.col === rival.col);
  if (!usedCopy || !rivalCopy) return;
  usedCopy.role = passedRole;
  rivalCopy.role = choice.role;
  settled.set(choice, {
    role: choice.role,
    used: rival,
    passedOver: choice.passedOver.map((p) => (p.column === rival ? { column: choice.used, role: passedRole } : p)),
    because: 'evidence',
    agreeing,
  });
}
