/**
 * trim() without the call for text whose ends are visible ASCII, as nearly every cell a planner types
 * is: the same string trim() would give (it returns the text itself then), read from two characters.
 * Every label and value cell of a table passes here several times.
 */

/** A character trim() never removes and that is plain ASCII: '!' … '~'. */
function isVisibleAscii(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}

export function trimText(text: string): string {
  const n = text.length;
  if (n > 0 && isVisibleAscii(text.charCodeAt(0)) && isVisibleAscii(text.charCodeAt(n - 1))) return text;
  return text.trim();
}

/** text.trim() === '' without trimming where the first character already shows. */
export function isBlankText(text: string): boolean {
  if (text.length > 0 && isVisibleAscii(text.charCodeAt(0))) return false;
  return text.trim() === '';
}

/** How many spaces (and no-break spaces) are typed before the text: the indent a planner shows a level with. */
export function leadingSpaces(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  return i;
}
