/**
 * 'detail': one sheet per detail table (Tabel 3.2/3.4/3.6, and the Rencana Kerja list, which has no realisasi).
 * Detail tables list only some line items, so sub kegiatan rows keep their stated amounts (items falling short is a
 * finding, not a reason to change the sub kegiatan); the percentages and the Total row are live formulas.
 */
import type { Analysis } from '../analysis';
import type { Amount, BudgetRow, RecomputedTable } from '../model';
import { a1, columnLetter } from '../grid/grid';
import { topLevelRows } from '../budget/table';
import type { ReportLabels } from './labels';
import type { PlanCell, SheetPlan, StyleName } from './sheet-plan';
import {
  AMOUNT_FORMAT, PERCENT_FORMAT, REPORT_STYLES, a4Landscape, blank, findingsByRow, formula, indented, num,
  ratioFormula, ruleNote, sumFormula, text,
} from './plan-kit';
import { statedAmountCell, statedPercentCell } from './stated-values';
import { columnsOfRow, reasonsOf, redNotes } from './red-notes';
import { withoutRepeatedCrossTable } from './column-notes';
import { verdictOf } from '../budget/settle';
import { suspectSentence } from '../budget/settle/explain';
import { levelWord } from '../budget/settle/words';

interface Columns {
  no: number; uraian: number; pagu: number; realisasi?: number; pct?: number;
  statedPagu: number; statedRealisasi?: number; statedPct?: number; catatan: number;
}

function layoutColumns(hasRealisasi: boolean): Columns {
  if (!hasRealisasi) return { no: 0, uraian: 1, pagu: 2, statedPagu: 3, catatan: 4 };
  return { no: 0, uraian: 1, pagu: 2, realisasi: 3, pct: 4, statedPagu: 5, statedRealisasi: 6, statedPct: 7, catatan: 8 };
}

/** What a row shows in one amount column: a number, or a SUM over its children where it stated nothing itself. */
interface Shown { value: number; sumOver: number[] | null }

/** The stated amount where it was readable, else the core's value for the row. */
function statedOr(amount: Amount, core: number): number {
  return amount.value !== null && !amount.invalid ? amount.value : core;
}

