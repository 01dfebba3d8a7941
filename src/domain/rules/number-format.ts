/**
 * number-format: text in a number cell that is not an Indonesian number. Found by the number parser
 * (parse/number.ts, parse/cell.ts), which offers the likely values; each reason's wording is here.
 */
import { defineRule, type Text } from './rule';

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

/** A group too long or too short after a thousands mark: `bad` is its index in `groups`; `guess` the likely values, shown, or ''. */
export function digitGroupsMessage(quoted: string, groups: readonly string[], bad: number, mark: '.' | ',', guess: string): Text {
  const g = groups[bad];
  let id: string;
  let en: string;
  if (bad === 0) {
    id = `"${quoted}": angka sebelum pemisah ribuan "${mark}" pertama (${g}) lebih dari 3 digit`;
    en = `"${quoted}": the digits before the first thousands separator "${mark}" (${g}) are more than 3`;
  } else {
    const which = bad === groups.length - 1 ? 'terakhir' : `ke-${bad + 1}`;
    const whichEn = bad === groups.length - 1 ? 'last digit group' : `digit group ${bad + 1}`;
    id = `"${quoted}": kelompok angka ${which} "${g}" terdiri dari ${g.length} digit, padahal setelah pemisah ribuan "${mark}" harus 3 digit`;
    en = `"${quoted}": the ${whichEn} "${g}" has ${g.length} digits; after a thousands separator "${mark}" there must be 3`;
  }
  return { id: guess ? `${id}; mungkin maksudnya ${guess}` : id, en: guess ? `${en}; probably ${guess}` : en };
}

export function twoDecimalMarksMessage(quoted: string, mark: string): Text {
  return {
    id: `"${quoted}": tanda desimal "${mark}" muncul lebih dari sekali, bukan angka yang sah`,
    en: `"${quoted}": the decimal mark "${mark}" appears more than once; not a valid number`,
  };
}

/** `error` as Excel shows it: "#DIV/0!", "#N/A", … */
export function excelErrorMessage(error: string): Text {
  return {
    id: `sel berisi galat Excel ${error}, bukan angka; perbaiki rumus atau isinya`,
    en: `the cell holds the Excel error ${error}, not a number; fix its formula or contents`,
  };
}

/** `stray` lists the characters that are not digits or marks, once each. */
export function strayCharactersMessage(quoted: string, stray: string): Text {
  return {
    id: `"${quoted}": berisi karakter yang bukan angka (${stray})`,
    en: `"${quoted}": contains characters that are not part of a number (${stray})`,
  };
}

/** Text that holds no number at all (a cell whose format says it is one). */
export function notANumberMessage(raw: string): Text {
  return { id: `"${raw}" bukan angka`, en: `"${raw}" is not a number` };
}
