/** "C14" → 0-based { row: 13, col: 2 }; undefined for anything else. */
import { columnIndex } from '../../grid/grid';

export function readA1Address(address: string): { row: number; col: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : undefined;
}
