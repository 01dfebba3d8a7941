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

function shorten(s: string): string {
  return s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s;
}

export function CapaianChart({ bars, title }: { bars: ChartBar[]; title: string }) {
  const styles = useStyles();
  // 100 % is the natural end of the axis; a programme over budget stretches it so its bar still fits.
  const max = Math.max(100, ...bars.map((b) => b.capaian ?? 0));
  const barWidth = WIDTH - 48;
  const description = bars.map((b) => `${b.label}: ${b.capaian === null ? '–' : `${formatPercent(b.capaian)} %`}`).join('; ');
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
      role="img"
      aria-label={`${title}. ${description}`}
      data-testid="capaian-chart"
    >
      <title>{title}</title>
      {bars.map((b, i) => {
        const y = i * ROW;
        const w = b.capaian === null ? 0 : (Math.max(b.capaian, 0) / max) * barWidth;
        return (
          <g key={`${b.label}-${i}`} data-testid="chart-bar">
            <text className={styles.label} x={0} y={y + 11}>
              {shorten(b.label)}
            </text>
            <rect className={styles.track} x={0} y={y + 16} width={barWidth} height={BAR} rx={2} />
            <rect className={styles.bar} x={0} y={y + 16} width={w} height={BAR} rx={2} />
            <text className={styles.value} x={barWidth + 4} y={y + 26}>
              {b.capaian === null ? '–' : `${formatPercent(b.capaian)} %`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
