/**
 * Finding a detail-table row's counterpart in Tabel 3.1: by code, else by equal pagu and a similar name.
 * The main table is indexed once per check (by code, and by pagu in sorted order) so that each detail
 * row looks up its few possible counterparts instead of filtering every row of Tabel 3.1.
 */
import { AMOUNT_EPSILON, sameAmount, usable } from '../../budget/amounts';
import type { BudgetLevel, RecomputedRow, RecomputedTable } from '../../model';
import { nameWords, SIMILAR_NAME, wordsSimilarity } from './name-match';

export const MATCHED_LEVELS: BudgetLevel[] = ['program', 'kegiatan', 'subKegiatan'];

interface ByPagu {
  pagu: number;
  /** Position among the main table's candidates: ties in name similarity go to the first. */
  order: number;
  row: RecomputedRow;
  /** nameWords of its uraian, split the first time it is compared. */
  words?: string[];
}

export interface CounterpartIndex {
  byCode: Map<string, RecomputedRow>;
  /** Candidates with a pagu, sorted by pagu. */
  byPagu: ByPagu[];
}

export function indexCounterparts(main: RecomputedTable): CounterpartIndex {
  const byCode = new Map<string, RecomputedRow>();
  const byPagu: ByPagu[] = [];
  let order = 0;
  for (const r of main.rows) {
    if (!MATCHED_LEVELS.includes(r.source.level)) continue;
    const { kode } = r.source;
    if (kode !== undefined && !byCode.has(kode)) byCode.set(kode, r);
    const pagu = usable(r.source.pagu);
    // A NaN pagu never equals anything and would break the sorted order.
    if (pagu !== null && !Number.isNaN(pagu)) byPagu.push({ pagu, order, row: r });
    order++;
  }
  byPagu.sort((a, b) => a.pagu - b.pagu || a.order - b.order);
  return { byCode, byPagu };
}

/** First position whose pagu is at least `value`. */
function lowerBound(list: ByPagu[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].pagu < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The main table's row for `row`: same code, else the most similarly named row (first on ties) with the same pagu. */
export function findCounterpart(row: RecomputedRow, index: CounterpartIndex): RecomputedRow | undefined {
  const { source } = row;
  if (source.kode !== undefined) {
    const byCode = index.byCode.get(source.kode);
    if (byCode) return byCode;
  }
  const pagu = usable(source.pagu);
  if (pagu === null || pagu === 0 || Number.isNaN(pagu)) return undefined;
  // The window is twice the tolerance wide on each side; sameAmount decides, exactly as a full scan would.
  const equal: ByPagu[] = [];
  for (let i = lowerBound(index.byPagu, pagu - 2 * AMOUNT_EPSILON); i < index.byPagu.length; i++) {
    const c = index.byPagu[i];
    if (c.pagu > pagu + 2 * AMOUNT_EPSILON) break;
    if (sameAmount(c.pagu, pagu)) equal.push(c);
  }
  if (equal.length === 0) return undefined;
  equal.sort((a, b) => a.order - b.order);
  const words = nameWords(source.uraian);
  let best: { row: RecomputedRow; score: number } | undefined;
  for (const c of equal) {
    c.words ??= nameWords(c.row.source.uraian);
    const score = wordsSimilarity(words, c.words);
    if (score >= SIMILAR_NAME && (!best || score > best.score)) best = { row: c.row, score };
  }
  return best?.row;
}
