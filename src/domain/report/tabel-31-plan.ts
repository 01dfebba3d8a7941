/**
 * 'tabel-3.1': the recomputed Tabel 3.1 laid out like the report's own table, with live formulas
 * (parents = SUM of their children, total = SUM of the roots, capaian = realisasi / pagu × 100) whose cached
 * values are the core's recomputation, and the source's stated values beside wherever they disagreed.
 */
import type { Analysis } from '../analysis';
import type { BudgetRow, RecomputedRow, RecomputedTable } from '../model';
import { capaianOf } from '../budget/recalculate';
import { a1, columnLetter } from '../grid/grid';
import { topLevelRows } from '../budget/table';
import type { ReportLabels } from './labels';
import type { ChartPlan, PlanCell, SheetPlan } from './sheet-plan';
import {
  AMOUNT_FORMAT, PERCENT_FORMAT, REPORT_STYLES, a4Landscape, blank, findingsByRow, formula, indented, num,
  ratioFormula, ruleNote, sumFormula, text,
} from './plan-kit';
import { statedAmountCell, statedPercentCell } from './stated-values';
import { settlementOf } from '../budget/settle';
import { settledView, type SettledView } from './settled-notes';
import { columnsOfRow, reasonsOf, redNotes } from './red-notes';
import { withoutRepeatedCrossTable } from './column-notes';
import { axisFormat } from './indonesian-numbers';

const LEVEL_DEPTH: Record<BudgetRow['level'], number> = { total: 0, unit: 0, program: 0, kegiatan: 1, subKegiatan: 2, rincian: 3 };

/** 0-based column positions; target and its stated twin exist only when the source has a target column. */
interface Columns {
  kode: number; uraian: number; pagu: number; target?: number; realisasi: number; capaian: number;
  statedPagu: number; statedTarget?: number; statedRealisasi: number; statedCapaian: number; catatan: number;
}

function layoutColumns(hasTarget: boolean): Columns {
  let c = 0;
  const next = (): number => c++;
  const kode = next(), uraian = next(), pagu = next();
  const target = hasTarget ? next() : undefined;
  const realisasi = next(), capaian = next(), statedPagu = next();
  const statedTarget = hasTarget ? next() : undefined;
  const statedRealisasi = next(), statedCapaian = next(), catatan = next();
  return { kode, uraian, pagu, target, realisasi, capaian, statedPagu, statedTarget, statedRealisasi, statedCapaian, catatan };
}

/** A totals row: "JUMLAH"/"Total", or the unit's own row when it does not parent the programs. */
function isTotalLike(r: BudgetRow): boolean {
  return r.level === 'total' || (r.level === 'unit' && r.children.length === 0);
}

/** Values the plan shows for one row, plus the formulas that produce them where they are sums. */
interface RowValues { pagu: number; target?: number; realisasi: number; capaian: number | null }

