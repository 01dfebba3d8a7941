/** The three things the pane does, and a progress bar while it does them. */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneStrings } from '../strings';
import type { BusyWith, Progress } from '../usePane';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { flexGrow: 1, minWidth: '120px' },
});

export interface ActionBarProps {
  strings: PaneStrings;
  busy?: BusyWith;
  progress?: Progress;
  /** false until the workbook has been read */
  ready: boolean;
  onCheck(): void;
  onRecalc(): void;
  onReport(): void;
}

export function ActionBar({ strings, busy, progress, ready, onCheck, onRecalc, onReport }: ActionBarProps) {
  const styles = useStyles();
  const disabled = !ready || busy !== undefined;
  const known = progress && progress.total > 0;
  const progressText = known ? strings.progressWriting(progress.done, progress.total) : strings.progressWorking;
  return (
    <div className={styles.bar} role="group" aria-label={strings.actionsLabel}>
      <div className={styles.buttons}>
        <Button className={styles.button} appearance="primary" data-testid="run-check" disabled={disabled} onClick={onCheck}>
          {strings.runCheck}
        </Button>
        <Button className={styles.button} data-testid="run-recalc" disabled={disabled} onClick={onRecalc}>
          {strings.runRecalc}
        </Button>
        <Button className={styles.button} data-testid="run-report" disabled={disabled} onClick={onReport}>
          {strings.runReport}
        </Button>
      </div>
      {busy !== undefined && (
        <Field validationMessage={progressText} validationState="none">
          {/* value undefined = indeterminate, while the number of sheets is not known yet */}
          <ProgressBar data-testid="progress" aria-label={progressText} value={known ? progress.done / progress.total : undefined} />
        </Field>
      )}
    </div>
  );
}
