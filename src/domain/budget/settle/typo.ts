/**
 * Whether one amount could be another mistyped: one digit wrong, two neighbouring digits swapped, or one digit
 * left out or typed twice. A difference that one typing slip explains singles out the cell that holds it.
 */

function digits(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n)) return undefined;
  return String(n);
}

function oneSubstitution(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

function oneTransposition(a: string, b: string): boolean {
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  if (i < 0 || i + 1 >= a.length) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** b is a with one digit more (or a is b with one more). */
function oneInsertion(shorter: string, longer: string): boolean {
  for (let i = 0; i < longer.length; i++) {
    if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  }
  return false;
}

/** True when `typed` reads like `meant` with one typing slip. */
export function isTypingSlip(typed: number, meant: number): boolean {
  const a = digits(typed);
  const b = digits(meant);
  if (a === undefined || b === undefined || a === b) return false;
  if (a.length === b.length) return oneSubstitution(a, b) || oneTransposition(a, b);
  if (Math.abs(a.length - b.length) === 1) return a.length < b.length ? oneInsertion(a, b) : oneInsertion(b, a);
  return false;
}
