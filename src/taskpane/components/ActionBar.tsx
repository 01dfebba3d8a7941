/** The three things the pane does, and a progress bar while it does them. */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { FaceStrings } from '../face-strings';
import type { PaneStrings } from '../strings';
import type { BusyWith, Progress } from '../usePane';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { flexGrow: 1, minWidth: '120px' },
});

export interface ActionBarProps {
  strings: PaneStrings;
  face: FaceStrings;
  /** The page downloads a report copy instead of writing into an open workbook, and has no in-place recalculation. */
  download?: boolean;
  /** What the host says it is doing, when it says more than the pane knows (the page's worker). */
  progressText?: string;
  busy?: BusyWith;
  progress?: Progress;
  /** false until the workbook has been read */
  ready: boolean;
  onCheck(): void;
  onRecalc(): void;
  onReport(): void;
}

export function ActionBar({ strings, face, download, progressText: hostText, busy, progress, ready, onCheck, onRecalc, onReport }: ActionBarProps) {
  const styles = useStyles();
  const disabled = !ready || busy !== undefined;
  const known = progress && progress.total > 0;
  // Office's writer counts rows written; the page's worker says what it counts itself.
  const progressText = known ? face.progressRows(progress.done, progress.total) : (hostText ?? strings.progressWorking);
  return (
    <div className={styles.bar} role="group" aria-label={strings.actionsLabel}>
      <div className={styles.buttons}>
        <Button className={styles.button} appearance="primary" data-testid="run-check" disabled={disabled} onClick={onCheck}>
          {strings.runCheck}
        </Button>
        {!download && (
          <Button className={styles.button} data-testid="run-recalc" disabled={disabled} onClick={onRecalc}>
            {strings.runRecalc}
          </Button>
        )}
        <Button className={styles.button} data-testid={download ? 'download-report' : 'run-report'} disabled={disabled} onClick={onReport}>
          {download ? face.downloadReport : strings.runReport}
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