export function buildTabel31Plan(rec: RecomputedTable, analysis: Analysis, labels: ReportLabels, name: string): SheetPlan {
  const { table } = rec;
  const period = analysis.period;
  const hasTarget = table.columns.target !== undefined || rec.rows.some((r) => r.target !== undefined);
  const col = layoutColumns(hasTarget);
  const lastCol = col.catatan;
  const rows: (PlanCell | null)[][] = [];
  const merges: string[] = [];
  const mergeAcross = (row1: number): void => void merges.push(`A${row1}:${columnLetter(lastCol)}${row1}`);

  // Title block, as the report prints it above the table.
  rows.push([text(labels.tabel31Title, 'title')]);
  mergeAcross(rows.length);
  const unit = table.rows.find((r) => r.level === 'unit');
  if (unit) {
    rows.push([text(unit.uraian, 'subtitle')]);
    mergeAcross(rows.length);
  }
  rows.push([text(labels.tabel31Subtitle(period), 'subtitle')]);
  mergeAcross(rows.length);
  rows.push([]);

  // Two header rows: "Tertulis di sumber" groups the stated columns; the others span both rows.
  const h1 = rows.length + 1;
  const h2 = h1 + 1;
  const top: (PlanCell | null)[] = [];
  const sub: (PlanCell | null)[] = [];
  const spanning: [number, string][] = [
    [col.kode, labels.kodeRek], [col.uraian, labels.uraian], [col.pagu, labels.pagu(period)],
    [col.realisasi, labels.realisasiTriwulan(period)], [col.capaian, labels.capaianPct], [col.catatan, labels.catatan],
  ];
  if (col.target !== undefined) spanning.push([col.target, labels.targetTriwulan(period)]);
  for (const [c, label] of spanning) {
    top[c] = text(label, 'header');
    sub[c] = blank('header');
    merges.push(`${a1(h1 - 1, c)}:${a1(h2 - 1, c)}`);
  }
  const stated: [number | undefined, string][] = [
    [col.statedPagu, labels.statedPagu], [col.statedTarget, labels.statedTarget],
    [col.statedRealisasi, labels.statedRealisasi], [col.statedCapaian, labels.statedCapaian],
  ];
  for (const [c, label] of stated) {
    if (c === undefined) continue;
    top[c] = c === col.statedPagu ? text(labels.statedGroup, 'header') : blank('header');
    sub[c] = text(label, 'header');
  }
  merges.push(`${a1(h1 - 1, col.statedPagu)}:${a1(h1 - 1, col.statedCapaian)}`);
  rows.push(top, sub);

  // Plan row (1-based) of every source row, so a parent's SUM can name its children wherever they sit.
  const firstData = h2 + 1;
  const planRow = new Map<BudgetRow, number>();
  rec.rows.forEach((rr, i) => planRow.set(rr.source, firstData + i));
  const rowsOf = (indices: number[]): number[] =>
    indices.map((i) => planRow.get(table.rows[i])).filter((r): r is number => r !== undefined);
  const rootIndices = topLevelRows(table).filter((i) => !isTotalLike(table.rows[i]));
  const rootRows = rowsOf(rootIndices);
  const targets = targetFinder(rec);
  const settledTable = settlementOf(analysis.settlement, rec);
  const settled: SettledView | undefined = settledTable ? settledView(settledTable, analysis.settings.lang) : undefined;
  const totals: RowValues = settledTotals({ ...rec.total, target: rec.total.target ?? targets.sum(rootIndices) }, settled);

  const byRow = findingsByRow(analysis.findings, table.sheet);
  const tolerance = analysis.settings.percentTolerance;

  const dataRow = (r: number, kode: string, uraian: string, shown: RowValues, sumOver: number[] | null, style: 'body' | 'bodyBold' | 'total',
    source: BudgetRow | undefined, note: string, addsUp: (c: 'pagu' | 'target' | 'realisasi') => boolean = () => true): (PlanCell | null)[] => {
    const cells: (PlanCell | null)[] = [];
    const columnOf = (c: number): 'pagu' | 'target' | 'realisasi' => (c === col.pagu ? 'pagu' : c === col.target ? 'target' : 'realisasi');
    // A settled amount its children do not add up to stays a number: the Catatan says why.
    const amount = (c: number, value: number): PlanCell =>
      sumOver && addsUp(columnOf(c)) ? formula(sumFormula(c, sumOver), value, AMOUNT_FORMAT, style) : num(value, AMOUNT_FORMAT, style);
    cells[col.kode] = text(kode, style);
    cells[col.uraian] = text(uraian, style);
    cells[col.pagu] = amount(col.pagu, shown.pagu);
    if (col.target !== undefined) {
      cells[col.target] = sumOver || shown.target !== undefined ? amount(col.target, shown.target ?? 0) : blank(style);
    }
    cells[col.realisasi] = amount(col.realisasi, shown.realisasi);
    cells[col.capaian] = formula(ratioFormula(a1(r - 1, col.realisasi), a1(r - 1, col.pagu)), shown.capaian ?? '-', PERCENT_FORMAT, style);
    cells[col.statedPagu] = statedAmountCell(source?.pagu, shown.pagu, AMOUNT_FORMAT) ?? blank();
    if (col.statedTarget !== undefined) {
      cells[col.statedTarget] = statedAmountCell(source?.target, shown.target ?? null, AMOUNT_FORMAT) ?? blank();
    }
    cells[col.statedRealisasi] = statedAmountCell(source?.realisasi, shown.realisasi, AMOUNT_FORMAT) ?? blank();
    cells[col.statedCapaian] = statedPercentCell(source?.capaian, source?.capaianDecimals, shown.capaian, tolerance, PERCENT_FORMAT) ?? blank();
    cells[col.catatan] = text(withRedNotes(note, cells, source, shown), 'note');
    return cells;
  };
  const withRedNotes = (note: string, cells: (PlanCell | null)[], source: BudgetRow | undefined, shown: RowValues): string =>
    redNotes(note, analysis.settings.lang, [
      ['pagu', cells[col.statedPagu], source?.pagu, shown.pagu],
      ['target', col.statedTarget !== undefined ? cells[col.statedTarget] : null, source?.target, shown.target ?? null],
      ['realisasi', cells[col.statedRealisasi], source?.realisasi, shown.realisasi],
      ['capaian', cells[col.statedCapaian], source?.capaian, shown.capaian],
    ], source ? reasonsOf(byRow.get(source.row), labels, [], columnsOfRow(source, analysis.settings.lang)) : []);

  // With a settlement, its sentences stand in for the short sum-mismatch label.
  const noteOf = (rowNumber: number, index: number): string => {
    const found = byRow.get(rowNumber);
    if (!settled) return ruleNote(found, labels);
    return ruleNote(withoutRepeatedCrossTable(found).filter((f) => f.rule !== 'sum-mismatch'), labels, settled.notes(index));
  };
  rec.rows.forEach((rr, i) => {
    const src = rr.source;
    const r = firstData + i;
    if (isTotalLike(src)) {
      rows.push(dataRow(r, src.kode ?? '', src.uraian, totals, rootRows, 'total', src, noteOf(src.row, i) || (settled ? settled.notes(-1).join('; ') : '')));
      return;
    }
    const pick = (column: 'pagu' | 'realisasi', fallback: number): number => settled?.value(i, column) ?? fallback;
    const pagu = pick('pagu', rr.pagu);
    const realisasi = pick('realisasi', rr.realisasi);
    const target = settled?.value(i, 'target') ?? targets.of(rr);
    const shown: RowValues = settled ? { pagu, target, realisasi, capaian: capaianOf(pagu, realisasi) } : { pagu: rr.pagu, target: targets.of(rr), realisasi: rr.realisasi, capaian: rr.capaian };
    const sumOver = src.children.length > 0 ? rowsOf(src.children) : null;
    const style = src.level === 'program' || src.level === 'unit' ? 'bodyBold' : 'body';
    const addsUp = (c: 'pagu' | 'target' | 'realisasi'): boolean => settled?.addsUp(i, c) ?? true;
    rows.push(dataRow(r, src.kode ?? '', indented(src.uraian, LEVEL_DEPTH[src.level]), shown, sumOver, style, src, noteOf(src.row, i), addsUp));
  });
  // A table without its own totals row still gets one: the report always ends Tabel 3.1 with JUMLAH.
  if (!table.rows.some(isTotalLike)) {
    rows.push(dataRow(rows.length + 1, '', labels.jumlah, totals, rootRows, 'total', undefined, ''));
  }
  const lastDataRow = rows.length;

  const charts = chartFor(rec, labels, period, planRow, col, rows, lastDataRow);

  const widths: number[] = [];
  widths[col.kode] = 17;
  widths[col.uraian] = 44;
  for (const c of [col.pagu, col.target, col.realisasi]) if (c !== undefined) widths[c] = 17;
  widths[col.capaian] = 10;
  for (const c of [col.statedPagu, col.statedTarget, col.statedRealisasi]) if (c !== undefined) widths[c] = 15;
  widths[col.statedCapaian] = 10;
  widths[col.catatan] = 30;

  return {
    name,
    kind: 'tabel-3.1',
    rows,
    styles: REPORT_STYLES,
    merges,
    widths,
    freeze: { rows: h2, cols: col.uraian + 1 },
    print: a4Landscape(h1, h2, labels),
    conditionalFormats: [],
    charts,
  };
}

