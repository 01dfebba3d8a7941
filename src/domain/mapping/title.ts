/** The section title above a detail or kegiatan table ("II. Bagian Tatalaksana" → "Bagian Tatalaksana"). */
import { cellAt, type Grid } from '../grid/grid';
import { endColOfRows } from './header';

const MAX_TITLE_LENGTH = 80;

function stripNumbering(text: string): string {
  return text.replace(/^(?:[ivxlc]+|\d+|[a-z])[.)]\s+/i, '').trim();
}

/**
 * Looks above the header, nearest first: a "Bagian …" line wins (the seed's sections are the bureau's
 * Bagian); otherwise the nearest short line, the table's own label ("Tabel 3.2") left out.
 */
export function findTitle(grid: Grid, headerTop: number): string | undefined {
  const lines: string[] = [];
  const lastCol = endColOfRows(grid, grid.originRow, headerTop - 1);
  for (let r = headerTop - 1; r >= grid.originRow; r--) {
    for (let c = grid.originCol; c < lastCol; c++) {
      const v = cellAt(grid, r, c)?.value;
      if (typeof v !== 'string') continue;
      // "Tabel 3.2 Bagian Kelembagaan …": the table's own label is no title, what follows it may be.
      const t = v.replace(/\s+/g, ' ').trim().replace(/^tabel\s+[\d.]+\s*[-–:.]?\s*/i, '');
      if (t !== '' && t.length <= MAX_TITLE_LENGTH) lines.push(t);
    }
  }
  const bagian = lines.find((t) => /\bbagian\b/i.test(t));
  const chosen = bagian ?? lines[0];
  return chosen === undefined ? undefined : stripNumbering(chosen);
}
