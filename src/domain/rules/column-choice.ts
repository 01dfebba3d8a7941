/**
 * column-choice (info): several columns could fill one role; detection chose by the header's words, then
 * by the rows' agreement, and this finding says which column was read and which were passed over, on the
 * header cell, so a wrong guess is one mapping edit away.
 */
import type { Finding } from '../findings';
import type { MappingNote } from '../mapping/notes';
import type { Lang } from '../settings';
import { defineRule } from './rule';
import { sheetNotChecked } from './sheet-not-checked';

export const columnChoice = defineRule({
  id: 'column-choice',
  severity: 'info',
  label: { id: 'Pilihan kolom', en: 'Column choice' },
  meaning: {
    id: 'beberapa kolom dapat mengisi satu peran (bulanan dan kumulatif, murni dan perubahan, tahunan dan triwulan): kolom yang dipakai dan yang dilewati',
    en: 'several columns could fill one role (monthly and cumulative, original and revised budget, annual and quarterly target): the one read and the ones passed over',
  },
  source: { over: 'read' },
});

/** A note of detection (sheet-not-checked or column-choice) as a finding in the run's language. */
export function mappingNoteFinding(note: MappingNote, lang: Lang): Finding {
  const rule = note.rule === 'sheet-not-checked' ? sheetNotChecked : columnChoice;
  const finding: Finding = { rule: rule.id, severity: rule.severity, sheet: note.sheet, cell: note.cell, message: note.message[lang] };
  if (note.advice) finding.advice = note.advice;
  return finding;
}
