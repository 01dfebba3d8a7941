/**
 * date-invalid: a date that does not exist ("31 Juni 2024"). Found where a kegiatan table's dates are
 * read (activities/check.ts): an error in the waktu column, a warning in a note.
 */
import type { Lang } from '../settings';
import { defineRule, type Text } from './rule';

export const dateInvalid = defineRule({
  id: 'date-invalid',
  severity: 'error',
  alsoSeverity: 'warning',
  label: { id: 'Tanggal tidak valid', en: 'Invalid date' },
  meaning: {
    id: 'tanggal yang tidak ada (`31 Juni 2024`); peringatan bila di kolom keterangan',
    en: 'a date that does not exist (`31 Juni 2024`); a warning when in the keterangan column',
  },
  source: { over: 'read' },
});

/** `why` says which day does not exist, in both languages (the date reader's words). */
export function activityDateInvalidMessage(lang: Lang, why: Text): string {
  return lang === 'en' ? `Activity date does not exist: ${why.en}` : `Tanggal kegiatan tidak ada: ${why.id}`;
}

export function noteDateInvalidMessage(lang: Lang, why: Text): string {
  return lang === 'en' ? `Date in the note does not exist: ${why.en}` : `Tanggal pada keterangan tidak ada: ${why.id}`;
}
