/** Excel's built-in number formats (ids without a <numFmt> entry) and date-format detection. */

/** ECMA-376 §18.8.30 built-ins that do not depend on the locale. 0 (General) maps to undefined: a Cell omits it. */
const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Locale-dependent built-ins (currency 5–8, East Asian dates 27–36 and 50–81): Excel shows a local form we cannot know. */
function localeBuiltIn(id: number): string | undefined {
  if (id >= 5 && id <= 8) return id <= 6 ? '#,##0;-#,##0' : '#,##0.00;-#,##0.00';
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 81)) return 'yyyy-mm-dd';
  return undefined;
}

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id] ?? localeBuiltIn(id);
}

/** True when the format shows a date or time (so the number is a serial date). */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  // Drop quoted literals, escaped characters and bracketed parts other than elapsed time ([h], [mm], [ss]).
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\][]*\]/gi, '')
    .split(';')[0];
  if (/^@?$/.test(bare.trim()) || /General/i.test(bare)) return false;
  return /[dmyhs]/i.test(bare.replace(/E[+-]/gi, ''));
}
