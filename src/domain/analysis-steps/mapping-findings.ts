/**
 * Step 5 of an analysis: what the mapping has to say as findings — detection's notes (sheet-not-checked,
 * column-choice) and the columns whose header says one thing and whose contents another (header-mismatch).
 */
import type { Finding } from '../findings';
import type { Grid } from '../grid/grid';
import type { MappingNote } from '../mapping/notes';
import type { WorkbookMapping } from '../mapping/types';
import { headerWarnings } from '../mapping/warnings';
import { mappingNoteFinding } from '../rules/column-choice';
import { headerMismatchFinding } from '../rules/header-mismatch';
import type { Lang } from '../settings';

export function mappingFindings(grids: Grid[], mapping: WorkbookMapping, notes: MappingNote[], lang: Lang): Finding[] {
  return [...notes.map((n) => mappingNoteFinding(n, lang)), ...headerWarnings(grids, mapping).map((w) => headerMismatchFinding(w, lang))];
}
