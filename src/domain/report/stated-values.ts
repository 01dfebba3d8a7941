/**
 * "Tertulis di sumber": the value the source stated, shown beside the recomputed one only where the two disagree,
 * so a blank stated column means the planner's workbook was right.
 */
import type { Amount } from '../model';
import type { PlanCell } from './sheet-plan';
import { num, text } from './plan-kit';
import type { NumberKind } from './indonesian-numbers';

/** Amounts are rupiah: anything under half a sen is the same number written differently. */
const AMOUNT_EPSILON = 0.005;

/** Decimals a number was written with (25.49 → 2), for stated values that do not say. */
function decimalsOf(n: number): number {
  for (let d = 0; d <= 10; d++) if (Math.abs(Math.round(n * 10 ** d) - n * 10 ** d) < 1e-6) return d;
  return 10;
}

/**
 * DOMAIN.md: a stated percentage agrees when it equals the computed one rounded or truncated to the stated
 * decimals, or lies within the tolerance (0,01 percentage points by default).
 */
export function percentAgrees(stated: number, computed: number, decimals: number | undefined, tolerance: number): boolean {
  if (Math.abs(stated - computed) <= tolerance + 1e-9) return true;
  const d = decimals ?? decimalsOf(stated);
  const scale = 10 ** d;
  const rounded = Math.round(computed * scale) / scale;
  const truncated = Math.trunc(computed * scale + 1e-9 * Math.sign(computed)) / scale;
  const eps = 0.5 / scale / 1000;
  return Math.abs(rounded - stated) < eps || Math.abs(truncated - stated) < eps;
}

/** The stated amount as a cell beside `shown`, or null where they agree or nothing was stated. */
export function statedAmountCell(stated: Amount | undefined, shown: number | null, format: NumberKind): PlanCell | null {
  if (!stated) return null;
  if (stated.invalid) return stated.raw.trim() ? text(stated.raw, 'stated') : null;
  if (stated.value === null) return null;
  if (shown !== null && Math.abs(stated.value - shown) <= AMOUNT_EPSILON) return null;
  return num(stated.value, format, 'stated');
}

/** The stated percentage beside the computed one, or null where they agree ("-" or 0 agrees with an undefined capaian). */
export function statedPercentCell(
  stated: Amount | undefined,
  decimals: number | undefined,
  computed: number | null,
  tolerance: number,
  format: NumberKind,
): PlanCell | null {
  if (!stated) return null;
  if (stated.invalid) return stated.raw.trim() ? text(stated.raw, 'stated') : null;
  if (stated.value === null) return null;
  if (computed === null) return stated.value === 0 ? null : num(stated.value, format, 'stated');
  if (percentAgrees(stated.value, computed, decimals, tolerance)) return null;
  return num(stated.value, format, 'stated');
}
