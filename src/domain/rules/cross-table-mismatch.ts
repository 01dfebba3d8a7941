/**
 * cross-table-mismatch: the same programme, kegiatan or sub kegiatan in Tabel 3.1 and in a detail
 * table with a different pagu, realisasi or capaian. Rows are matched by code, else by equal pagu and
 * a similar name (detail tables rarely carry codes, and name things their own way), else — for a pagu
 * the two tables disagree on — by a close name alone (counterpart-by-name.ts). The finding sits at the
 * detail table's cell with Tabel 3.1's value expected — unless the settlement (budget/settle) finds Tabel 3.1's cell
 * the wrong one: then it sits there, with the settled value expected.
 *
 * Differences already explained elsewhere are not reported again: a cell the parser refused (its
 * number-format finding names it), and a capaian that disagrees with its own row's amounts on either
 * side (percent-mismatch names it).
 */
import { sameAmount, type AmountColumn } from '../budget/amounts';
import type { Finding } from '../findings';
import type { Amount, RecomputedRow, RecomputedTable } from '../model';
import { percentAgrees } from '../parse/agreement';
import { formatPercent, formatRupiah } from '../parse/format';
import type { Lang, Settings } from '../settings';
import { COLUMN } from './budget/words';
import { findCounterpart, indexCounterparts, MATCHED_LEVELS, type CounterpartIndex } from './budget/counterparts';
import { findCounterpartByName, indexNames, type NameIndex } from './budget/counterpart-by-name';
import { wrongStatedCapaian } from './percent-mismatch';
import { defineRule, type Text } from './rule';
import { verdictOf, type Settlement } from '../budget/settle';

export const crossTableMismatch = defineRule({
  id: 'cross-table-mismatch',
  severity: 'warning',
  label: { id: 'Angka antar tabel berbeda', en: 'Tables disagree' },
  meaning: {
    id: 'sub kegiatan yang sama dengan pagu, realisasi atau % berbeda di Tabel 3.1 dan tabel rincian',
    en: 'the same sub kegiatan with different pagu, realisasi or % in Tabel 3.1 and a detail table',
  },
  source: { over: 'budget-tables', check: (tables: RecomputedTable[], settings: Settings, context) => checkCrossTables(tables, settings, context.settlement) },
});

export type CrossColumn = AmountColumn | 'capaian';
const CROSS_COLUMN: Record<CrossColumn, Text> = { ...COLUMN, capaian: { id: 'Capaian', en: 'Capaian' } };

export function crossTableMessage(lang: Lang, column: CrossColumn, name: string, here: string, there: string, otherSheet: string, otherCell: string): string {
  const col = CROSS_COLUMN[column][lang];
  return lang === 'en'
    ? `${col} of "${name}" is ${here} here but ${there} in ${otherSheet} (${otherCell})`
    : `${col} "${name}" di sini ${here}, sedangkan di ${otherSheet} (${otherCell}) ${there}`;
}

function comparableAmount(a: Amount | undefined): number | null {
  return a && !a.invalid ? a.value : null;
}

function capaiansDiffer(here: RecomputedRow, there: RecomputedRow, tolerance: number): boolean {
  const a = here.source.capaian;
  const b = there.source.capaian;
  if (!a || !b || a.invalid || b.invalid || a.value === null || b.value === null) return false;
  if (wrongStatedCapaian(here, tolerance) !== undefined || wrongStatedCapaian(there, tolerance) !== undefined) return false;
  const da = here.source.capaianDecimals ?? 2;
  const db = there.source.capaianDecimals ?? 2;
  return !percentAgrees(a.value, da, b.value, tolerance) && !percentAgrees(b.value, db, a.value, tolerance);
}

function compareRows(detail: RecomputedTable, here: RecomputedRow, main: RecomputedTable, there: RecomputedRow, settings: Settings, settlement?: Settlement): Finding[] {
  const out: Finding[] = [];
  const push = (column: CrossColumn, mine: Amount, theirs: Amount, shownTheirs: string, shownMine: string) => {
    // Tabel 3.1 is not the truth where the settlement finds its cell wrong and this one right: the finding goes there.
    const mainVerdict = verdictOf(settlement, main.table.sheet, theirs.cell);
    if (mainVerdict?.verdict === 'wrong' && verdictOf(settlement, detail.table.sheet, mine.cell)?.verdict !== 'wrong') {
      out.push({
        rule: crossTableMismatch.id,
        severity: crossTableMismatch.severity,
        sheet: main.table.sheet,
        cell: theirs.cell,
        message: crossTableMessage(settings.lang, column, there.source.uraian, shownTheirs, shownMine, detail.table.sheet, mine.cell),
        expected: formatRupiah(mainVerdict.expected),
        actual: theirs.raw,
      });
      return;
    }
    const detailVerdict = verdictOf(settlement, detail.table.sheet, mine.cell);
    out.push({
      rule: crossTableMismatch.id,
      severity: crossTableMismatch.severity,
      sheet: detail.table.sheet,
      cell: mine.cell,
      message: crossTableMessage(settings.lang, column, here.source.uraian, shownMine, shownTheirs, main.table.sheet, theirs.cell),
      expected: detailVerdict?.verdict === 'wrong' ? formatRupiah(detailVerdict.expected) : shownTheirs,
      actual: mine.raw,
    });
  };

  const amountColumns: ('pagu' | 'realisasi')[] = ['pagu', 'realisasi'];
  for (const column of amountColumns satisfies AmountColumn[]) {
    const mine = comparableAmount(here.source[column]);
    const theirs = comparableAmount(there.source[column]);
    if (mine === null || theirs === null || sameAmount(mine, theirs)) continue;
    push(column, here.source[column], there.source[column], formatRupiah(theirs), formatRupiah(mine));
  }
  const a = here.source.capaian;
  const b = there.source.capaian;
  if (a && b && capaiansDiffer(here, there, settings.percentTolerance)) {
    push('capaian', a, b, formatPercent(b.value ?? 0, there.source.capaianDecimals ?? 2), formatPercent(a.value ?? 0, here.source.capaianDecimals ?? 2));
  }
  return out;
}

export function checkCrossTables(tables: RecomputedTable[], settings: Settings, settlement?: Settlement): Finding[] {
  const mains = tables.filter((t) => t.table.kind === 'tabel-3.1');
  const details = tables.filter((t) => t.table.kind === 'detail');
  const out: Finding[] = [];
  // Each Tabel 3.1 is indexed once, when the first detail row to look up arrives (often none does).
  const indexes = new Map<RecomputedTable, CounterpartIndex>();
  const indexOf = (main: RecomputedTable): CounterpartIndex => {
    let index = indexes.get(main);
    if (!index) indexes.set(main, (index = indexCounterparts(main)));
    return index;
  };
  const names = new Map<RecomputedTable, NameIndex>();
  const namesOf = (main: RecomputedTable): NameIndex => {
    let index = names.get(main);
    if (!index) names.set(main, (index = indexNames(main)));
    return index;
  };
  for (const detail of details) {
    for (const here of detail.rows) {
      if (!MATCHED_LEVELS.includes(here.source.level)) continue;
      for (const main of mains) {
        // A row that carries a code is matched by its code or the pagu; a name alone decides only for rows without one.
        const there = findCounterpart(here, indexOf(main)) ?? (here.source.kode === undefined ? findCounterpartByName(here, namesOf(main)) : undefined);
        if (there) out.push(...compareRows(detail, here, main, there, settings, settlement));
      }
    }
  }
  return out;
}
