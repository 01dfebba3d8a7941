/** After a recalculation or a report: the totals, the number of findings, the sheets written and the chart. */
import { Caption1, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatPercent, formatRupiah } from '../../domain/parse/format';
import type { PaneStrings } from '../strings';
import type { PaneRun } from '../usePane';
import { CapaianChart } from './CapaianChart';

const useStyles = makeStyles({
  card: { width: '100%', boxSizing: 'border-box' },
  figures: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  sheets: { overflowWrap: 'anywhere' },
});

export function SummaryCard({ run, strings }: { run: PaneRun; strings: PaneStrings }) {
  const styles = useStyles();
  const s = run.summary;
  const figures: [string, string, string][] = [
    [strings.totalPagu, `Rp ${formatRupiah(s.pagu)}`, 'summary-pagu'],
    [strings.totalRealisasi, `Rp ${formatRupiah(s.realisasi)}`, 'summary-realisasi'],
    [strings.totalCapaian, s.capaian === null ? '–' : `${formatPercent(s.capaian)} %`, 'summary-capaian'],
    [strings.findingsTotal, String(s.findings), 'summary-findings'],
  ];
  // Never a bare count over sheets Lapkin could not read: how many, beside it.
  if (s.sheetsNotChecked > 0) figures.push([strings.sheetsNotChecked, String(s.sheetsNotChecked), 'summary-not-checked']);
  return (
    <Card className={styles.card} data-testid="summary" aria-label={strings.summaryTitle}>
      <CardHeader header={<Text weight="semibold">{strings.summaryTitle}{s.sheet ? ` — ${s.sheet}` : ''}</Text>} />
      <dl className={styles.figures}>
        {figures.map(([term, value, id]) => (
          <div key={id} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} data-testid={id}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <Caption1 className={styles.sheets}>
        {strings.writtenSheets}: {run.written.map((w) => w.name).join(', ')}
      </Caption1>
      {s.bars.length > 0 ? <CapaianChart bars={s.bars} title={strings.chartTitle} /> : <Caption1>{strings.chartEmpty}</Caption1>}
    </Card>
  );
}
