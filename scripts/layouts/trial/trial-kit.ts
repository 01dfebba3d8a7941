/**
 * Helpers for the blind-trial workbooks (scripts/layouts/trial/cases/): a unit's budget tree given by its sub
 * kegiatan only (kegiatan and programme amounts are the sums, so the only faults are the planted ones), sheet
 * row numbers, and the figures as Lapkin formats them in a finding's expected value.
 */

/** A sub kegiatan: code, name, pagu, realisasi (cumulative to the quarter's end). */
export type SubSpec = [code: string, uraian: string, pagu: number, realisasi: number];
export type KegiatanSpec = [code: string, uraian: string, subs: SubSpec[]];
export type ProgramSpec = [code: string, uraian: string, kegiatan: KegiatanSpec[]];

export interface TrialLine {
  code: string;
  uraian: string;
  level: 'program' | 'kegiatan' | 'sub';
  pagu: number;
  realisasi: number;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** The tree in report order (programme, its kegiatan, each kegiatan's sub kegiatan), parents summed. */
export function budgetLines(programs: ProgramSpec[]): TrialLine[] {
  const out: TrialLine[] = [];
  for (const [pCode, pName, kegiatan] of programs) {
    const subsOf = (k: KegiatanSpec): SubSpec[] => k[2];
    const allSubs = kegiatan.flatMap(subsOf);
    out.push({ code: pCode, uraian: pName, level: 'program', pagu: sum(allSubs.map((s) => s[2])), realisasi: sum(allSubs.map((s) => s[3])) });
    for (const [kCode, kName, subs] of kegiatan) {
      out.push({ code: kCode, uraian: kName, level: 'kegiatan', pagu: sum(subs.map((s) => s[2])), realisasi: sum(subs.map((s) => s[3])) });
      for (const [sCode, sName, pagu, realisasi] of subs) out.push({ code: sCode, uraian: sName, level: 'sub', pagu, realisasi });
    }
  }
  return out;
}

/** Pagu and realisasi of the programmes together (what JUMLAH states). */
export function totalOf(lines: TrialLine[]): { pagu: number; realisasi: number } {
  const programs = lines.filter((l) => l.level === 'program');
  return { pagu: sum(programs.map((l) => l.pagu)), realisasi: sum(programs.map((l) => l.realisasi)) };
}

/** realisasi / pagu × 100 to two decimals, as planners type it. */
export function pct(part: number, whole: number): number {
  return Math.round((part / whole) * 10000) / 100;
}

/** 1250000000 → "1.250.000.000" (how a finding states an amount). */
export function rp(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + Math.round(Math.abs(n)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 46.4 → "46,40" (how a finding states a percentage). */
export function pctText(n: number): string {
  return n.toFixed(2).replace('.', ',');
}

/** 1250000000 → "Rp 1.250.000.000,00": an amount typed as text, as web exports and planners write it. */
export function rupiahText(n: number, style: 'rp-cents' | 'plain' | 'rp-dash' = 'rp-cents'): string {
  if (style === 'plain') return rp(n);
  if (style === 'rp-dash') return `Rp. ${rp(n)},-`;
  return `Rp ${rp(n)},00`;
}

/** Column letter of a 0-based index. */
export function col(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Sheet row of body row `index` when `above` rows (title block and header rows) precede the body. */
export function sheetRow(above: number, index: number): number {
  return above + index + 1;
}
