/**
 * How alike two names of the same sub kegiatan are, as different tables write them:
 * "Penataan Analisi Jabatan" / "Fasilitasi Analisis Jabatan", "Pembinaan Pelaksanaan RB" /
 * "Pelaksanaan Reformasi Birokrasi", "Fasilitasi Kelembagaan dan Anjab", "Kab/kota" / "Kabupaten/ Kota",
 * "Tata Laksana" / "tatalaksana". Words match when equal, one abbreviates the other (kab → kabupaten,
 * pemerintah → pemerintahan), they differ by one letter (a typo), or one is an acronym of a run of the
 * other's words (RB, AK, Anjab). The score is the share of words on both sides that found a match.
 */

const STOPWORDS = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'pada', 'yang', 'dalam', 'serta', 'atau', 'the', 'of', 'and']);

export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !STOPWORDS.has(w));
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return true;
  return short.length >= 5 && withinOneEdit(a, b);
}

/** Can `acronym` be split into non-empty prefixes of at least two consecutive words starting at `words[from]`? */
function spellsAcronym(acronym: string, words: string[], from: number): number {
  const go = (rest: string, at: number, used: number): number => {
    if (rest === '') return used >= 2 ? used : 0;
    if (at >= words.length) return 0;
    const w = words[at];
    for (let n = Math.min(rest.length, w.length); n >= 1; n--) {
      if (rest.slice(0, n) !== w.slice(0, n)) continue;
      const got = go(rest.slice(n), at + 1, used + 1);
      if (got > 0) return got;
    }
    return 0;
  };
  return go(acronym, from, 0);
}

/** Marks the words of `a` and `b` that find a partner; compound words ("tatalaksana") may pair with two joined words. */
function markMatches(a: string[], b: string[], matchedA: boolean[], matchedB: boolean[]): void {
  a.forEach((w, i) => {
    if (matchedA[i]) return;
    for (let j = 0; j < b.length; j++) {
      if (!matchedB[j] && wordsMatch(w, b[j])) {
        matchedA[i] = matchedB[j] = true;
        return;
      }
      if (j + 1 < b.length && !matchedB[j] && !matchedB[j + 1] && w === b[j] + b[j + 1]) {
        matchedA[i] = matchedB[j] = matchedB[j + 1] = true;
        return;
      }
    }
    if (w.length < 2 || w.length > 6) return;
    for (let j = 0; j < b.length; j++) {
      const used = spellsAcronym(w, b, j);
      if (used > 0 && b.slice(j, j + used).every((_, k) => !matchedB[j + k])) {
        matchedA[i] = true;
        for (let k = 0; k < used; k++) matchedB[j + k] = true;
        return;
      }
    }
  });
}

/** 0 (nothing alike) … 1 (every word on both sides matched). */
export function nameSimilarity(x: string, y: string): number {
  return wordsSimilarity(nameWords(x), nameWords(y));
}

/** nameSimilarity of names already split by nameWords (a name compared with many others is split once). */
export function wordsSimilarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const matchedA = a.map(() => false);
  const matchedB = b.map(() => false);
  // Whole words first, then abbreviations and acronyms, from each side.
  markMatches(a, b, matchedA, matchedB);
  markMatches(b, a, matchedB, matchedA);
  const hits = matchedA.filter(Boolean).length + matchedB.filter(Boolean).length;
  return hits / (a.length + b.length);
}

/** Names similar enough to be the same sub kegiatan, given that their pagu is already equal. */
export const SIMILAR_NAME = 0.5;
