/** Text and attribute values for SpreadsheetML, escaped so any cell text survives the trip through XML. */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes markup characters; control characters XML cannot carry become Excel's "_x0001_" form, a literal
 * "_x0041_" in the text is guarded as "_x005F_x0041_", and a lone surrogate becomes U+FFFD.
 */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/.test(s)) return s;
  return s
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[&<>"]/g, (ch) => XML_ESCAPES[ch])
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** "#1F4E79" → "FF1F4E79", the ARGB form SpreadsheetML colours take. */
export function argbOf(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, '0')}`;
}
