/** separator-style: a number read, but written with English separators. Found and worded by the number parser (parse/number.ts). */
import { defineRule } from './rule';

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