export function buildDetailPlan(rec: RecomputedTable, analysis: Analysis, labels: ReportLabels, name: string): SheetPlan {
  const { table } = rec;
  const period = analysis.period;
  const hasRealisasi = table.columns.realisasi !== undefined || table.rows.some((r) => r.realisasi.value !== null);
  const col = layoutColumns(hasRealisasi);
  const rows: (PlanCell | null)[][] = [];
  const merges: string[] = [];
  const mergeAcross = (row1: number): void => void merges.push(`A${row1}:${columnLetter(col.catatan)}${row1}`);

  // A list without realisasi (the Rencana Kerja of section 3.1) is titled by its own title, with no realisasi period.
  rows.push([text(hasRealisasi ? labels.detailTitle(table.sheet) : table.title ?? table.sheet, 'title')]);
  mergeAcross(rows.length);
  if (table.title && hasRealisasi) {
    rows.push([text(table.title, 'subtitle')]);
    mergeAcross(rows.length);
  }
  if (hasRealisasi) {
    rows.push([text(labels.tabel31Subtitle(period), 'subtitle')]);
    mergeAcross(rows.length);
  }
  rows.push([]);

  const header: (PlanCell | null)[] = [];
  header[col.no] = text(labels.no, 'header');
  // The rows' own kind names the column: programmes and kegiatan, or sub kegiatan and their line items.
  const planLevels = table.rows.every((r) => r.level === 'program' || r.level === 'kegiatan' || r.level === 'total');
  const programKegiatan = analysis.settings.lang === 'en' ? 'Programme / kegiatan' : 'Program / Kegiatan';
  header[col.uraian] = text(planLevels ? programKegiatan : labels.subKegiatanRincian, 'header');
  // The list's own word for its amount ("Anggaran", "Pagu") where it has no realisasi: the sheet stands in for it as it is.
  const ownHeader = hasRealisasi ? undefined : analysis.mapping.sheets.find((m) => m.sheet === table.sheet && m.columns.some((c) => c.column === table.columns.pagu))
    ?.columns.find((c) => c.column === table.columns.pagu)?.header?.trim();
  const paguWord = ownHeader || labels.alokasiDana;
  header[col.pagu] = text(paguWord, 'header');
  if (col.realisasi !== undefined) header[col.realisasi] = text(labels.realisasi, 'header');
  if (col.pct !== undefined) header[col.pct] = text(labels.pct, 'header');
  const statedHead = (label: string): PlanCell => text(`${labels.statedGroup}: ${label}`, 'header');
  header[col.statedPagu] = statedHead(paguWord);
  if (col.statedRealisasi !== undefined) header[col.statedRealisasi] = statedHead(labels.realisasi);
  if (col.statedPct !== undefined) header[col.statedPct] = statedHead(labels.pct);
  header[col.catatan] = text(labels.catatan, 'header');
  rows.push(header);
  const headerRow = rows.length;
  const firstData = headerRow + 1;

  const planRow = new Map<BudgetRow, number>();
  rec.rows.forEach((rr, i) => planRow.set(rr.source, firstData + i));
  const coreOf = new Map(rec.rows.map((rr) => [rr.source, rr]));

  /** A stated amount the settlement finds right, in the column it was settled for. */
  const borneOut = (amount: Amount, pick: 'pagu' | 'realisasi'): number | undefined => {
    if (amount.value === null || amount.invalid) return undefined;
    const verdict = verdictOf(analysis.settlement, table.sheet, amount.cell);
    return verdict?.verdict === 'right' && verdict.column.evidence.column === pick ? amount.value : undefined;
  };

  /**
   * Under a total kept at its borne-out figure, the parts that could hold the whole excess (those stating at least
   * that much) each say so in their Catatan, so the planner finds the cells to check from the rows themselves.
   */
  const suspicions = new Map<BudgetRow, string[]>();
  const suspect = (parts: BudgetRow[], pick: 'pagu' | 'realisasi', memo: Map<BudgetRow, Shown>, excess: number, parent: string): void => {
    const could = parts.filter((k) => excess <= 0 || resolve(k, pick, memo).value >= excess);
    if (could.length < 2) return;
    const level = levelWord(could[0].level, analysis.settings.lang);
    const word = pick === 'pagu' ? paguWord : labels.realisasi;
    const sentence = suspectSentence(pick, could.length, level, parent, -excess, analysis.settings.lang, word);
    for (const k of could) suspicions.set(k, [...(suspicions.get(k) ?? []), sentence]);
  };

  // Shown values, computed leaves-first so a parent that stated nothing can sum what its children show.
  const shownPagu = new Map<BudgetRow, Shown>();
  const shownReal = new Map<BudgetRow, Shown>();
  const resolve = (r: BudgetRow, pick: 'pagu' | 'realisasi', memo: Map<BudgetRow, Shown>): Shown => {
    const known = memo.get(r);
    if (known) return known;
    const amount = r[pick];
    const kids = r.children.map((i) => table.rows[i]);
    // Coded or numbered children (a programme's kegiatan in the Rencana Kerja list) add up to their parent: its row shows
    // their sum, with a stated figure that differs beside it, unless the settlement bears the stated figure out. Line
    // items never do: they are listed only in part.
    const parts = kids.filter((k) => k.level !== 'rincian');
    let shown: Shown;
    if (parts.length > 0 && parts.length === kids.length) {
      const value = parts.reduce((s, k) => s + resolve(k, pick, memo).value, 0);
      // A stated figure the settlement bears out stays, over parts that do not add up to it: the Catatan says which
      // part is likely wrong, as Tabel 3.1 does, rather than showing a sum the evidence contradicts.
      const kept = borneOut(amount, pick);
      if (kept !== undefined && kept !== value) suspect(parts, pick, memo, value - kept, r.kode ?? r.uraian.trim());
      shown = kept !== undefined && kept !== value ? { value: kept, sumOver: null } : { value, sumOver: parts.map((k) => planRow.get(k) ?? 0) };
    } else if (amount.value === null && !amount.invalid && kids.length > 0) {
      const value = kids.reduce((s, k) => s + resolve(k, pick, memo).value, 0);
      shown = { value, sumOver: kids.map((k) => planRow.get(k) ?? 0) };
    } else {
      // A figure the settlement finds wrong shows the value it settles on, the stated one beside it in red.
      const verdict = verdictOf(analysis.settlement, table.sheet, amount.cell);
      const settled = verdict?.verdict === 'wrong' && verdict.column.evidence.column === pick ? verdict.expected : undefined;
      shown = { value: settled ?? statedOr(amount, coreOf.get(r)?.[pick] ?? 0), sumOver: null };
    }
    memo.set(r, shown);
    return shown;
  };

  const heads = topLevelRows(table).map((i) => table.rows[i]);
  const headRows = heads.map((r) => planRow.get(r) ?? 0);
  const statedTotal = table.rows.find((r) => r.level === 'total');
  const totalOf = (pick: 'pagu' | 'realisasi', memo: Map<BudgetRow, Shown>): Shown => {
    const value = heads.reduce((s, h) => s + resolve(h, pick, memo).value, 0);
    const kept = statedTotal ? borneOut(statedTotal[pick], pick) : undefined;
    if (kept !== undefined && kept !== value) suspect(heads, pick, memo, value - kept, analysis.settings.lang === 'en' ? 'this table' : 'tabel ini');
    return kept !== undefined && kept !== value ? { value: kept, sumOver: null } : { value, sumOver: headRows };
  };
  const depth = (r: BudgetRow): number => {
    let d = 0;
    for (let p = r.parent; p >= 0 && d < 50; p = table.rows[p].parent) d++;
    return d;
  };

  const byRow = findingsByRow(analysis.findings, table.sheet);
  const tolerance = analysis.settings.percentTolerance;

  const line = (r: number, no: string, uraian: string, pagu: Shown, real: Shown, style: StyleName, source: BudgetRow | undefined, note: string): (PlanCell | null)[] => {
    const cells: (PlanCell | null)[] = [];
    const amount = (c: number, s: Shown): PlanCell =>
      s.sumOver ? formula(sumFormula(c, s.sumOver), s.value, AMOUNT_FORMAT, style) : num(s.value, AMOUNT_FORMAT, style);
    cells[col.no] = text(no, style);
    cells[col.uraian] = text(uraian, style);
    cells[col.pagu] = amount(col.pagu, pagu);
    cells[col.statedPagu] = statedAmountCell(source?.pagu, pagu.value, AMOUNT_FORMAT) ?? blank();
    if (col.realisasi !== undefined && col.pct !== undefined && col.statedRealisasi !== undefined && col.statedPct !== undefined) {
      const pct = pagu.value === 0 ? null : (real.value / pagu.value) * 100;
      cells[col.realisasi] = amount(col.realisasi, real);
      cells[col.pct] = formula(ratioFormula(a1(r - 1, col.realisasi), a1(r - 1, col.pagu)), pct ?? '-', PERCENT_FORMAT, style);
      cells[col.statedRealisasi] = statedAmountCell(source?.realisasi, real.value, AMOUNT_FORMAT) ?? blank();
      cells[col.statedPct] = statedPercentCell(source?.capaian, source?.capaianDecimals, pct, tolerance, PERCENT_FORMAT) ?? blank();
    }
    const told = redNotes(note, analysis.settings.lang, [
      ['pagu', cells[col.statedPagu], source?.pagu, pagu.value],
      ['realisasi', col.statedRealisasi !== undefined ? cells[col.statedRealisasi] : null, source?.realisasi, real.value],
      ['capaian', col.statedPct !== undefined ? cells[col.statedPct] : null, source?.capaian, pagu.value === 0 ? null : (real.value / pagu.value) * 100],
    ], source ? reasonsOf(byRow.get(source.row), labels, ['sum-mismatch'], columnsOfRow(source, analysis.settings.lang, { pagu: paguWord })) : [], { pagu: paguWord });
    cells[col.catatan] = text([told, ...(source ? suspicions.get(source) ?? [] : [])].filter((t) => t !== '').join('; '), 'note');
    return cells;
  };

  // The totals first: their suspicions land on rows written before the Total row.
  totalOf('pagu', shownPagu);
  totalOf('realisasi', shownReal);
  let ordinal = 0;
  rec.rows.forEach((rr, i) => {
    const src = rr.source;
    const r = firstData + i;
    // A sum-mismatch speaks in its own sentence (what agrees with what); other rules by their short names.
    const found = withoutRepeatedCrossTable(byRow.get(src.row));
    const sums = found.filter((f) => f.rule === 'sum-mismatch').map((f) => namingColumn(f.message, f.cell === src.realisasi.cell ? labels.realisasi : paguWord));
    const note = ruleNote(found.filter((f) => f.rule !== 'sum-mismatch'), labels, sums);
    if (src.level === 'total') {
      rows.push(line(r, '', src.uraian, totalOf('pagu', shownPagu), totalOf('realisasi', shownReal), 'total', src, note));
      return;
    }
    const isHead = src.parent === -1;
    const no = isHead ? String(++ordinal) : '';
    const uraian = indented(src.uraian, depth(src));
    rows.push(line(r, no, uraian, resolve(src, 'pagu', shownPagu), resolve(src, 'realisasi', shownReal), isHead ? 'bodyBold' : 'body', src, note));
  });
  if (!table.rows.some((r) => r.level === 'total')) {
    rows.push(line(rows.length + 1, '', labels.total, totalOf('pagu', shownPagu), totalOf('realisasi', shownReal), 'total', undefined, ''));
  }

  const widths: number[] = [];
  widths[col.no] = 5;
  widths[col.uraian] = 52;
  widths[col.pagu] = 17;
  if (col.realisasi !== undefined) widths[col.realisasi] = 17;
  if (col.pct !== undefined) widths[col.pct] = 9;
  widths[col.statedPagu] = 15;
  if (col.statedRealisasi !== undefined) widths[col.statedRealisasi] = 15;
  if (col.statedPct !== undefined) widths[col.statedPct] = 10;
  widths[col.catatan] = 30;

  return {
    name,
    kind: 'detail',
    rows,
    styles: REPORT_STYLES,
    merges,
    widths,
    freeze: { rows: headerRow, cols: 0 },
    print: a4Landscape(headerRow, headerRow, labels),
    conditionalFormats: [],
    charts: [],
  };
}

/**
 * A sum-mismatch sentence that starts with its column ("Pagu 401.234.000 tidak sama …") is kept; one that starts
 * with the parts ("Tiga sub kegiatan berjumlah …") gets the column's word in front, so the Catatan says which column.
 */
function namingColumn(message: string, word: string): string {
  const lower = message.toLowerCase();
  if (lower.startsWith(word.toLowerCase())) return message;
  // "Pagu 151.234.000 …" under a column the list calls "Alokasi Dana" or "Anggaran": the sheet's own word.
  const generic = ['pagu', 'realisasi'].find((w) => lower.startsWith(`${w} `));
  if (generic) return `${word}${message.slice(generic.length)}`;
  return `${word}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}
