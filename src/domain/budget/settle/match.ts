/**
 * Which Tabel 3.1 row a detail table's row stands for: the same code, else the one most like it by name among the
 * rows of the same level (a detail table names things its own way and rarely carries codes). A name match must
 * be clearly the best (no second row as alike), so a programme is never mistaken for its neighbour. Amounts are
 * not compared here: a detail row with a wrong amount is still the same sub kegiatan, and that is the evidence.
 */
import type { BudgetTable } from '../../model';
import { nameWords, SIMILAR_NAME, wordsSimilarity } from '../../rules/budget/name-match';

const MATCHED = new Set(['program', 'kegiatan', 'subKegiatan']);

/** Detail row index → Tabel 3.1 row index, one detail row per Tabel 3.1 row at most. */
export function matchRows(detail: BudgetTable, main: BudgetTable): Map<number, number> {
  const byCode = new Map<string, number>();
  const byLevel = new Map<string, { index: number; words: string[] }[]>();
  main.rows.forEach((r, i) => {
    if (!MATCHED.has(r.level)) return;
    if (r.kode !== undefined && !byCode.has(r.kode)) byCode.set(r.kode, i);
    const list = byLevel.get(r.level) ?? [];
    list.push({ index: i, words: nameWords(r.uraian) });
    byLevel.set(r.level, list);
  });
  const out = new Map<number, number>();
  const taken = new Set<number>();
  detail.rows.forEach((r, i) => {
    if (!MATCHED.has(r.level)) return;
    const coded = r.kode !== undefined ? byCode.get(r.kode) : undefined;
    if (coded !== undefined) {
      if (!taken.has(coded)) out.set(i, coded);
      taken.add(coded);
      return;
    }
    const words = nameWords(r.uraian);
    // Under a matched parent, only that parent's children are candidates.
    const parent = r.parent >= 0 ? out.get(r.parent) : undefined;
    let best = -1;
    let bestScore = 0;
    let second = 0;
    for (const c of byLevel.get(r.level) ?? []) {
      if (parent !== undefined && main.rows[c.index].parent !== parent) continue;
      const score = wordsSimilarity(words, c.words);
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = c.index;
      } else if (score > second) second = score;
    }
    if (best < 0 || bestScore < SIMILAR_NAME || second >= bestScore || taken.has(best)) return;
    taken.add(best);
    out.set(i, best);
  });
  return out;
}