/** The top's settled amounts where there is a settlement, capaian redivided from them. */
function settledTotals(bottomUp: RowValues, settled: SettledView | undefined): RowValues {
  if (!settled) return bottomUp;
  const pagu = settled.top('pagu') ?? bottomUp.pagu;
  const realisasi = settled.top('realisasi') ?? bottomUp.realisasi;
  const target = settled.top('target') ?? bottomUp.target;
  return { pagu, realisasi, capaian: capaianOf(pagu, realisasi), ...(target !== undefined ? { target } : {}) };
}

/**
 * A parent's target where the core left it unset: the sum of its children's, as its SUM formula will
 * compute. Each budget row's recomputed row is found through a map made once per table (a search per
 * child is quadratic on a large Tabel 3.1); the first recomputed row of a source, as a search from the top would find.
 */
function targetFinder(rec: RecomputedTable): { of(rr: RecomputedRow): number | undefined; sum(indices: number[]): number } {
  let bySource: Map<BudgetRow, RecomputedRow> | undefined;
  const finder = {
    of(rr: RecomputedRow): number | undefined {
      if (rr.target !== undefined) return rr.target;
      if (rr.source.children.length === 0) return undefined;
      return finder.sum(rr.source.children);
    },
    sum(indices: number[]): number {
      if (!bySource) {
        bySource = new Map();
        for (const r of rec.rows) if (!bySource.has(r.source)) bySource.set(r.source, r);
      }
      let s = 0;
      for (const i of indices) {
        const child = bySource.get(rec.table.rows[i]);
        if (child) s += finder.of(child) ?? 0;
      }
      return s;
    },
  };
  return finder;
}

