/**
 * What a cell shows, for findings' "tertulis" column: the host's display text where it has one (office-js does),
 * else the value rendered under its number format the way Excel in an Indonesian locale shows it
 * (exceljs gives no display text): 231000000 under "#,##0" → "231.000.000", 0.2832 under "0.00%" → "28,32%",
 * a date serial → "8 Juli 2024".
 */
import type { Cell } from '../grid/grid';
import { BULAN, dateFromSerial } from './date';
import { formatPercent, formatRupiah } from './format';

/** Format sections' quoted text and escapes are not date tokens: "d" in "[$-421]" or "\"hari\"" must not count. */
function stripLiterals(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\][]*\]/g, '');
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = stripLiterals(format.split(';')[0]).toLowerCase();
  return /[dy]/.test(f) || /m{3,}/.test(f) || (/m/.test(f) && /[dy]/.test(f));
}

/**
 * Digits a percent format puts after a literal decimal comma: Lapkin's own `0\,00 %` draws 37.78 as "37,78 %"
 * (the % scales by 100 into 3778, the literal comma stands before the last two digits), so a cell under it shows
 * its value itself, not value × 100. 0 for an ordinary percent format ("0.00%").
 */
export function literalPercentDecimals(numberFormat: string | undefined): number {
  const m = /(?:\\,|",")([0#]+)[^0#%]*%/.exec((numberFormat ?? '').split(';')[0]);
  return m ? m[1].length : 0;
}

function decimalsIn(format: string): number {
  const m = /\.(0+)/.exec(stripLiterals(format.split(';')[0]));
  return m ? m[1].length : 0;
}

function generalNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(11))).replace('.', ',');
}

export function displayText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return cell?.text ?? '';
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const format = cell.numberFormat ?? 'General';
  if (format === 'General' || format === '@') return generalNumber(v);
  if (isDateFormat(format)) {
    const d = dateFromSerial(v);
    return d.day !== undefined ? `${d.day} ${BULAN[d.month - 1]} ${d.year}` : `${BULAN[d.month - 1]} ${d.year}`;
  }
  if (format.includes('%')) {
    const literal = literalPercentDecimals(format);
    return `${formatPercent((v * 100) / 10 ** literal, literal || decimalsIn(format))}%`;
  }
  // Lapkin's own literal grouping (`#\.###\.##0`, any computer draws 1.499.900.000)
  if (/[#0]\\\.[#0]/.test(format)) return formatRupiah(Math.round(v));
  if (/#,##0|0\.0|^0$/.test(stripLiterals(format))) {
    const decimals = decimalsIn(format);
    return decimals === 0 ? formatRupiah(Math.round(v)) : formatPercent(v, decimals);
  }
  return generalNumber(v);
}

/** A label cell's text (uraian, sasaran, indikator, waktu): what it shows, whitespace collapsed — names often wrap over lines. */
export function labelText(cell: Cell | undefined): string {
  return displayText(cell).replace(/\s+/g, ' ').trim();
}
