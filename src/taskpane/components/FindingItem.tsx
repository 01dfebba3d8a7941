/** One finding as a button: activating it selects the cell in Excel. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { findingText, type Finding } from '../../domain/findings';
import type { Lang } from '../../domain/settings';
import type { PaneStrings } from '../strings';
import { SeverityBadge } from './SeverityBadge';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: 'anywhere' },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface FindingItemProps {
  finding: Finding;
  lang: Lang;
  strings: PaneStrings;
  onSelect(f: Finding): void;
  className?: string;
  /** The stated value as the pane shows it ("(kosong)", Indonesian digits); the finding's own text when absent. */
  stated?: string;
}

export function FindingItem({ finding: f, lang, strings, onSelect, className, stated = f.actual }: FindingItemProps) {
  const styles = useStyles();
  const details = [
    stated !== undefined ? `${strings.actual}: ${stated}` : undefined,
    f.expected !== undefined ? `${strings.expected}: ${f.expected}` : undefined,
    f.suggestion !== undefined ? `${strings.suggestion}: ${f.suggestion}` : undefined,
  ].filter((d): d is string => d !== undefined);
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, className)}
      data-testid="finding"
      data-rule={f.rule}
      data-sheet={f.sheet}
      data-cell={f.cell}
      data-severity={f.severity}
      title={strings.selectCellHint(f.sheet, f.cell)}
      onClick={() => onSelect(f)}
    >
      <span className={styles.head}>
        <SeverityBadge severity={f.severity} lang={lang} />
        <span className={styles.cell}>
          {strings.cellLabel} {f.cell}
        </span>
      </span>
      <span className={styles.message}>{findingText(f, strings.advice)}</span>
      {details.length > 0 && <span className={styles.detail}>{details.join(' · ')}</span>}
    </button>
  );
}
