/**
 * sheet-not-checked (warning): a sheet (or a table on it) that holds amounts, codes or indicators but that
 * Lapkin could not map. Detection (mapping/detect.ts) says what was missing and how to map it
 * (mapping/notes.ts); this module names the rule.
 */
import { defineRule } from './rule';

export const sheetNotChecked = defineRule({
  id: 'sheet-not-checked',
  severity: 'warning',
  label: { id: 'Sheet tidak diperiksa', en: 'Sheet not checked' },
  meaning: {
    id: 'lembar berisi tabel angka, kode atau indikator yang tidak dapat dipetakan: apa yang kurang dan cara memetakannya',
    en: 'a sheet holding a table of amounts, codes or indicators that could not be mapped: what was missing and how to map it',
  },
  source: { over: 'read' },
});
