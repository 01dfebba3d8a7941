/**
 * A detail row's counterpart in Tabel 3.1 by name alone, for the case the pagu-and-name match cannot
 * see: the two tables disagree on the pagu, and the detail table carries no code. Names alone are weaker
 * evidence than a code or an equal pagu, so the match must be close (STRONG_NAME, against SIMILAR_NAME
 * when the pagu agrees), at the same level, and clearly better than the runner-up, or there is none.
 * An exact name (after nameWords) is found through an index; the fuzzy scan runs only over tables of up
 * to MAX_FUZZY_ROWS candidates, so a hundred-thousand-row Tabel 3.1 is never scanned per detail row.
 */
import type { RecomputedRow, RecomputedTable } from '../../model';
import { MATCHED_LEVELS } from './counterparts';
import { nameWords, wordsSimilarity } from './name-match';

/** Share of matched words two names need to be taken for the same sub kegiatan when nothing else agrees. */
export const STRONG_NAME = 0.8;
/** The best match must beat the runner-up by this much, or the name is ambiguous. */
const MARGIN = 0.15;
const MAX_FUZZY_ROWS = 2000;

interface Candidate {
  row: RecomputedRow;
  words: string[];
}

export interface NameIndex {
  exact: Map<string, RecomputedRow[]>;
  /** Every candidate, for the fuzzy scan; empty when the table is too large for it. */
  fuzzy: Candidate[];
}

export function indexNames(main: RecomputedTable): NameIndex {
  const exact = new Map<string, RecomputedRow[]>();
  const all: Candidate[] = [];
  for (const row of main.rows) {
    if (!MATCHED_LEVELS.includes(row.source.level)) continue;
    const words = nameWords(row.source.uraian);
    if (words.length === 0) continue;
    const key = words.join(' ');
    const list = exact.get(key);
    if (list) list.push(row);
    else exact.set(key, [row]);
    all.push({ row, words });
  }
  return { exact, fuzzy: all.length <= MAX_FUZZY_ROWS ? all : [] };
}

/** The one row of the main table named like `here`, at its level; undefined when none or more than one fit. */
export function findCounterpartByName(here: RecomputedRow, index: NameIndex): RecomputedRow | undefined {
  const words = nameWords(here.source.uraian);
  if (words.length < 2) return undefined;
  const level = here.source.level;
  const exact = (index.exact.get(words.join(' ')) ?? []).filter((r) => r.source.level === level);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  let best: { row: RecomputedRow; score: number } | undefined;
  let second = 0;
  for (const c of index.fuzzy) {
    if (c.row.source.level !== level) continue;
    const score = wordsSimilarity(words, c.words);
    if (!best || score > best.score) {
      second = best?.score ?? 0;
      best = { row: c.row, score };
    } else if (score > second) second = score;
  }
  return best && best.score >= STRONG_NAME && best.score - second >= MARGIN ? best.row : undefined;
}
