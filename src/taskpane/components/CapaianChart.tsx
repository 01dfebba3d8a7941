/** A small inline SVG bar chart of capaian per program; no chart library, so it renders the same in Excel and in tests. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatPercent } from '../../domain/parse/format';
import type { ChartBar } from '../summary';

const WIDTH = 300;
const ROW = 34;
const BAR = 12;
const LABEL_CHARS = 46;

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block' },
  track: { fill: tokens.colorNeutralBackground3 },
  bar: { fill: tokens.colorBrandBackground },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
  value: { fill: tokens.colorNeutralForeground2, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
});

const LINE = 11;

/** A program name on up to two lines, broken between words; only what is left past the second is cut. */
export function labelLines(s: string): string[] {
  if (s.length <= LABEL_CHARS) return [s];
  const cut = s.lastIndexOf(' ', LABEL_CHARS);
  const at = cut > LABEL_CHARS / 2 ? cut : LABEL_CHARS;
  const rest = s.slice(at).trim();
  return [s.slice(0, at).trim(), rest.length > LABEL_CHARS ? `${rest.slice(0, LABEL_CHARS - 1)}…` : rest];
}

export function CapaianChart({ bars, title }: { bars: ChartBar[]; title: string }) {
  const styles = useStyles();
  // 100 % is the natural end of the axis; a programme over budget stretches it so its bar still fits.
  const max = Math.max(100, ...bars.map((b) => b.capaian ?? 0));
  const barWidth = WIDTH - 48;
  const lines = bars.map((b) => labelLines(b.label));
  const tops: number[] = [];
  let height = 0;
  for (const l of lines) {
    tops.push(height);
    height += ROW + (l.length - 1) * LINE;
  }
  const description = bars.map((b) => `${b.label}: ${b.capaian === null ? '–' : `${formatPercent(b.capaian)} %`}`).join('; ');
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`${title}. ${description}`}
      data-testid="capaian-chart"
    >
      <title>{title}</title>
      {bars.map((b, i) => {
        const extra = (lines[i].length - 1) * LINE;
        const y = tops[i];
        const w = b.capaian === null ? 0 : (Math.max(b.capaian, 0) / max) * barWidth;
        return (
          <g key={`${b.label}-${i}`} data-testid="chart-bar">
            <text className={styles.label} x={0} y={y + 11}>
              {lines[i].map((line, k) => (
                <tspan key={k} x={0} dy={k === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect className={styles.track} x={0} y={y + extra + 16} width={barWidth} height={BAR} rx={2} />
            <rect className={styles.bar} x={0} y={y + extra + 16} width={w} height={BAR} rx={2} />
            <text className={styles.value} x={barWidth + 4} y={y + extra + 26}>
              {b.capaian === null ? '–' : `${formatPercent(b.capaian)} %`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
