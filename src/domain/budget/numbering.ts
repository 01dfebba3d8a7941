/**
 * The "No." column of a detail table: "1", "2.", "a.", "(b)", "I", "II", "1.1", "A.".
 * Each numbering style has a rank (Roman above capital letters above 1 above 1.1 above a); a row
 * is the child of the nearest numbered row above it with a smaller rank. Ranks are only compared,
 * so a table numbered "a., b." alone still has its rows at the top.
 */

export interface Numbering {
  /** The token as written, trimmed of its "." / ")" decorations. */
  token: string;
  rank: number;
}

const ROMAN = /^(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * Reads a numbering token, or null when the cell holds none. `previousLetter` is the last capital-letter
 * token seen, so that "I" after "H" is read as a letter and not as Roman one.
 */
export function parseNumbering(text: string, previousLetter?: string): Numbering | null {
  const bare = text.trim().replace(/^\(|\)$/g, '');
  // Trailing "." and ")" cut by a scan: the pattern /[.)]+$/ costs the square of a long run of dots.
  let end = bare.length;
  while (end > 0 && (bare[end - 1] === '.' || bare[end - 1] === ')')) end--;
  const token = bare.slice(0, end).trim();
  if (token === '') return null;
  if (/^\d+(\.\d+)*$/.test(token)) return { token, rank: 1 + token.split('.').length };
  if (/^[A-Z]+$/.test(token) && ROMAN.test(token)) {
    const followsLetter = token.length === 1 && previousLetter !== undefined && previousLetter.charCodeAt(0) + 1 === token.charCodeAt(0);
    if (!followsLetter) return { token, rank: 0 };
  }
  if (/^[A-Z]$/.test(token)) return { token, rank: 1 };
  if (/^[a-z]$/.test(token)) return { token, rank: 10 };
  return null;
}

/** True for a token written as a single capital letter (kept to read a following "I"/"V"/"X" correctly). */
export function isCapitalLetter(n: Numbering): boolean {
  return n.rank === 1;
}
