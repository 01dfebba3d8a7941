/** Settings a planner can change; every one has the documented default. */

export type Lang = 'id' | 'en';

/** Capaian for negative polarity (lower is better). */
export type NegativePolarityFormula = '2T-R' | 'T/R';

/** A category band: values ≥ min (percent) fall in it; bands are checked from the highest min down. */
export interface CategoryBand {
  min: number;
  label: string;
}

export interface Period {
  year: number;
  /** 1–4 */
  quarter: 1 | 2 | 3 | 4;
}

/**
 * A pagu as the DPA states it, given by the planner: for a programme, kegiatan or sub kegiatan by its code, or for
 * the whole unit (no code). Where given it settles every question about that amount (budget/settle).
 */
export interface DpaFigure {
  kode?: string;
  pagu: number;
}

export interface Settings {
  lang: Lang;
  negativeFormula: NegativePolarityFormula;
  /** Permendagri 86/2017 evaluation bands for PK capaian. */
  categoryBands: CategoryBand[];
  /** Percentage points within which a stated percentage still agrees with the computed one. */
  percentTolerance: number;
  /** Period of the report; when absent the mapping's detected period is used. */
  period?: Period;
  /** The DPA's pagu per programme (or kegiatan, sub kegiatan) or for the whole unit, where the planner gave them. */
  dpa?: DpaFigure[];
}

export const DEFAULT_CATEGORY_BANDS: CategoryBand[] = [
  { min: 91, label: 'Sangat Tinggi' },
  { min: 76, label: 'Tinggi' },
  { min: 66, label: 'Sedang' },
  { min: 51, label: 'Rendah' },
  { min: -Infinity, label: 'Sangat Rendah' },
];

/** SIMONEV-style cumulative absorption bands per quarter: lower bounds of Sangat Tinggi / Tinggi / Sedang / Rendah. */
export const ABSORPTION_BANDS: Record<1 | 2 | 3 | 4, [number, number, number, number]> = {
  1: [23, 20, 17, 13],
  2: [45, 39, 33, 26],
  3: [79, 70, 61, 51],
  4: [98, 95, 92, 88],
};

export const DEFAULT_SETTINGS: Settings = {
  lang: 'id',
  negativeFormula: '2T-R',
  categoryBands: DEFAULT_CATEGORY_BANDS,
  percentTolerance: 0.01,
};

/**
 * Settings that come back through JSON (saved in the workbook): the lowest band's -Infinity became null there.
 * Restores it, and fills every missing setting with its default. Every reader of saved settings goes through this.
 */
export function restoreSettings(saved: Partial<Settings> | undefined): Settings {
  const merged: Settings = { ...DEFAULT_SETTINGS, ...(saved ?? {}) };
  const bands = Array.isArray(saved?.categoryBands) ? saved.categoryBands : DEFAULT_SETTINGS.categoryBands;
  merged.categoryBands = bands.map((b) => ({
    label: String(b.label),
    min: typeof b.min === 'number' && !Number.isNaN(b.min) ? b.min : -Infinity,
  }));
  merged.dpa = dpaFigures(saved?.dpa);
  if (merged.dpa.length === 0) delete merged.dpa;
  return merged;
}

/** DPA figures as saved: kept only where the pagu is a number and the code, if any, is text. */
export function dpaFigures(saved: unknown): DpaFigure[] {
  if (!Array.isArray(saved)) return [];
  const out: DpaFigure[] = [];
  for (const f of saved as { kode?: unknown; pagu?: unknown }[]) {
    if (!f || typeof f.pagu !== 'number' || !Number.isFinite(f.pagu)) continue;
    const kode = typeof f.kode === 'string' ? f.kode.trim() : '';
    out.push(kode ? { kode, pagu: f.pagu } : { pagu: f.pagu });
  }
  return out;
}

/**
 * DPA figures as a planner types them on one line: "1.500.000.000" for the whole unit, "4.01.02=838.526.327" for a
 * programme (or kegiatan, sub kegiatan), several joined by ";". Amounts in rupiah, written the Indonesian way or as
 * plain digits ("Rp" and a closing ",-" allowed). Returns the figures, or the first entry it cannot read.
 */
export function parseDpaText(text: string): { figures: DpaFigure[] } | { error: string } {
  const figures: DpaFigure[] = [];
  for (const entry of text.split(';').map((e) => e.trim()).filter(Boolean)) {
    const eq = entry.lastIndexOf('=');
    const kode = eq >= 0 ? entry.slice(0, eq).trim().replace(/\.$/, '') : '';
    const amount = (eq >= 0 ? entry.slice(eq + 1) : entry).trim().replace(/^Rp\.?\s*/i, '').replace(/,-?$/, '');
    if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(amount) || (eq >= 0 && !/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/.test(kode))) return { error: entry };
    const pagu = Number(amount.replace(/\./g, ''));
    figures.push(kode ? { kode, pagu } : { pagu });
  }
  return { figures };
}
