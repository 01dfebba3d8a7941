/**
 * Step 5 of an analysis: what the mapping has to say as findings — detection's notes (sheet-not-checked,
 * column-choice) and the columns whose header says one thing and whose contents another (header-mismatch).
 */
import { dpaInGrids, pkBudgetInGrids, type WorkbookFigure } from '../budget/settle';
import type { Finding } from '../findings';
import type { Grid } from '../grid/grid';
import type { MappingNote } from '../mapping/notes';
import type { WorkbookMapping } from '../mapping/types';
import { headerWarnings } from '../mapping/warnings';
import { mappingNoteFinding } from '../rules/column-choice';
import { headerMismatchFinding } from '../rules/header-mismatch';
import type { Lang } from '../settings';

export function mappingFindings(grids: Grid[], mapping: WorkbookMapping, notes: MappingNote[], lang: Lang): Finding[] {
  const read = notes.filter(readAsWitness(grids, mapping));
  return [...notes.filter((n) => !read.includes(n)).map((n) => mappingNoteFinding(n, lang)), ...headerWarnings(grids, mapping).map((w) => headerMismatchFinding(w, lang))];
}

/**
 * A table detection could not map but whose lines the settlement reads as witnesses: the Perjanjian Kinerja's
 * budget block under its targets ("Pelaksanaan Anggaran": Uraian | Alokasi), whose whole and programme lines
 * stand beside Tabel 3.1's, or a DPA sheet or block (kode | uraian | pagu, no realisasi) whose figures settle
 * the pagu (budget/settle/workbook-figures.ts). It is read, so it is not "not checked". A note on a table of
 * several on a sheet covers its own rows; a note on a sheet's one table covers it from its header down.
 */
function readAsWitness(grids: Grid[], mapping: WorkbookMapping): (note: MappingNote) => boolean {
  let figures: WorkbookFigure[] | undefined;
  return (note) => {
    if (note.rule !== 'sheet-not-checked') return false;
    figures ??= [...pkBudgetInGrids(grids, mapping.sheets), ...dpaInGrids(grids, mapping.sheets)];
    const [from, to] = note.rows ?? [rowOf(note.cell), Infinity];
    return figures.some((f) => f.sheet === note.sheet && rowOf(f.cell) >= from && rowOf(f.cell) <= to);
  };
}

function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? 0);
}
