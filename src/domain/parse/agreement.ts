/**
 * Whether a stated percentage agrees with the one computed from the amounts. Planners round or
 * truncate (spreadsheets show rounded values, hand calculators truncate), so both count as agreeing.
 */

/** Guards scaled comparisons against binary noise (37.055 × 100 = 3705.4999…). */
const EPS = 1e-7;

/**
 * true when `stated` equals `computed` rounded OR truncated to `statedDecimals`,
 * or lies within `tolerance` percentage points of it.
 */
export function percentAgrees(stated: number, statedDecimals: number, computed: number, tolerance = 0.01): boolean {
  if (!Number.isFinite(stated) || !Number.isFinite(computed)) return false;
  if (Math.abs(stated - computed) <= tolerance + EPS) return true;
  const d = Math.max(0, Math.min(10, Math.floor(statedDecimals)));
  const f = 10 ** d;
  const statedScaled = roundHalfAway(stated * f);
  return statedScaled === roundHalfAway(computed * f) || statedScaled === truncateTowardZero(computed * f);
}

function roundHalfAway(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x) + EPS);
  return r === 0 ? 0 : r;
}

function truncateTowardZero(x: number): number {
  const t = Math.sign(x) * Math.floor(Math.abs(x) + EPS);
  return t === 0 ? 0 : t;
}
