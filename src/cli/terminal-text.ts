/**
 * Text from a workbook (cell values, sheet and file names) printed to a terminal must not drive it: an
 * escape sequence in a cell could clear the screen, retitle the window or rewrite the clipboard, and a
 * bidi override could make a finding read backwards. Such characters are shown as \xHH / \u{HHHH}.
 */

/** C0 controls except the line feed, DEL, C1 controls, and the bidi embedding/override/isolate marks. */
function isUnsafe(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c
  );
}

function shown(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
}

/** `text` with every unsafe character written out; line feeds kept unless `oneLine`. */
export function terminalSafe(text: string, oneLine = false): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isUnsafe(code) && !(oneLine && code === 0x0a)) continue;
    out += text.slice(from, i) + shown(code);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** JSON text with the characters JSON.stringify leaves raw (C1, DEL, bidi marks) as \u escapes: the same data, safe to print. */
export function terminalSafeJson(json: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x7f || !isUnsafe(code)) continue;
    out += json.slice(from, i) + `\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? json : out + json.slice(from);
}

/** ANSI colours for severities, only where the stream is a terminal and NO_COLOR is not set (no-color.org). */
export type Paint = (severity: 'error' | 'warning' | 'info', text: string) => string;

const COLOURS = { error: '31;1', warning: '33', info: '36' } as const;

export function painter(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Paint {
  if (!stream.isTTY || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb') return (_s, text) => text;
  return (severity, text) => `\u001b[${COLOURS[severity]}m${text}\u001b[0m`;
}
