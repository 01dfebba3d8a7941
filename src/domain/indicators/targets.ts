/**
 * The Perjanjian Kinerja / Renstra target table (sheet kind 'target-pk'; the PK's Tabel 2.2): one row per
 * indicator with its kondisi awal and a target per year. Every value cell is read the way the PK rules read
 * target cells (build.ts readPkCell): a number, a percentage or a qualitative value ("Tersedia", a grade,
 * "Level 3") is well formed; only real format faults ("22.8000") and English separators are findings. The
 * report year's target (the column mapped 'target') is kept per indicator, for the capaian table to agree with.
 */
import type { Finding } from '../findings';
import { cellAt, columnIndex, type Grid } from '../grid/grid';
import type { MappedRow, SheetMapping } from '../mapping/types';
import type { Amount } from '../model';
import type { Lang } from '../settings';
import { expectFor, issueFinding, readPkCell } from './build';
import type { PkValue } from './pk-value';
import { cellText } from './text';

export interface TargetRow {
  /** 1-based Excel row. */
  row: number;
  indikator: string;
  /** The report year's target. */
  target: Amount;
  targetValue?: PkValue;
  satuan?: string;
}

export interface TargetTable {
  sheet: string;
  /** Header of the report year's target column ("TARGET / 2024"), for messages. */
  targetHeader?: string;
  rows: TargetRow[];
}

/** A column of another year's target ("TARGET / 2025", "Target 2026"), mapped 'ignore' beside the year's own. */
const YEAR_TARGET = /target|\b(19|20)\d\d\b/i;

/** The value columns of the table: kondisi awal, the year's target, the year's annual target, the other years' targets. */
function valueColumns(sheet: SheetMapping): { col: number; letter: string }[] {
  return sheet.columns
    .filter((c) => c.role === 'kondisiAwal' || c.role === 'target' || c.role === 'targetTahunan' || (c.role === 'ignore' && c.header !== undefined && YEAR_TARGET.test(c.header)))
    .map((c) => ({ col: columnIndex(c.column), letter: c.column }));
}

export function buildTargetTable(sheet: SheetMapping, grid: Grid, rows: MappedRow[], lang: Lang): { table: TargetTable; findings: Finding[] } {
  const findings: Finding[] = [];
  const out: TargetRow[] = [];
  const columns = valueColumns(sheet);
  const targetHeader = sheet.columns.find((c) => c.role === 'target')?.header;
  for (const mapped of rows) {
    const indikator = cellText(mapped.cells.indikator?.cell);
    const r = mapped.row - 1;
    // A row of no indicator and no value (a section line, "B. Pelaksanaan Anggaran") is not an indicator.
    if (indikator === '' && columns.every(({ col }) => cellText(cellAt(grid, r, col)) === '')) continue;
    const satuan = cellText(mapped.cells.satuan?.cell) || undefined;
    const expect = expectFor(satuan);
    for (const { col, letter } of columns) {
      const cell = cellAt(grid, r, col);
      if (cell === undefined) continue;
      const read = readPkCell(cell, `${letter}${mapped.row}`, expect);
      if (read.issue) findings.push(issueFinding(sheet.sheet, read.issue, lang));
    }
    const target = mapped.cells.target ? readPkCell(mapped.cells.target.cell, mapped.cells.target.address, expect) : undefined;
    if (indikator === '' || !target) continue;
    const row: TargetRow = { row: mapped.row, indikator, target: target.amount };
    if (target.value) row.targetValue = target.value;
    if (satuan) row.satuan = satuan;
    out.push(row);
  }
  const table: TargetTable = { sheet: sheet.sheet, rows: out };
  if (targetHeader !== undefined) table.targetHeader = targetHeader;
  return { table, findings };
}
