/** The clicked finding's row, read-only, with its cell highlighted: the page has no Excel to jump to. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellAt, columnIndex, columnLetter, gridEndCol, type Grid } from '../domain/grid/grid';
import { displayText } from '../domain/parse/display';
import type { FaceStrings } from '../taskpane/face-strings';

/** Rows shown above and below the finding's row. */
const AROUND = 1;

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  // The table scrolls inside its own box, so the page never scrolls sideways.
  scroller: { overflowX: 'auto', maxWidth: '100%', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightRegular, padding: '2px 6px' },
  cell: { padding: '2px 6px', borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, whiteSpace: 'nowrap', maxWidth: '16em', overflow: 'hidden', textOverflow: 'ellipsis' },
  hit: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px', backgroundColor: tokens.colorPaletteRedBackground1, fontWeight: tokens.fontWeightSemibold },
});

export interface CellPreviewProps {
  grid: Grid;
  /** A1 address of the highlighted cell */
  cell: string;
  face: FaceStrings;
}

export function CellPreview({ grid, cell, face }: CellPreviewProps) {
  const styles = useStyles();
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  const firstCol = grid.originCol;
  const lastCol = Math.max(gridEndCol(grid) - 1, col);
  const cols: number[] = [];
  for (let c = firstCol; c <= lastCol; c++) cols.push(c);
  const rows: number[] = [];
  for (let r = Math.max(grid.originRow, row - AROUND); r <= row + AROUND; r++) rows.push(r);
  const title = face.previewTitle(grid.name, cell);
  return (
    <section className={styles.box} data-testid="cell-preview" data-sheet={grid.name} data-cell={cell}>
      <h2 className={styles.title}>{title}</h2>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={title}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                {face.previewRow}
              </th>
              {cols.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={styles.head} scope="row">
                  {r + 1}
                </th>
                {cols.map((c) => {
                  const hit = r === row && c === col;
                  return (
                    <td key={c} className={hit ? mergeClasses(styles.cell, styles.hit) : styles.cell} data-testid={hit ? 'preview-hit' : undefined} aria-current={hit ? 'true' : undefined}>
                      {displayText({ ...(cellAt(grid, r, c) ?? { value: null }), text: undefined }) || ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
