/** Settings as the pane edits, saves and restores them. */
import type { CategoryBand, DpaFigure, Settings } from '../domain/settings';
import { formatRupiah } from '../domain/parse/format';

/**
 * A small decimal the planner types in a settings field: "0,01" (Indonesian), "0.01", "91", "-5".
 * Refuses thousands separators and anything else: these are tolerances and percent bounds, not rupiah.
 * Returns undefined when the text is not such a number.
 */
export function parseDecimalInput(text: string): number | undefined {
  const t = text.trim();
  const m = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(t);
  if (!m) return undefined;
  const n = Number(`${m[1]}${m[2]}${m[3] ? `.${m[3]}` : ''}`);
  return Number.isFinite(n) ? n : undefined;
}

/** 0.01 → "0,01" in Indonesian, "0.01" in English. */
export function formatDecimalInput(n: number, lang: Settings['lang']): string {
  const s = String(n);
  return lang === 'id' ? s.replace('.', ',') : s;
}

/** Kept here for the pane's imports; the restoring itself belongs to the core, which the ribbon path shares. */
export { restoreSettings } from '../domain/settings';

/** Sets the lower bound of one band, keeping the bands ordered from the highest down as the core reads them. */
export function withBandMin(bands: CategoryBand[], index: number, min: number): CategoryBand[] {
  const next = bands.map((b, i) => (i === index ? { ...b, min } : b));
  return [...next].sort((a, b) => b.min - a.min);
}

/** DPA figures as the pane's field shows them: "1.500.000.000; 4.01.02=838.526.327" (parseDpaText reads it back). */
export function formatDpaText(figures: DpaFigure[] | undefined): string {
  return (figures ?? []).map((f) => (f.kode ? `${f.kode}=${formatRupiah(f.pagu)}` : formatRupiah(f.pagu))).join('; ');
}
