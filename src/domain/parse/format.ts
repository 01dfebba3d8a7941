/** Numbers written the Indonesian way, for messages and findings. */

/** 375000000 → "375.000.000"; negative → "-1.500"; non-integers keep two decimals: 1500.5 → "1.500,50". */
export function formatRupiah(n: number): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  const whole = Math.floor(Math.round(abs * 100) / 100);
  const cents = Math.round((abs - whole) * 100);
  const grouped = groupThousands(String(whole), '.');
  const body = cents > 0 ? `${grouped},${String(cents).padStart(2, '0')}` : grouped;
  return neg ? `-${body}` : body;
}

/** 25.4912 → "25,49" (rounded to `decimals`, default 2). */
export function formatPercent(n: number, decimals = 2): string {
  const fixed = n.toFixed(decimals);
  const [intPart, frac] = fixed.split('.');
  const grouped = groupThousands(intPart, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/**
 * "1234567" → "1.234.567": `mark` between groups of three digits from the right of the first run of
 * digits; what comes before it ("-") or after it ("e+25") is kept as it is. A loop rather than the
 * usual lookahead pattern, whose cost grows with the square of the digits.
 */
export function groupThousands(text: string, mark: string): string {
  const isDigit = (i: number) => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  let first = 0;
  while (first < text.length && !isDigit(first)) first++;
  let end = first;
  while (end < text.length && isDigit(end)) end++;
  let out = '';
  for (let i = first; i < end; i++) {
    if (i > first && (end - i) % 3 === 0) out += mark;
    out += text[i];
  }
  return text.slice(0, first) + out + text.slice(end);
}
