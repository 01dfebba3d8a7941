/** Findings grouped by sheet and rule, with counts, severity and sheet filters. */
import { useState } from 'react';
import { Body1, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { sheetsNotChecked, type Finding, type Severity } from '../../domain/findings';
import { notCheckedCount } from '../../domain/glossary';
import type { Grid } from '../../domain/grid/grid';
import type { FaceStrings } from '../face-strings';
import type { Lang } from '../../domain/settings';
import { countBySeverity, filterFindings, groupFindings, sheetsWithFindings } from '../findings-view';
import { RULE_LABELS, SEVERITY_LABELS } from '../labels';
import { findingCell, statedValue } from '../stated-value';
import type { PaneStrings } from '../strings';
import { FindingItem } from './FindingItem';
import { SeverityBadge } from './SeverityBadge';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const ALL = '';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // min(…, 100%) lets the two filters stack instead of overflowing a 320 px pane; minWidth 0 lets a long sheet name shrink.
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(130px, 100%), 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  // Field lays out as a grid sized by its content; a long sheet name must not widen it past the pane.
  filter: { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { minWidth: 0, width: '100%' },
  // Out of sight until a keyboard user tabs onto it.
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { position: 'static', left: 'auto', textDecorationLine: 'underline' },
  },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheetTitle: { margin: 0, overflowWrap: 'anywhere' },
  ruleTitle: { margin: 0, display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface FindingsPanelProps {
  findings: Finding[];
  checked: boolean;
  lang: Lang;
  strings: PaneStrings;
  face: FaceStrings;
  /** The workbook's grids, to show a stated number the Indonesian way. */
  grids?: Grid[];
  onSelect(f: Finding): void;
}

const AFTER_LIST = 'lapkin-after-findings';

export function FindingsPanel({ findings, checked, lang, strings, face, grids, onSelect }: FindingsPanelProps) {
  const styles = useStyles();
  const [severity, setSeverity] = useState<string>(ALL);
  const [sheet, setSheet] = useState<string>(ALL);
  if (!checked) return <Body1>{strings.notChecked}</Body1>;
  if (findings.length === 0) return <Body1 data-testid="no-findings">{strings.noFindings}</Body1>;

  const sheets = sheetsWithFindings(findings);
  // A sheet filter left over from an earlier run whose sheet has no findings now would hide everything.
  const sheetFilter = sheets.includes(sheet) ? sheet : ALL;
  const shown = filterFindings(findings, {
    severity: severity === ALL ? undefined : (severity as Severity),
    sheet: sheetFilter === ALL ? undefined : sheetFilter,
  });
  const counts = countBySeverity(findings);
  const notChecked = sheetsNotChecked(findings);
  return (
    <section className={styles.panel} aria-label={strings.findingsListLabel}>
      <div className={styles.filters}>
        <Field className={styles.filter} label={strings.filterSeverity}>
          <Select className={styles.select} data-testid="filter-severity" value={severity} onChange={(_, d) => setSeverity(d.value)}>
            <option value={ALL}>{strings.allSeverities}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABELS[lang][s]} ({counts[s]})
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.filter} label={strings.filterSheet}>
          <Select className={styles.select} data-testid="filter-sheet" value={sheetFilter} onChange={(_, d) => setSheet(d.value)}>
            <option value={ALL}>{strings.allSheets}</option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <a className={styles.skip} href={`#${AFTER_LIST}`} data-testid="skip-findings">
        {face.skipFindings}
      </a>
      <div className={styles.counts} data-testid="finding-counts">
        <Caption1>{strings.findingsCount(shown.length)}</Caption1>
        {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
          <SeverityBadge key={s} severity={s} lang={lang} count={counts[s]} />
        ))}
        {notChecked > 0 && <Caption1 data-testid="not-checked-count">{notCheckedCount(notChecked, lang)}</Caption1>}
      </div>
      {groupFindings(shown).map((g) => (
        <section key={g.sheet} className={styles.sheet} aria-label={`${g.sheet}: ${strings.findingsCount(g.count)}`}>
          <Subtitle2 as="h2" className={styles.sheetTitle}>
            {g.sheet} ({g.count})
          </Subtitle2>
          {g.rules.map((r) => (
            <div key={r.rule} data-testid="rule-group" data-rule={r.rule}>
              <Body1 as="h3" className={styles.ruleTitle}>
                <SeverityBadge severity={r.severity} lang={lang} />
                {RULE_LABELS[lang][r.rule]} ({r.findings.length})
              </Body1>
              <ul className={styles.list}>
                {r.findings.map((f, i) => (
                  <li key={`${f.cell}-${i}`}>
                    <FindingItem
                      finding={f}
                      lang={lang}
                      strings={strings}
                      onSelect={onSelect}
                      stated={statedValue(f.actual, findingCell(grids, f.sheet, f.cell), face.blank)}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <span id={AFTER_LIST} tabIndex={-1} className={styles.skip}>
        {face.afterFindings}
      </span>
    </section>
  );
}