/**
 * Pagu against realisasi per program. Program rows are scattered through the table, and a chart needs contiguous
 * ranges, so a small data block below the table repeats them (names as text, amounts as references to the table).
 */
function chartFor(rec: RecomputedTable, labels: ReportLabels, period: Analysis['period'], planRow: Map<BudgetRow, number>,
  col: Columns, rows: (PlanCell | null)[][], lastDataRow: number): ChartPlan[] {
  let programs = rec.rows.filter((r) => r.source.level === 'program');
  if (programs.length === 0) programs = topLevelRows(rec.table).map((i) => rec.rows[i]).filter((r) => !isTotalLike(r.source));
  if (programs.length === 0) return [];
  const [nameCol, paguCol, realCol] = [col.uraian, col.uraian + 1, col.uraian + 2];
  // Two empty rows and a caption saying where the numbers come from, so the block does not read as more of the table.
  rows.push([], []);
  const labelRow: (PlanCell | null)[] = [];
  labelRow[nameCol] = text(labels.chartData, 'caption');
  rows.push(labelRow);
  const head: (PlanCell | null)[] = [];
  head[nameCol] = text(labels.program, 'header');
  head[paguCol] = text(labels.pagu(period), 'header');
  head[realCol] = text(labels.realisasiTriwulan(period), 'header');
  rows.push(head);
  const first = rows.length + 1;
  for (const p of programs) {
    const src = planRow.get(p.source) ?? lastDataRow;
    const line: (PlanCell | null)[] = [];
    line[nameCol] = text(p.source.uraian);
    // The value the table shows there (a settled one where there is a settlement).
    const shownAt = (c: number, fallback: number): number => {
      const cell = rows[src - 1]?.[c];
      return cell?.kind === 'number' ? cell.value : cell?.kind === 'formula' && typeof cell.cached === 'number' ? cell.cached : fallback;
    };
    line[paguCol] = formula(a1(src - 1, col.pagu), shownAt(col.pagu, p.pagu), AMOUNT_FORMAT);
    line[realCol] = formula(a1(src - 1, col.realisasi), shownAt(col.realisasi, p.realisasi), AMOUNT_FORMAT);
    rows.push(line);
  }
  const last = rows.length;
  const range = (c: number): string => `${a1(first - 1, c)}:${a1(last - 1, c)}`;
  return [{
    type: 'bar',
    title: labels.chartTitle,
    categories: range(nameCol),
    series: [
      { name: labels.pagu(period), values: range(paguCol) },
      { name: labels.realisasiTriwulan(period), values: range(realCol) },
    ],
    // The axis reads 200.000.000 … on any computer, like the cells (indonesian-numbers.ts).
    valueFormat: axisFormat(Math.max(0, ...programs.map((p) => Math.max(p.pagu, p.realisasi)))),
    anchor: a1(last + 1, nameCol),
    widthCols: 6,
    heightRows: 18,
  }];
}
