/**
 * number-format: text in a number cell that is not an Indonesian number. Found by the number parser
 * (parse/number.ts, parse/cell.ts), which words each reason and offers the likely values.
 */
import { defineRule } from './rule';

export const numberFormat = defineRule({
  id: 'number-format',
  severity: 'error',
  label: { id: 'Format angka salah', en: 'Malformed number' },
  meaning: {
    id: 'teks yang bukan angka Indonesia (`375.000.00`, `22.8000`, `5.3475.000`); nilai yang mungkin disarankan, dipilih agar jumlahnya sesuai bila ada satu kandidat yang cocok',
    en: 'text that is not an Indonesian number (`375.000.00`, `22.8000`, `5.3475.000`); the likely value is suggested, chosen so the sums agree where one candidate does',
  },
  source: { over: 'read' },
});
