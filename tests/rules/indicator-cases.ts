/**
 * PK indicator rule cases: a Capaian PK table typed the way planners type it (tests/indicators/pk-fixture.ts),
 * read by buildIndicatorTable and checked by checkIndicators in one call.
 */
import { buildIndicatorTable } from '../../src/domain/indicators/build';
import type { SheetMapping } from '../../src/domain/mapping/types';
import { checkIndicators } from '../../src/domain/rules/indicators/check';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings';
import { mappedRows, PK_SHEET, type PkLine } from '../indicators/pk-fixture';

export const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

/** The table read from `lines` (its findings in `built.findings`) and the check's results and findings. */
export function runIndicators(lines: PkLine[], over: Partial<Settings> = {}, sheet: SheetMapping = PK_SHEET) {
  const s = settings(over);
  const built = buildIndicatorTable(sheet, mappedRows(lines), s.lang);
  return { built, ...checkIndicators(built.table, s) };
}

/** A Level Maturitas line that agrees (T 45, R 40,67, capaian 90,38), with `over` changed. */
export const levelLine = (over: Partial<PkLine>): PkLine => ({ indikator: 'Level Maturitas Kelembagaan', target: '45', realisasi: '40,67', capaian: '90,38', ...over });
