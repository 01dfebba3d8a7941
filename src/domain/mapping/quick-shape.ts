/**
 * Hand-rolled fast paths for the commonest cell texts of a budget column: codes ("4.01.02.1.01.0001"),
 * "Rp. 1.500.000", "28.331.441" and plain percentages typed as "25,49". Column profiling reads every cell of a
 * 100,000-row Tabel 3.1; these answers must be exactly what the patterns in content.ts would say (the
 * tests check them against those patterns), so each one answers only when it is sure and otherwise
 * leaves the cell to the patterns.
 */

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57; // "0"–"9", as \d without the u flag
}

/** [0-9X] under the i flag. */
function isDigitOrX(code: number): boolean {
  return isDigit(code) || code === 88 || code === 120;
}

const DOT = 46;

/**
 * The hand-rolled BUDGET_CODE (content.ts) on trimmed text: one [0-9X] unit, a bidang of two [0-9X]
 * or one digit, then one or more segments of 1, 2 or 4 digits, all joined by dots.
 */
export function matchesBudgetCode(t: string): boolean {
  const n = t.length;
  if (n < 5 || !isDigitOrX(t.charCodeAt(0)) || t.charCodeAt(1) !== DOT) return false;
  // Bidang: up to the next dot.
  let i = 2;
  while (i < n && t.charCodeAt(i) !== DOT) i++;
  const bidang = i - 2;
  if (bidang === 2) {
    if (!isDigitOrX(t.charCodeAt(2)) || !isDigitOrX(t.charCodeAt(3))) return false;
  } else if (bidang !== 1 || !isDigit(t.charCodeAt(2))) {
    return false;
  }
  let segments = 0;
  while (i < n) {
    // t[i] is a dot; the segment runs to the next dot or the end.
    const start = ++i;
    while (i < n && t.charCodeAt(i) !== DOT) {
      if (!isDigit(t.charCodeAt(i))) return false;
      i++;
    }
    const length = i - start;
    if (length !== 1 && length !== 2 && length !== 4) return false;
    segments++;
  }
  return segments > 0;
}

/** Longest fraction the fast path takes: well short of where rounding could carry 999,99… up to 1.000. */
const MAX_FRACTION_DIGITS = 6;

/**
 * "25,49", "100", "7": at most three whole digits and an optional decimal comma. The number parser reads
 * these as themselves, below the rupiah threshold of 1.000, so their shape is "small".
 */
export function isSmallDecimal(t: string): boolean {
  const n = t.length;
  let i = 0;
  while (i < n && isDigit(t.charCodeAt(i))) i++;
  if (i < 1 || i > 3) return false;
  if (i === n) return true;
  if (t.charCodeAt(i) !== 44) return false; // ","
  const fraction = n - i - 1;
  if (fraction < 1 || fraction > MAX_FRACTION_DIGITS) return false;
  for (let j = i + 1; j < n; j++) if (!isDigit(t.charCodeAt(j))) return false;
  return true;
}

/**
 * "Rp. 1.500.000", "Rp 75.000", "rp.22.8000": "Rp", an optional dot, spaces, then a digit. Such text is
 * no dash line, no code and no percentage, so the "Rp" rule makes it an amount whatever follows.
 */
export function isRupiahAmount(t: string): boolean {
  const r = t.charCodeAt(0);
  const p = t.charCodeAt(1);
  if ((r !== 82 && r !== 114) || (p !== 80 && p !== 112)) return false;
  let i = 2;
  if (t.charCodeAt(i) === DOT) i++;
  while (t.charCodeAt(i) === 32) i++;
  return isDigit(t.charCodeAt(i));
}

/**
 * "28.331.441", "375.000.00", "4.01.02.1.001.0001": digits in dot-separated groups, at least two dots, four
 * digits or more, the first digit not zero. The number parser reads these, or refuses them with a likely
 * value, built from all their digits (with zeros added to a short group), so at least 1.000: an amount.
 * Run after the code check: a valid code has this form too.
 */
export function isDottedAmount(t: string): boolean {
  const n = t.length;
  const first = t.charCodeAt(0);
  if (first < 49 || first > 57 || t.charCodeAt(n - 1) === DOT) return false; // "1"–"9" first, no trailing dot
  let dots = 0;
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const code = t.charCodeAt(i);
    if (code === DOT) dots++;
    else if (isDigit(code)) digits++;
    else return false;
  }
  return dots >= 2 && digits >= 4;
}
