/** separator-style: a number read, but written with English separators. Found by the number parser (parse/number.ts); worded here. */
import { defineRule, type Text } from './rule';

export const separatorStyle = defineRule({
  id: 'separator-style',
  severity: 'warning',
  label: { id: 'Pemisah angka gaya Inggris', en: 'English-style separators' },
  meaning: {
    id: 'terbaca, tetapi dengan pemisah gaya Inggris (`Rp. 2,100,000`, `13.36%`)',
    en: 'readable, but with English separators (`Rp. 2,100,000`, `13.36%`)',
  },
  source: { over: 'read' },
});

/** "Rp. 2,100,000": `read` is the value as read, shown the Indonesian way, or null when none was. */
export function englishSeparatorsMessage(quoted: string, read: string | null): Text {
  return {
    id: `"${quoted}" memakai pemisah gaya Inggris; dibaca sebagai ${read ?? 'angka'} — tulis dengan titik untuk ribuan dan koma untuk desimal`,
    en: `"${quoted}" uses English separators; read as ${read ?? 'a number'} — Indonesian tables use "." for thousands and "," for decimals`,
  };
}

/** "13.36%": `read` is the value as read, shown the Indonesian way. */
export function englishDecimalMessage(quoted: string, read: string): Text {
  return {
    id: `"${quoted}" memakai titik sebagai tanda desimal; dibaca sebagai ${read} — tulis dengan koma`,
    en: `"${quoted}" uses a decimal point; read as ${read} — Indonesian tables use a decimal comma`,
  };
}
